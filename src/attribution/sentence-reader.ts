import { analyze, type Token } from '../arabic/analyze.js';
import type { Chunk } from '../corpus/chunks.js';
import { quotePairs, type QuotePair } from '../corpus/sentences.js';
import { CONTINUATIONS, DOCUMENT_FRAMES, REPORTING_VERBS, SELF_REFERENCES, SOURCE_FRAMES, SPEECH_PARTICLES } from './lexicon.js';

/**
 * One sentence as attribution reads it: its words, its quotation pairs, the
 * raw text between words (where commas and colons are), where the reporting
 * cues stand, where reported content starts and where an indirect clause
 * ends.
 */

export const COMMA = /[،,]/;

/** Words that make the أن after them a subordinate clause: قبل أن، بعد أن، دون أن، حتى أن. */
const SUBORDINATORS = new Set(['قبل', 'بعد', 'دون', 'بدون', 'حتي', 'لكي', 'كي', 'منذ', 'رغم']);

/** Words after which a verb form is read as a noun: عدم ذكر، في رد، بعد تصريح. */
const NOUN_BEFORE = new Set(['عدم', 'في', 'علي', 'الي', 'من', 'عن', 'بعد', 'قبل', 'خلال', 'عقب']);

export type CueKind = 'verb' | 'participle' | 'source-frame' | 'document-frame';

export interface Cue {
  at: number;
  kind: CueKind;
  feminine: boolean | null;
}

export interface Content {
  start: number;
  end: number;
  kind: 'direct' | 'indirect';
}

/** One sentence as attribution reads it. */
export class SentenceReader {
  readonly tokens: Token[];
  readonly quotes: QuotePair[];

  constructor(
    readonly text: string,
    readonly chunk: Chunk,
    tokens?: Token[],
  ) {
    this.tokens = tokens ?? analyze(chunk.text, chunk.start);
    this.quotes = quotePairs(text, chunk);
  }

  /** The quotation pair that encloses an offset, if any. */
  quoteAround(offset: number): QuotePair | undefined {
    return this.quotes.find(([open, close]) => open < offset && offset < close);
  }

  /** Raw text between token i-1 (or the sentence start) and token i (or the sentence end). */
  gapBefore(i: number): string {
    const from = i === 0 ? this.chunk.start : this.tokens[i - 1]!.end;
    const to = i < this.tokens.length ? this.tokens[i]!.start : this.chunk.end;
    return this.text.slice(from, to);
  }

  /** Offset where the gap before token i starts. */
  gapStart(i: number): number {
    return i === 0 ? this.chunk.start : this.tokens[i - 1]!.end;
  }

  /** The word as written, or '' past the sentence's last word. */
  raw(i: number): string {
    const token = this.tokens[i];
    return token ? this.text.slice(token.start, token.end) : '';
  }

  norm(i: number): string {
    return this.tokens[i]?.norm ?? '';
  }

  /** The quotation pair whose opening mark lies in the gap before token i. */
  quoteOpeningBefore(i: number): QuotePair | undefined {
    const from = this.gapStart(i);
    const to = i < this.tokens.length ? this.tokens[i]!.start : this.chunk.end;
    return this.quotes.find(([open]) => open >= from && open < to);
  }

  cueAt(i: number): Cue | null {
    const token = this.tokens[i]!;
    if (this.quoteAround(token.start)) return null;
    // سألته، أبلغها: a verb with an object pronoun attached.
    const verb = REPORTING_VERBS.get(token.norm) ?? REPORTING_VERBS.get(token.norm.replace(/(ه|ها|هم|ني|نا)$/, ''));
    // طلب عدم ذكر اسمه، في رد مطول: after عدم or a preposition the word is a verbal noun, not a report.
    if (verb && !NOUN_BEFORE.has(this.norm(i - 1))) return { at: i, kind: 'verb', feminine: verb.feminine };
    const participle = CONTINUATIONS.get(token.norm);
    if (participle) return { at: i, kind: 'participle', feminine: participle.feminine };
    const bare = token.norm.replace(/^و(?=...)/, '');
    if (SOURCE_FRAMES.has(token.norm) || SOURCE_FRAMES.has(bare)) return { at: i, kind: 'source-frame', feminine: null };
    // على حد تعبيره / على حد قوله: a frame pointing back at the speaker.
    if (token.norm === 'علي' && this.norm(i + 1) === 'حد' && SELF_REFERENCES.has(this.norm(i + 2))) return { at: i, kind: 'source-frame', feminine: null };
    if ((DOCUMENT_FRAMES.has(token.norm) || DOCUMENT_FRAMES.has(bare)) && this.norm(i + 1) === 'في') return { at: i, kind: 'document-frame', feminine: null };
    return null;
  }

  /** Where reported content starts at token i: after a particle, على/إلى + quote or particle, or a colon. */
  contentAt(i: number): Content | null {
    if (i >= this.tokens.length) return null;
    const gap = this.gapBefore(i);
    if (gap.includes(':')) {
      const quote = this.quoteOpeningBefore(i);
      if (quote && quote[0] > this.gapStart(i) + gap.indexOf(':')) return this.direct(quote);
      return { start: this.tokens[i]!.start, end: this.clauseEnd(i), kind: 'indirect' };
    }
    const norm = this.norm(i);
    // قبل أن يحتضن العود، بعد أن، من دون أن: a subordinate clause, not reported words.
    if (SPEECH_PARTICLES.has(norm) && SUBORDINATORS.has(this.norm(i - 1))) return null;
    if (SPEECH_PARTICLES.has(norm)) return this.afterParticle(i);
    if (norm === 'الي' || norm === 'علي' || norm === 'من') {
      if (SPEECH_PARTICLES.has(this.norm(i + 1))) return this.afterParticle(i + 1);
      const quote = this.quoteOpeningBefore(i + 1);
      if (norm !== 'من' && quote) return this.direct(quote);
    }
    // أشاد بـ«…»، أعرب عن «…»: a preposition before words quoted whole.
    if (norm === 'ب' || norm === 'عن') {
      const quote = this.quoteOpeningBefore(i + 1);
      if (quote) return this.direct(quote);
    }
    return null;
  }

  private afterParticle(i: number): Content | null {
    const quote = this.quoteOpeningBefore(i + 1);
    if (quote) return this.direct(quote);
    if (i + 1 >= this.tokens.length) return null;
    return { start: this.tokens[i + 1]!.start, end: this.clauseEnd(i + 1), kind: 'indirect' };
  }

  direct([open, close]: QuotePair): Content {
    let start = open + 1;
    let end = close;
    while (start < end && /\s/.test(this.text[start]!)) start++;
    while (end > start && /\s/.test(this.text[end - 1]!)) end--;
    return { start, end, kind: 'direct' };
  }

  /**
   * End of an indirect clause starting at token i: the sentence end, or a
   * comma before another cue (، مضيفًا …) or before narrator material
   * (، وذلك …، من دون …، في حين …، بينما …).
   */
  clauseEnd(i: number): number {
    for (let k = i + 1; k < this.tokens.length; k++) {
      const gap = this.gapBefore(k);
      const comma = gap.search(COMMA);
      if (comma < 0 || this.quoteAround(this.gapStart(k) + comma)) continue;
      const next = this.norm(k);
      const breaks =
        this.cueAt(k) !== null ||
        ['وذلك', 'بينما', 'فيما'].includes(next) ||
        (next === 'من' && this.norm(k + 1) === 'دون') ||
        (next === 'في' && this.norm(k + 1) === 'حين') ||
        // ، ولم يتسنَّ التحقق …: the writer's caveat.
        (next === 'ولم' && this.norm(k + 1).startsWith('يتسن')) ||
        (next.startsWith('و') && k + 1 < this.tokens.length && this.cueAt(k) === null && REPORTING_VERBS.has(next));
      if (breaks) return this.trimEnd(this.gapStart(k) + comma);
    }
    return this.trimEnd(this.chunk.end);
  }

  /** Moves an end offset back over white space and sentence punctuation (never over a closing quote mark). */
  trimEnd(end: number): number {
    while (end > this.chunk.start && /[\s.،,:؛!؟?]/u.test(this.text[end - 1]!)) end--;
    return end;
  }
}


/** Raw text of tokens first..last with quotation marks removed and spaces folded. */
export function phrase(reader: SentenceReader, first: number, last: number): string {
  return reader.text
    .slice(reader.tokens[first]!.start, reader.tokens[last]!.end)
    .replace(/[«»“”"]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
