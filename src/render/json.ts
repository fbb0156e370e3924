import type { Statement } from '../attribution/model.js';
import type { Reply } from '../reply.js';

/** A statement as JSON: `fileText.slice(start, end) === quote`. */
function statementJson({ speaker, role, cue, outlet, kind, inferred, quote, article, paragraph, sentence, start, end }: Statement) {
  return { speaker, role, cue, outlet, kind, inferred, quote, article, paragraph, sentence, start, end };
}

/**
 * The JSON form of a reply, for `--json`: stable field names and order, the
 * quote always verbatim. An answer is `{question, answered, results: [{quote,
 * article: {id, title}, paragraph, sentence, start, end, score}]}` (plus
 * `message` when not answered).
 */
export function toJson(reply: Reply): unknown {
  switch (reply.kind) {
    case 'answer': {
      const { question, answered, message, results, statements } = reply.answer;
      return {
        question,
        answered,
        ...(message ? { message } : {}),
        results: results.map(({ quote, article, paragraph, sentence, start, end, score }) => ({ quote, article, paragraph, sentence, start, end, score })),
        ...(statements ? { statements: statements.map(statementJson) } : {}),
      };
    }
    case 'paragraph':
      return { article: reply.article, paragraph: reply.paragraph, quote: reply.text, start: reply.start, end: reply.end, paragraphs: reply.paragraphCount };
    case 'articles':
      return { articles: reply.articles };
    case 'statements':
      return {
        query: reply.query,
        results: reply.results.map(statementJson),
        ...(reply.results.length === 0 ? { suggestions: reply.suggestions } : {}),
      };
    case 'help':
      return { commands: reply.commands.map(({ name, en }) => ({ name, description: en })), examples: reply.examples };
    case 'reindex': {
      const { ok, articles, chunks, problems, error, ms } = reply.result;
      return { ok, articles, sentences: chunks, problems, ...(error ? { error } : {}), ms: Math.round(ms) };
    }
    case 'error':
      return { error: reply.message, reason: reply.reason };
  }
}
