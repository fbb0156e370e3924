import type { ArticleRef } from '../answer/model.js';

/** One attributed statement: who said what, how, through whom, and exactly where. */
export interface Statement {
  /** The speaker as the article names them, without title ("رامي عبد الرحمن"), a group ("المجتمعون"), or "unknown". */
  speaker: string;
  /** Title or role when the article gives one ("مدير المرصد السوري لحقوق الإنسان"). */
  role: string | null;
  /** The reporting word as written ("وقال", "مضيفًا", "بحسب ما ذكرت"). */
  cue: string;
  /** The outlet the words went through ("فرانس برس"), when named. */
  outlet: string | null;
  /** 'direct': the words inside quotation marks; 'indirect': a reported أن/إن clause. */
  kind: 'direct' | 'indirect';
  /** True when the sentence names no speaker and the nearest preceding one was taken. */
  inferred: boolean;
  /** The words, verbatim: `article text.slice(start, end) === quote`. */
  quote: string;
  article: ArticleRef;
  paragraph: number;
  sentence: number;
  start: number;
  end: number;
}
