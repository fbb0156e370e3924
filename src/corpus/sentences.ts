import { trimSpan, type Span } from './article.js';

/**
 * Sentence splitting for Arabic news paragraphs. A sentence ends at . ؟ ? !
 * (a run of them counts once, so "منها.." is one end) when followed by white
 * space or the paragraph's end, and at the paragraph's end. Nothing inside
 * «…», "…" or “…” ends a sentence: a quoted statement stays with the words
 * that attribute it.
 */

const TERMINATORS = new Set(['.', '؟', '?', '!']);
const PAIRED_QUOTES: Record<string, string> = { '«': '»', '“': '”' };
const CLOSING_QUOTES = new Set(['»', '”', '"']);

/** A matched pair of quotation marks: offsets of the opening and the closing mark. */
export type QuotePair = readonly [open: number, close: number];

/**
 * The balanced quotation-mark pairs of a span, in order of their opening
 * mark. An unbalanced mark (a typo in the source) is left out, so it cannot
 * swallow the rest of the paragraph.
 */
export function quotePairs(text: string, span: Span): QuotePair[] {
  const pairs: QuotePair[] = [];
  const stack: Array<{ at: number; closer: string }> = [];
  for (let i = span.start; i < span.end; i++) {
    const ch = text[i]!;
    const opener = stack.findLastIndex((entry) => entry.closer === ch);
    if (opener >= 0) {
      // Marks opened after this pair's opener and never closed are unbalanced: dropped.
      pairs.push([stack[opener]!.at, i]);
      stack.length = opener;
    } else if (ch === '"') {
      stack.push({ at: i, closer: '"' });
    } else if (PAIRED_QUOTES[ch]) {
      stack.push({ at: i, closer: PAIRED_QUOTES[ch] });
    }
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

function quoteMarks(text: string, span: Span): Map<number, 'open' | 'close'> {
  const marks = new Map<number, 'open' | 'close'>();
  for (const [open, close] of quotePairs(text, span)) {
    marks.set(open, 'open');
    marks.set(close, 'close');
  }
  return marks;
}

/**
 * Splits one paragraph of `text` into sentence spans; each span slices back
 * to its sentence, terminal punctuation included, surrounding space excluded.
 */
export function splitSentences(text: string, paragraph: Span): Span[] {
  const marks = quoteMarks(text, paragraph);
  const sentences: Span[] = [];
  let depth = 0;
  let sentenceStart = paragraph.start;

  for (let i = paragraph.start; i < paragraph.end; i++) {
    const mark = marks.get(i);
    if (mark === 'open') depth++;
    if (mark === 'close') depth--;
    if (depth > 0) continue;

    const ch = text[i]!;
    const endsHere = TERMINATORS.has(ch) || (mark === 'close' && CLOSING_QUOTES.has(ch) && TERMINATORS.has(text[i - 1] ?? ''));
    if (!endsHere) continue;
    let end = i + 1;
    while (end < paragraph.end && TERMINATORS.has(text[end]!)) end++;
    if (end < paragraph.end && !/\s/u.test(text[end]!)) continue;
    const sentence = trimSpan(text, { start: sentenceStart, end });
    if (sentence.end > sentence.start) sentences.push(sentence);
    sentenceStart = end;
    i = end - 1;
  }
  const last = trimSpan(text, { start: sentenceStart, end: paragraph.end });
  if (last.end > last.start) sentences.push(last);
  return sentences;
}
