import type { Library } from '../library.js';
import type { Answer, Passage } from './model.js';
import { parseQuestion } from './question.js';
import { rankChunks, type RankedChunk } from './rank.js';

/** Options of {@link answerQuestion}. */
export interface AnswerOptions {
  /** How many passages to return. Default 3. */
  limit?: number;
  /** Skip this many ranked passages first ("more passages"). Default 0. */
  offset?: number;
}

export const ANSWER_DEFAULTS = {
  limit: 3,
  /**
   * The best sentence must cover at least this share of the question's
   * weighted content words, or the corpus is judged not to answer it.
   */
  minCoverage: 0.45,
};

const MESSAGES = {
  noWords: {
    ar: 'لا يحتوي السؤال على كلمات يمكن البحث عنها.',
    en: 'The question has no words to look up.',
  },
  notCovered: {
    ar: 'لا يجيب المقال عن هذا السؤال.',
    en: 'The article does not answer this question.',
  },
};

function toPassage(library: Library, ranked: RankedChunk): Passage {
  const { chunk, tokens } = ranked.entry;
  const article = library.articles.find((candidate) => candidate.id === chunk.articleId)!;
  return {
    quote: chunk.text,
    article: { id: article.id, title: article.title },
    paragraph: chunk.paragraph,
    sentence: chunk.sentence,
    start: chunk.start,
    end: chunk.end,
    score: Math.round(ranked.score * 1000) / 1000,
    highlights: ranked.matched.map((at) => [tokens[at]!.start - chunk.start, tokens[at]!.end - chunk.start]),
  };
}

/**
 * Answers a question from the library: the best sentences, verbatim and
 * cited, or `answered: false` with the closest sentences when the corpus
 * does not cover the question.
 */
export function answerQuestion(library: Library, text: string, options: AnswerOptions = {}): Answer {
  const limit = options.limit ?? ANSWER_DEFAULTS.limit;
  const offset = options.offset ?? 0;
  const question = parseQuestion(text);
  const ranked = rankChunks(library.index, question);
  const base = { question: text, offset, total: ranked.length, language: question.language };
  const results = ranked.slice(offset, offset + limit).map((entry) => toPassage(library, entry));

  if (question.content.length === 0) return { ...base, answered: false, message: MESSAGES.noWords[question.language], results: [], total: 0 };
  const best = ranked[0];
  if (!best || best.coverage < ANSWER_DEFAULTS.minCoverage) {
    return { ...base, answered: false, message: MESSAGES.notCovered[question.language], results };
  }
  return { ...base, answered: true, results };
}
