import type { Statement } from '../attribution/model.js';

/**
 * The answer model: what every door (Discord, HTTP, terminal, JSON) renders.
 * Quotes are always the file's own text; renderers may decorate them using
 * the highlight ranges but never change them.
 */

export interface ArticleRef {
  id: string;
  title: string;
}

/** Where a quote stands: `article text.slice(start, end) === quote`. */
export interface Citation {
  article: ArticleRef;
  /** 0 is the headline; the body counts from 1. */
  paragraph: number;
  /** Sentence within the paragraph, from 1. */
  sentence: number;
  start: number;
  end: number;
}

export interface Passage extends Citation {
  quote: string;
  /** Ranking score; comparable within one answer only. */
  score: number;
  /** Matched words as [start, end) ranges relative to the quote, for highlighting. */
  highlights: Array<[number, number]>;
}

export interface Answer {
  question: string;
  /** False when the corpus does not answer the question: results are then only the closest passages. */
  answered: boolean;
  /** Why nothing was answered, in the question's language; absent when answered. */
  message?: string;
  /** Passages from `offset`, best first. */
  results: Passage[];
  /** Index of the first result within the whole ranking (for "more passages"). */
  offset: number;
  /** How many ranked passages there are in all. */
  total: number;
  /** Language of the question: replies use it. */
  language: 'ar' | 'en';
  /**
   * For "who said …?" and "what did X say?": the statements that answer,
   * speaker first; `results` then holds the sentences they stand in.
   */
  statements?: Statement[];
}
