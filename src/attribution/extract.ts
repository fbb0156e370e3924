import { analyze, type Token } from '../arabic/analyze.js';
import { lightStem } from '../arabic/stem.js';
import type { Article } from '../corpus/article.js';
import type { Chunk } from '../corpus/chunks.js';
import { quotePairs, type QuotePair } from '../corpus/sentences.js';
import { isTimeWord } from '../search/sentence-features.js';
import {
  CONTINUATIONS,
  DOCUMENT_FRAMES,
  OBJECT_MASDARS,
  OUTLET_STEMS,
  REPORTING_VERBS,
  SETTING_STEMS,
  SOURCE_FRAMES,
  SPEECH_PARTICLES,
} from './lexicon.js';
import type { Statement } from './model.js';
import { describeSubject } from './subject.js';
import { SpeakerBook, type Speaker } from './speakers.js';

/**
 * Rule-based attribution: finds every reported statement of an article,
 * sentence by sentence, with its speaker, role, cue, outlet, kind and exact
 * offsets. The rules follow how Arabic news reports speech:
 *
 *   cue (قال، أكدت، مضيفًا، بحسب، وجاء في) → subject (مدير المرصد … رامي عبد الرحمن)
 *   → outlet (لوكالة «فرانس برس») and setting (في مؤتمر صحفي)
 *   → content: a particle (إن، أن، بأن، إنها …) or على/إلى or a colon,
 *     then «quoted words» (direct) or a clause (indirect).
 *
 * A cue with no subject continues the sentence's speaker (مضيفًا، واتفقوا),
 * or, in a new sentence, the most recent speaker of the same gender (inferred).
 */

const UNKNOWN = 'unknown';
const OPENING_MARKS = /[«“"]/;
const COMMA = /[،,]/;
const PASSIVE_DAMMA = /^[وف]?.\u064F/;

type CueKind = 'verb' | 'participle' | 'source-frame' | 'document-frame';

interface Cue {
  at: number;
  kind: CueKind;
  feminine: boolean | null;
}

interface Content {
  start: number;
  end: number;
  kind: 'direct' | 'indirect';
}

/** One sentence as attribution reads it. */
class SentenceReader {
  readonly tokens: Token[];
  readonly quotes: QuotePair[];

  constructor(
    readonly text: string,
    readonly chunk: Chunk,
  ) {
    this.tokens = analyze(chunk.text, chunk.start);
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

  raw(i: number): string {
    const token = this.tokens[i]!;
    return this.text.slice(token.start, token.end);
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
    const verb = REPORTING_VERBS.get(token.norm);
    // طلب عدم ذكر اسمه: a verbal noun after عدم is not a report.
    if (verb && this.norm(i - 1) !== 'عدم') return { at: i, kind: 'verb', feminine: verb.feminine };
    const participle = CONTINUATIONS.get(token.norm);
    if (participle) return { at: i, kind: 'participle', feminine: participle.feminine };
    const bare = token.norm.replace(/^و(?=...)/, '');
    if (SOURCE_FRAMES.has(token.norm) || SOURCE_FRAMES.has(bare)) return { at: i, kind: 'source-frame', feminine: null };
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

/** What follows a reporting verb: its subject's tokens, the outlet, and where the content starts. */
interface Reading {
  subject: number[];
  outlet: [number, number] | null;
  content: Content | null;
  /** Role given in apposition: ، وهي والدة طفل مصاب، */
  apposition: [number, number] | null;
}

function isOutlet(reader: SentenceReader, i: number): boolean {
  const norm = reader.norm(i);
  // لـ«الشرق الأوسط»: the preposition alone before a quoted name.
  if (norm === 'ل' && reader.quoteOpeningBefore(i + 1)) return true;
  return norm.startsWith('ل') && OUTLET_STEMS.has(lightStem(norm.slice(1)));
}

function isSetting(reader: SentenceReader, i: number): boolean {
  return reader.norm(i) === 'في' && SETTING_STEMS.has(lightStem(reader.norm(i + 1)));
}

/** Prepositions of time and place that always end a subject: الدباغ أمام هيئة المحكمة، الفارس خلال الحفل. */
const SUBJECT_ENDERS = new Set(['امام', 'خلال', 'عقب', 'اثر', 'اثناء', 'لدي', 'عند', 'قبل', 'بعد', 'منذ', 'حول', 'وسط', 'مع']);
/** Prepositions that end a subject of one word (قرقاش على بيان الوزارة) but may belong to a longer one (مصدر مطلع على المشاورات). */
const SHORT_SUBJECT_ENDERS = new Set(['علي', 'الي', 'عن', 'من']);

/** A single word that may be a name or surname (قرقاش، الحداد) rather than a plural or feminine noun (مزارعون، الحكومة). */
function looksLikeName(norm: string): boolean {
  return !/(ون|ين|ات|ه)$/.test(norm);
}

/** نقل عن X / نقل على لسان X: where the quoted source is named. */
function sourceMarker(reader: SentenceReader, j: number): number {
  if (reader.norm(j) === 'عن') return 1;
  if (reader.norm(j) === 'علي' && reader.norm(j + 1) === 'لسان') return 2;
  return 0;
}

/** Reads the subject, outlet and content after a reporting verb at `cue`. */
function readAfterVerb(reader: SentenceReader, cue: number, naql: boolean): Reading {
  const reading: Reading = { subject: [], outlet: null, content: null, apposition: null };
  let state: 'subject' | 'after' | 'setting' | 'outlet' = 'subject';
  for (let j = cue + 1; j < reader.tokens.length && j - cue <= 40; j++) {
    if (reader.cueAt(j)) break;
    const content = reader.contentAt(j);
    if (content) {
      reading.content = content;
      break;
    }
    const gap = reader.gapBefore(j);
    const comma = COMMA.test(gap) && !reader.quoteAround(reader.gapStart(j) + gap.search(COMMA));
    if (comma && state !== 'after') state = reading.subject.length ? 'after' : state;
    if (comma && state === 'after' && /^وه[يو]$/.test(reader.norm(j))) {
      const end = findComma(reader, j + 1);
      reading.apposition = [j + 1, end];
      j = end;
      continue;
    }
    if (isOutlet(reader, j)) {
      state = 'outlet';
      reading.outlet = [j, j];
      continue;
    }
    if (isSetting(reader, j)) {
      state = 'setting';
      continue;
    }
    const source = naql ? sourceMarker(reader, j) : 0;
    if (source) {
      // نقلت صحيفة X عن Y أن …: X is the outlet, Y the speaker.
      if (reading.subject.length) reading.outlet = [reading.subject[0]!, reading.subject.at(-1)!];
      reading.subject = [];
      state = 'subject';
      j += source - 1;
      continue;
    }
    if (state === 'outlet' && !comma) reading.outlet![1] = j;
    else if (state === 'outlet') state = 'after';
    if (state === 'subject') {
      const norm = reader.norm(j);
      const kunya = /^(ام|ابو)$/.test(norm) && !reader.tokens[j + 1]?.stop;
      const ends =
        OBJECT_MASDARS.has(norm) ||
        SUBJECT_ENDERS.has(norm) ||
        (SHORT_SUBJECT_ENDERS.has(norm) && reading.subject.length === 1 && looksLikeName(reader.norm(reading.subject[0]!))) ||
        // A subject never starts with a function word: واتفقوا على عقد …، وتعهدتا بتنسيق …
        (reading.subject.length === 0 && reader.tokens[j]!.stop && !kunya);
      if (ends) state = 'after';
      else reading.subject.push(j);
    }
  }
  // A time phrase after the subject is not part of it: أعلن X مساء الأحد أن …
  while (reading.subject.length && isTimeWord(reader.norm(reading.subject.at(-1)!))) reading.subject.pop();
  return reading;
}

/** Index of the first token after i that follows a comma (or the sentence's last token + 1). */
function findComma(reader: SentenceReader, i: number): number {
  for (let k = i + 1; k < reader.tokens.length; k++) if (COMMA.test(reader.gapBefore(k))) return k - 1;
  return reader.tokens.length - 1;
}

/** Raw text of tokens first..last with quotation marks removed and spaces folded. */
function phrase(reader: SentenceReader, first: number, last: number): string {
  return reader.text
    .slice(reader.tokens[first]!.start, reader.tokens[last]!.end)
    .replace(/[«»“”"]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Extracts the statements of one article, in order. */
export function extractStatements(article: Article, chunks: readonly Chunk[]): Statement[] {
  const book = new SpeakerBook();
  const statements: Statement[] = [];
  for (const chunk of chunks) {
    if (chunk.articleId !== article.id || chunk.paragraph === 0) continue;
    statements.push(...readSentence(new SentenceReader(article.text, chunk), article, book));
  }
  return statements;
}

function readSentence(reader: SentenceReader, article: Article, book: SpeakerBook): Statement[] {
  const out: Statement[] = [];
  let sentenceSpeaker: Speaker | null = null;
  let sentenceInferred = false;
  let lastStatementEnd = reader.chunk.start;

  const emit = (speaker: Speaker | null, cue: string, outlet: string | null, content: Content, inferred: boolean) => {
    if (content.end <= content.start || content.start < lastStatementEnd) return;
    lastStatementEnd = content.end;
    out.push({
      speaker: speaker?.name ?? UNKNOWN,
      role: speaker?.role ?? null,
      cue,
      outlet,
      kind: content.kind,
      inferred: speaker ? inferred : false,
      quote: reader.text.slice(content.start, content.end),
      article: { id: article.id, title: article.title },
      paragraph: reader.chunk.paragraph,
      sentence: reader.chunk.sentence,
      start: content.start,
      end: content.end,
    });
  };

  /** The speaker of a cue with no subject of its own. */
  const carried = (feminine: boolean | null): [Speaker | null, boolean] =>
    sentenceSpeaker ? [sentenceSpeaker, sentenceInferred] : [book.latest(feminine) ?? null, true];

  for (let i = 0; i < reader.tokens.length; i++) {
    const cue = reader.cueAt(i);
    if (!cue) continue;
    const cueText = reader.raw(i);

    if (cue.kind === 'participle') {
      const [speaker, inferred] = carried(cue.feminine);
      let content: Content | null = null;
      for (let j = i + 1; j < reader.tokens.length && j <= i + 8 && !content; j++) {
        if (reader.cueAt(j)) break;
        content = reader.contentAt(j);
      }
      if (content) emit(speaker, cueText, null, content, inferred);
      continue;
    }

    if (cue.kind === 'document-frame') {
      // وجاء في البيان أن …: the document speaks.
      let j = i + 2;
      const first = j;
      while (j < reader.tokens.length && !reader.contentAt(j)) j++;
      const content = reader.contentAt(j);
      if (content && j > first) {
        const speaker = book.resolve(describeSubject(reader.tokens.slice(first, j), (a, b) => phrase(reader, first + a, first + b), null));
        book.mentioned(speaker);
        emit(speaker, phrase(reader, i, i + 1), null, content, false);
      }
      continue;
    }

    if (cue.kind === 'source-frame') {
      const source = readSourceFrame(reader, i, book, emit);
      if (source) {
        sentenceSpeaker = source;
        sentenceInferred = false;
      }
      continue;
    }

    // A reporting verb.
    const verbNorm = reader.norm(i);
    if (/^و?يذكر$/.test(verbNorm) && SPEECH_PARTICLES.has(reader.norm(i + 1))) continue; // ويُذكر أن: background, not a statement
    const naql = /^[وف]?(نقل|ينقل|تنقل)/.test(verbNorm);
    const reading = readAfterVerb(reader, i, naql);
    const agentless = PASSIVE_DAMMA.test(cueText) || (reading.subject.length === 0 && /^[وف]?(نقل|افيد)$/.test(verbNorm) && SPEECH_PARTICLES.has(reader.norm(i + 1)));
    let speaker: Speaker | null = null;
    let inferred = false;
    const adopt = (found: Speaker) => {
      book.mentioned(found);
      speaker = sentenceSpeaker = found;
      inferred = sentenceInferred = false;
    };
    const after = reading.subject.length ? mentionOf(reader, reading.subject, cue.feminine, reading.apposition) : null;
    // ووصفت الانهيار بأنه …: after a coordinated verb, a phrase that names nobody is its object, not a new speaker.
    const object = after && sentenceSpeaker && /^[وف]/.test(verbNorm) && !after.name && !book.known(after) && cue.feminine !== !sentenceSpeaker.feminine;
    if (agentless && !after) {
      speaker = null;
    } else if (after && !object) {
      adopt(book.resolve(after));
    } else {
      const before = subjectBefore(reader, i);
      if (before) adopt(book.resolve(mentionOf(reader, before, cue.feminine, null)));
      else [speaker, inferred] = carried(cue.feminine);
    }
    const outlet = reading.outlet ? phrase(reader, reading.outlet[0], reading.outlet[1]) : null;
    const content = reading.content ?? quoteBeforeCue(reader, i);
    if (content) emit(speaker, cueText, outlet, content, inferred);
  }
  return out;
}

/** What a subject phrase (token indexes) says about its speaker. */
function mentionOf(reader: SentenceReader, indexes: readonly number[], feminine: boolean | null, apposition: [number, number] | null) {
  const first = indexes[0]!;
  const last = indexes.at(-1)!;
  // والنمر يرى: the conjunction is not part of the name.
  const conjunction = /^[وف]ال/.test(reader.tokens[first]!.norm);
  const mention = describeSubject(
    reader.tokens.slice(first, last + 1),
    (from, to) => {
      const text = phrase(reader, first + from, first + to);
      return from === 0 && conjunction ? text.slice(1) : text;
    },
    feminine,
    (k) => !!reader.quoteAround(reader.tokens[first + k]!.start),
  );
  const role = apposition ? phrase(reader, apposition[0], apposition[1]) : null;
  return role && !mention.role ? { ...mention, role } : mention;
}

/** «…»، قالت فرحات: a quotation that opens the sentence and ends just before its cue. */
function quoteBeforeCue(reader: SentenceReader, cue: number): Content | null {
  const pair = reader.quotes.find(([open]) => open === reader.chunk.start);
  if (!pair) return null;
  const between = reader.text.slice(pair[1] + 1, reader.tokens[cue]!.start);
  return /^[\s،,]*$/.test(between) ? reader.direct(pair) : null;
}

/** Words that open a clause before its subject: لكن، أما، من جهته، في المقابل … */
const CLAUSE_OPENERS = new Set(['لكن', 'ولكن', 'اما', 'واما', 'ثم', 'بينما', 'فيما', 'جهته', 'جهتها', 'جانبه', 'جانبها', 'المقابل', 'قد', 'كان', 'كانت', 'وكان', 'وكانت']);

/**
 * A subject standing before its verb: "الوزير أكد أن …", "والنمر يرى أن …",
 * "أما رئيسة البلدية دانة قعوار فاعتبرت أن …", "وكان المحافظ قد أعلن …". It
 * runs from the start of the clause (the sentence or the last comma) to the
 * verb; a clause that holds another verb or a quotation is not a subject.
 */
function subjectBefore(reader: SentenceReader, cue: number): number[] | null {
  let from = cue;
  while (from > 0 && !COMMA.test(reader.gapBefore(from))) from--;
  const candidate: number[] = [];
  for (let k = from; k < cue; k++) {
    const token = reader.tokens[k]!;
    if (reader.quoteAround(token.start) && !candidate.length) return null;
    if (candidate.length === 0 && (token.stop || CLAUSE_OPENERS.has(token.norm))) continue;
    if (reader.cueAt(k) || SPEECH_PARTICLES.has(token.norm)) return null;
    if (token.norm === 'قد' || /^[وف]?كان[ت]?$/.test(token.norm)) continue;
    candidate.push(k);
  }
  return candidate.length >= 1 && candidate.length <= 12 ? candidate : null;
}

type Emit = (speaker: Speaker | null, cue: string, outlet: string | null, content: Content, inferred: boolean) => void;

/**
 * بحسب ما ذكرت وكالة «رويترز»، وفق ما أعلنت X، وبحسب بيان صادر عن X: the
 * source is the phrase after the frame; the content is the clause on the
 * other side of the comma.
 */
function readSourceFrame(reader: SentenceReader, i: number, book: SpeakerBook, emit: Emit): Speaker | null {
  let j = i + 1;
  if (reader.norm(j) === 'ما' && REPORTING_VERBS.has(reader.norm(j + 1))) j += 2;
  const cueEnd = j - 1;
  const first = j;
  while (j < reader.tokens.length && !COMMA.test(reader.gapBefore(j)) && !isSetting(reader, j) && !reader.cueAt(j)) j++;
  if (j === first) return null;
  let from = first;
  // بيان صادر عن لجنة …: the issuer speaks, not the document.
  for (let k = first; k < j - 1; k++) if (reader.norm(k) === 'عن') from = k + 1;
  const source = describeSubject(reader.tokens.slice(from, j), (a, b) => phrase(reader, from + a, from + b), null);
  const cue = phrase(reader, i, cueEnd).replace(/[،,]$/, '');
  const frameFirst = reader.tokens.slice(0, i).every((token) => token.stop || /^و/.test(token.norm)) && i <= 1;
  let content: Content | null = null;
  if (frameFirst && j < reader.tokens.length) {
    // وبحسب X، فإن …: the clause after the comma.
    const start = SPEECH_PARTICLES.has(reader.norm(j)) ? j + 1 : j;
    if (start < reader.tokens.length) content = { start: reader.tokens[start]!.start, end: reader.clauseEnd(start), kind: 'indirect' };
  } else if (COMMA.test(reader.gapBefore(i)) && i > 0) {
    // … في وسط سوريا، بحسب ما ذكرت وكالة «رويترز».
    content = { start: reader.tokens[0]!.start, end: reader.trimEnd(reader.gapStart(i) + reader.gapBefore(i).search(COMMA)), kind: 'indirect' };
  }
  if (!content) return null;
  const speaker = book.resolve(source);
  book.mentioned(speaker);
  emit(speaker, cue, null, content, false);
  return speaker;
}
