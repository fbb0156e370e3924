import { performance } from 'node:perf_hooks';
import type { Article } from './corpus/article.js';
import { chunkArticles, type Chunk } from './corpus/chunks.js';
import { loadCorpus, type LoadProblem } from './corpus/load.js';
import { PassageIndex, type IndexedChunk } from './search/passage-index.js';
import type { Statement } from './attribution/model.js';
import { extractStatements } from './attribution/extract.js';
import { languageOf } from './input.js';

/**
 * Everything the commands read: the articles, their sentence chunks and the
 * search index, built together and never mutated afterwards, so a reload can
 * build a new library beside the old one and swap it in whole.
 */
export interface Library {
  dir: string;
  articles: readonly Article[];
  chunks: readonly Chunk[];
  index: PassageIndex;
  /** Every attributed statement, in corpus order. */
  statements: readonly Statement[];
  /** Files that could not be used, with the reason. */
  problems: readonly LoadProblem[];
  /** Milliseconds spent chunking, indexing and extracting statements. */
  buildMs: number;
}

/** Loads every article of a folder and indexes it. */
export function openLibrary(dir: string): Library {
  const { articles, problems } = loadCorpus(dir);
  const started = performance.now();
  const chunks = chunkArticles(articles);
  const index = new PassageIndex(chunks);
  const byArticle = new Map<string, IndexedChunk[]>();
  for (const entry of index.chunks) {
    const list = byArticle.get(entry.chunk.articleId);
    if (list) list.push(entry);
    else byArticle.set(entry.chunk.articleId, [entry]);
  }
  // The index has analyzed every sentence already: attribution reads the same tokens.
  const statements: Statement[] = articles.flatMap((article) => {
    const entries = byArticle.get(article.id) ?? [];
    const tokens = new Map(entries.map((entry) => [entry.chunk, entry.tokens]));
    return extractStatements(article, entries.map((entry) => entry.chunk), (chunk) => tokens.get(chunk)!);
  });
  return { dir, articles, chunks, index, statements, problems, buildMs: performance.now() - started };
}

/** The language to label replies in when no user text decides it: that of the corpus's first article. */
export function corpusLanguage(library: Library): 'ar' | 'en' {
  return languageOf(library.articles[0]?.title ?? '');
}

/** The article with this id, or undefined. Ids compare case-insensitively. */
export function findArticle(library: Library, id: string): Article | undefined {
  const wanted = id.trim().toLowerCase();
  return library.articles.find((article) => article.id.toLowerCase() === wanted);
}
