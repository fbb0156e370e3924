import type { Article } from './article.js';
import { splitSentences } from './sentences.js';

/** One sentence of an article: the unit that is indexed, ranked and quoted. */
export interface Chunk {
  /** Position in the corpus-wide chunk list; the MiniSearch document id. */
  id: number;
  articleId: string;
  /** Paragraph number: 0 is the headline, the body counts from 1. */
  paragraph: number;
  /** Sentence number within its paragraph, from 1. */
  sentence: number;
  /** `article.text.slice(start, end) === text`, in JavaScript string units. */
  start: number;
  end: number;
  text: string;
}

/** Splits every paragraph of every article into sentence chunks, in corpus order. */
export function chunkArticles(articles: readonly Article[]): Chunk[] {
  const chunks: Chunk[] = [];
  for (const article of articles) {
    for (const paragraph of article.paragraphs) {
      splitSentences(article.text, paragraph).forEach((span, index) => {
        chunks.push({
          id: chunks.length,
          articleId: article.id,
          paragraph: paragraph.number,
          sentence: index + 1,
          start: span.start,
          end: span.end,
          text: article.text.slice(span.start, span.end),
        });
      });
    }
  }
  return chunks;
}

/** Items grouped by the article they belong to, each group in the items' order. */
export function groupByArticle<T>(items: readonly T[], articleOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(articleOf(item));
    if (group) group.push(item);
    else groups.set(articleOf(item), [item]);
  }
  return groups;
}
