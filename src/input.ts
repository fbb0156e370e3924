import { hasArabic } from './arabic/normalize.js';
import type { Language } from './reply.js';
import { truncateAtWord } from './truncate.js';

/** Longest question or phrase accepted, in characters (Discord's option is capped the same). */
export const MAX_QUERY_LENGTH = 500;

export type CheckedText = { ok: true; text: string; language: Language } | { ok: false; language: Language; message: string };

/** Reply language for a text: Arabic when it has an Arabic letter. */
export function languageOf(text: string): Language {
  return hasArabic(text) ? 'ar' : 'en';
}

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const MESSAGES = {
  empty: { ar: 'السؤال فارغ: اكتب سؤالًا عن المقال.', en: 'The question is empty: type a question about the article.' },
  noWords: { ar: 'لا يحتوي النص على كلمات: اكتب سؤالًا بالكلمات.', en: 'There are no words to look up: type a question in words.' },
  tooLong: {
    ar: `النص طويل جدًا: الحد الأقصى ${MAX_QUERY_LENGTH} حرف.`,
    en: `The text is too long: at most ${MAX_QUERY_LENGTH} characters.`,
  },
  control: { ar: 'يحتوي النص على محارف تحكم غير مسموح بها.', en: 'The text contains control characters, which are not allowed.' },
};

/**
 * Checks a question or phrase typed by a user: trims it, and refuses empty
 * text, text with no letters or digits, text over {@link MAX_QUERY_LENGTH},
 * and control characters or broken UTF-16 (tabs and line breaks are folded
 * into spaces).
 */
export function checkQuery(raw: string): CheckedText {
  const text = raw.replace(/[\t\r\n]+/g, ' ').trim();
  const language = languageOf(text);
  const fail = (key: keyof typeof MESSAGES): CheckedText => ({ ok: false, language, message: MESSAGES[key][language] });
  if (text.length === 0) return fail('empty');
  if (text.length > MAX_QUERY_LENGTH) return fail('tooLong');
  if (CONTROL.test(text) || LONE_SURROGATE.test(text)) return fail('control');
  if (!/[\p{L}\p{N}]/u.test(text)) return fail('noWords');
  return { ok: true, text, language };
}

/**
 * A user's text as it may be echoed back in a message: one line, no control
 * or direction characters, at most `max` characters (cut with "…").
 */
export function echo(text: string, max = 40): string {
  const line = text
    .replace(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]+/g, ' ')
    .replace(LONE_SURROGATE_GLOBAL, '')
    .replace(/\s+/g, ' ')
    .trim();
  return truncateAtWord(line, max);
}
const LONE_SURROGATE_GLOBAL = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
