import { lightStem } from '../arabic/stem.js';
import { isTimeWord } from '../search/sentence-features.js';
import { MANNER_STEMS, OBJECT_MASDARS, OUTLET_STEMS, SETTING_STEMS, SPEECH_PARTICLES } from './lexicon.js';
import { COMMA, phrase, type Content, type SentenceReader } from './sentence-reader.js';
import type { SpeakerMention } from './speakers.js';
import { describeSubject } from './subject.js';

/**
 * What stands around a reporting verb: its subject after it (قال مدير المرصد
 * رامي عبد الرحمن …) or before it (الوزير أكد …), the outlet (لوكالة …), the
 * setting (في مؤتمر صحفي), and where the reported content starts.
 */

/** What follows a reporting verb: its subject's tokens, the outlet, and where the content starts. */
export interface Reading {
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
  // لوكالة …، بصحيفة …
  return /^[لب]/.test(norm) && OUTLET_STEMS.has(lightStem(norm.slice(1)));
}

/** بنبرة هادئة، بصوت عال: how the words were said. */
function isManner(reader: SentenceReader, i: number): boolean {
  const norm = reader.norm(i);
  return norm.startsWith('ب') && MANNER_STEMS.has(lightStem(norm.slice(1)));
}

/**
 * A circumstantial accusative right after the verb (وأضاف طالبًا …، قال مبتسمًا):
 * it describes the speaker's state and is not the subject.
 */
function isCircumstantial(reader: SentenceReader, i: number): boolean {
  const raw = reader.raw(i);
  return raw.includes('\u064B') || /^(م.{3,5}|.ا.{2,3})ا$/.test(reader.norm(i));
}

export function isSetting(reader: SentenceReader, i: number): boolean {
  return reader.norm(i) === 'في' && SETTING_STEMS.has(lightStem(reader.norm(i + 1)));
}

/** Words that qualify a time: الأسبوع الماضي، العام المقبل. */
const TIME_MODIFIERS = new Set(['الماضي', 'الماضيه', 'المقبل', 'المقبله', 'الجاري', 'الحالي', 'القادم', 'السابق']);

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
export function readAfterVerb(reader: SentenceReader, cue: number, naql: boolean): Reading {
  const reading: Reading = { subject: [], outlet: null, content: null, apposition: null };
  let state: 'subject' | 'after' | 'setting' | 'outlet' = 'subject';
  // وكان الشوبكي قد صرّح الأسبوع الماضي …، وأضاف طالبًا …: a time or a state first, then no subject after the verb.
  if (isTimeWord(reader.norm(cue + 1)) || isCircumstantial(reader, cue + 1)) state = 'after';
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
      // أحمد (35 عامًا)، مكتب الأمم المتحدة (أوتشا): a parenthesis closes the subject.
      const parenthesis = gap.includes('(');
      const ends =
        parenthesis ||
        isManner(reader, j) ||
        OBJECT_MASDARS.has(norm) ||
        SUBJECT_ENDERS.has(norm) ||
        (SHORT_SUBJECT_ENDERS.has(norm) && reading.subject.length === 1 && looksLikeName(reader.norm(reading.subject[0]!))) ||
        // A subject never starts with a function word: واتفقوا على عقد …، وتعهدتا بتنسيق …
        (reading.subject.length === 0 && reader.tokens[j]!.stop && !kunya);
      if (ends) state = 'after';
      else reading.subject.push(j);
    }
  }
  // A time phrase after the subject is not part of it: أعلن X مساء الأحد أن …، صرّح الأسبوع الماضي
  while (reading.subject.length && (isTimeWord(reader.norm(reading.subject.at(-1)!)) || TIME_MODIFIERS.has(reader.norm(reading.subject.at(-1)!)))) reading.subject.pop();
  return reading;
}

/** Index of the first token after i that follows a comma (or the sentence's last token + 1). */
function findComma(reader: SentenceReader, i: number): number {
  for (let k = i + 1; k < reader.tokens.length; k++) if (COMMA.test(reader.gapBefore(k))) return k - 1;
  return reader.tokens.length - 1;
}

/** What a subject phrase (token indexes) says about its speaker. */
export function mentionOf(reader: SentenceReader, indexes: readonly number[], feminine: boolean | null, apposition: [number, number] | null): SpeakerMention {
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

/** Words that open a clause before its subject: لكن، أما، من جهته، في المقابل … */
const CLAUSE_OPENERS = new Set(['لكن', 'ولكن', 'اما', 'واما', 'ثم', 'بينما', 'فيما', 'جهته', 'جهتها', 'جانبه', 'جانبها', 'المقابل', 'قد', 'كان', 'كانت', 'وكان', 'وكانت']);

/**
 * A subject standing before its verb: "الوزير أكد أن …", "والنمر يرى أن …",
 * "أما رئيسة البلدية دانة قعوار فاعتبرت أن …", "وكان المحافظ قد أعلن …". It
 * runs from the start of the clause (the sentence or the last comma) to the
 * verb; a clause that holds another verb or a quotation is not a subject.
 */
export function subjectBefore(reader: SentenceReader, cue: number): number[] | null {
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
  // والمتحدثة … رنا الحمصي من جهتها اعتبرت: the aside is not part of the name.
  while (candidate.length && (reader.tokens[candidate.at(-1)!]!.stop || CLAUSE_OPENERS.has(reader.norm(candidate.at(-1)!)))) candidate.pop();
  return candidate.length >= 1 && candidate.length <= 12 ? candidate : null;
}
