import { standardWord } from './dialect.js';
import { normalizeArabic } from './normalize.js';
import { lightStem, procliticStem } from './stem.js';
import { isStopword, STOPWORDS } from './stopwords.js';

/** One word of a text, with where it stands and the forms it is matched by. */
export interface Token {
  /** Offset of the word's first code unit in the analyzed string (plus the offset given). */
  start: number;
  /** Offset just past the word's last code unit. */
  end: number;
  /** The word after {@link normalizeArabic}. */
  norm: string;
  /** Light stem of {@link norm}: the primary matching form. */
  stem: string;
  /** Stem of the word read as proclitic + word (وروسيا → روسي), or null. */
  alt: string | null;
  /** True for function words that must not drive ranking. */
  stop: boolean;
  /**
   * In a question, the word as typed when it was read as a spoken word's
   * standard equivalent (مخطوف → مختطف): the article may use it as it is.
   */
  spoken?: string;
}

/**
 * A word is a run of letters, digits and combining marks, or a percent sign. Marks stay inside
 * words so that a shadda does not split المسلّحة; format characters
 * (zero-width joiners, direction marks) stay inside so that normalization can
 * drop them instead of cutting a word in two.
 */
const WORD = /[\p{L}\p{N}\p{M}\p{Cf}]+|[%٪]/gu;

/** The percent sign reads as the words it stands for (28.6% is 28.6 في المئة), so that either meets the other. */
const PERCENT = 'بالميه';

/**
 * Splits text into words and analyzes each: the single analysis used for
 * articles at index time and for questions at query time.
 *
 * @param text the text to analyze
 * @param offset added to every start and end, so tokens of a slice carry file offsets
 * @param stopwords which words to mark as stopwords (default {@link STOPWORDS})
 * @param question the text is a question: spoken-dialect words are read as their standard equivalents, and a
 *   preposition with a pronoun (عندهم) is a function word (default false)
 */
export function analyze(text: string, offset = 0, stopwords: ReadonlySet<string> = STOPWORDS, question = false): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const written = /^[%٪]$/.test(match[0]) ? PERCENT : numberBehindLetters(normalizeArabic(match[0]));
    // A function word is read as it is (اشنو is "what", not a chat plural of some verb).
    const norm = question && !stopwords.has(written) ? standardWord(written) : written;
    if (norm.length === 0) continue;
    const start = offset + match.index;
    const stem = lightStem(norm);
    const alt = procliticStem(norm);
    const token: Token = { start, end: start + match[0].length, norm, stem, alt: alt === stem ? null : alt, stop: isStopword(norm, stopwords, question) };
    if (norm !== written) token.spoken = written;
    tokens.push(token);
  }
  return tokens;
}

/** A number behind the article or an attached letter (الـ42، بـ17، و3) is the number: the tatweel that set it apart is gone. */
function numberBehindLetters(word: string): string {
  return /^[وفبلك]?(?:ال)?(\d[\d.,]*)$/.exec(word)?.[1] ?? word;
}

/** Content words only: the tokens of {@link analyze} that are not stopwords. */
export function contentTokens(text: string, stopwords: ReadonlySet<string> = STOPWORDS): Token[] {
  return analyze(text, 0, stopwords).filter((token) => !token.stop);
}
