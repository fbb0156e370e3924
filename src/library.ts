import { performance } from 'node:perf_hooks';
import type { Article } from './corpus/article.js';
import { chunkArticles, groupByArticle, type Chunk } from './corpus/chunks.js';
import { loadCorpus, type LoadProblem } from './corpus/load.js';
import { PassageIndex } from './search/passage-index.js';
import { isPlaceName, learnPlaceNames } from './search/sentence-features.js';
import type { Statement } from './attribution/model.js';
import { extractStatements } from './attribution/extract.js';
import { learnFirstNames, learnFirstNamesOfSurnames } from './attribution/learned-names.js';
import { FIRST_NAMES } from './attribution/lexicon.js';
import { analyze } from './arabic/analyze.js';
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
  // Each sentence is analyzed once: attribution reads the tokens, and the index then takes them with the first names
  // attribution has taught (see learnFirstNames, learnFirstNamesOfSurnames).
  const tokens = new Map(chunks.map((chunk) => [chunk, analyze(chunk.text, chunk.start)]));
  const tokensOf = (chunk: Chunk) => tokens.get(chunk)!;
  const byArticle = groupByArticle(chunks, (chunk) => chunk.articleId);
  const statements: Statement[] = articles.flatMap((article) => extractStatements(article, byArticle.get(article.id) ?? [], tokensOf));
  const placeNames = learnPlaceNames(tokens.values());
  // A word the corpus uses with the article or as a place's name is no first name. (The corpus's words are gathered
  // only if some speaker's name needs them.)
  let words: Set<string> | undefined;
  const withArticle = (norm: string) => (words ??= new Set([...tokens.values()].flatMap((sentence) => sentence.map((token) => token.norm)))).has(`ال${norm}`);
  const knownOtherwise = (norm: string) => placeNames.has(norm) || isPlaceName(norm) || withArticle(norm);
  const learned = new Set([...learnFirstNames(statements, knownOtherwise), ...learnFirstNamesOfSurnames(statements, tokens.values(), knownOtherwise)]);
  const firstNames = learned.size ? new Set([...FIRST_NAMES, ...learned]) : FIRST_NAMES;
  const index = new PassageIndex(chunks, { tokensOf, firstNames, placeNames });
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
