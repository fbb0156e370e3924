import type { Answer, ArticleRef } from './answer/model.js';
import type { Statement } from './attribution/model.js';
import type { ReloadResult } from './service.js';

/**
 * Reply models: what command handlers return and adapters render. Each is
 * plain data (JSON-serializable), with the language to label it in.
 */

export type Language = 'ar' | 'en';

export interface AnswerReply {
  kind: 'answer';
  answer: Answer;
}

export interface ParagraphReply {
  kind: 'paragraph';
  language: Language;
  article: ArticleRef;
  /** 0 is the headline. */
  paragraph: number;
  /** How many body paragraphs the article has (the headline not counted). */
  paragraphCount: number;
  /** The paragraph verbatim: `article text.slice(start, end) === text`. */
  text: string;
  start: number;
  end: number;
}

export interface ArticleSummary extends ArticleRef {
  file: string;
  source?: string;
  url?: string;
  published?: string;
  /** Body paragraphs, the headline not counted. */
  paragraphs: number;
  sentences: number;
  /** People and bodies the article quotes, in order of first appearance. */
  speakers: string[];
  /** News outlets it cites. */
  outlets: string[];
}

export interface ArticlesReply {
  kind: 'articles';
  language: Language;
  articles: ArticleSummary[];
}

export interface StatementsReply {
  kind: 'statements';
  language: Language;
  /** 'who': statements containing a phrase; 'quotes': everything one speaker said. */
  mode: 'who' | 'quotes';
  query: string;
  results: Statement[];
  /** Speakers whose names come closest when nothing matched. */
  suggestions: string[];
}

export interface HelpReply {
  kind: 'help';
  language: Language;
  /** Example invocations, in Arabic. */
  examples: string[];
  /** What each command does, in both languages. */
  commands: Array<{ name: string; ar: string; en: string }>;
}

export interface ErrorReply {
  kind: 'error';
  language: Language;
  /** 'input': the request itself is unusable; 'not-found': it names something that does not exist. */
  reason: 'input' | 'not-found';
  message: string;
}

export interface ReindexReply {
  kind: 'reindex';
  language: Language;
  result: ReloadResult;
}

export type Reply = AnswerReply | ParagraphReply | ArticlesReply | StatementsReply | HelpReply | ReindexReply | ErrorReply;
