import type { Article } from '../src/corpus/article.js';
import { languageOf } from '../src/input.js';
import { corpusLanguage, type Library } from '../src/library.js';
import type { ArticleSummary } from '../src/reply.js';
import type { Command } from './command.js';
import { completeArticle, resolveArticle } from './quote.js';

/** Headline, size, and the people and outlets an article cites. */
export function summarize(library: Library, article: Article): ArticleSummary {
  const statements = library.statements.filter((statement) => statement.article.id === article.id);
  const unique = (values: Array<string | null>) => [...new Set(values.filter((value): value is string => !!value && value !== 'unknown'))];
  const headline = article.paragraphs[0]!;
  return {
    id: article.id,
    title: article.title,
    file: article.file,
    ...(article.meta.source ? { source: article.meta.source } : {}),
    ...(article.meta.url ? { url: article.meta.url } : {}),
    ...(article.meta.published ? { published: article.meta.published } : {}),
    paragraphs: article.paragraphs.length - 1,
    sentences: library.chunks.filter((chunk) => chunk.articleId === article.id && chunk.start >= headline.end).length,
    speakers: unique(statements.map((statement) => statement.speaker)),
    outlets: unique(statements.map((statement) => statement.outlet)),
  };
}

/** /article [article:<id>]: one article's summary, or every article of the corpus. */
export const article: Command = {
  definition: {
    name: 'article',
    description: 'About the article: headline, size, who it quotes · عن المقال',
    options: [{ name: 'article', description: 'Which article (default: all) · المقال', type: 'string', autocomplete: true }],
  },
  run({ library }, options) {
    const language = corpusLanguage(library);
    if (options.article === undefined || String(options.article).trim() === '') {
      return { kind: 'articles', language, articles: library.articles.map((entry) => summarize(library, entry)) };
    }
    const found = resolveArticle(library, options.article, language);
    if ('kind' in found) return found;
    return { kind: 'articles', language: languageOf(found.title), articles: [summarize(library, found)] };
  },
  complete: ({ library }, _option, typed) => completeArticle(library, typed),
};
