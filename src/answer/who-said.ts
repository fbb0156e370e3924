import { analyze, type Token } from '../arabic/analyze.js';
import { englishLemmas, isLatinWord, translateEnglish } from '../arabic/english.js';
import { lightStem } from '../arabic/stem.js';
import { findSpeakers, MIN_PHRASE_COVERAGE, phraseScores, statementsBy, statementsContaining } from '../attribution/search.js';
import type { Statement } from '../attribution/model.js';
import { REPORTING_VERBS, SPEECH_PARTICLES } from '../attribution/lexicon.js';
import type { Library } from '../library.js';

/**
 * "Who said …?" and "What did X say?" questions, answered from the
 * attribution index instead of by sentence ranking:
 *   من قال إن الحل السياسي مطلوب؟   → the statements containing those words
 *   ماذا قال رامي عبد الرحمن عن السجن؟ → that speaker's statements, the topic's first
 */
export type WhoSaidQuestion = { kind: 'who'; phrase: string } | { kind: 'what'; speaker: string; topic: string; verb: string };

const WHO = new Set(['من', 'مين', 'منو', 'who']);
const WHAT = new Set(['ماذا', 'ما', 'شو', 'ايش', 'بماذا', 'شنو', 'اشنو', 'شنهو', 'ايه', 'وش', 'ويش', 'اش', 'what']);
const TOPIC_MARKERS = new Set(['عن', 'حول', 'بشان', 'بخصوص', 'about', 'on']);
/** Words between the question word and the verb: من الذي قال، ما الذي قاله، ماذا هو. */
const FILLERS = new Set(['الذي', 'التي', 'الذين', 'اللي', 'هو', 'هي', 'did', 'has', 'said']);
/** English verbs after "who" that ask who said something (not "called" or "told": who called the meeting, told the police). */
const ENGLISH_SAID = new Set(['said', 'say', 'says', 'stated', 'announced', 'described', 'warned', 'urged', 'stressed', 'confirmed', 'denied', 'claimed', 'accused']);

/**
 * English verbs of saying that end "what did X …" (what did the minister say
 * about …, what has the envoy called for), by lemma. Not "state" (the State
 * Department) nor "add" (what did the army add).
 */
const ENGLISH_SAYING = new Set(['say', 'tell', 'announce', 'call', 'warn', 'describe', 'claim', 'confirm', 'deny', 'urge', 'demand', 'stress']);
const isSaying = (norm: string) => englishLemmas(norm).some((lemma) => ENGLISH_SAYING.has(lemma));

/** "What did the minister say (about the strike)?": the English order, the speaker between "did" and the verb. */
function englishWhatDidSay(question: string, tokens: readonly Token[]): WhoSaidQuestion | null {
  if (tokens[0]?.norm !== 'what' || !/^(did|does|has|had|have)$/.test(tokens[1]?.norm ?? '')) return null;
  // The last verb of saying before the topic: "what did the State Department spokesman say about …".
  const marker = tokens.findIndex((token, i) => i > 2 && TOPIC_MARKERS.has(token.norm));
  const end = marker < 0 ? tokens.length : marker;
  const verb = tokens.slice(0, end).findLastIndex((token, i) => i > 2 && isSaying(token.norm));
  const from = tokens[2]?.norm === 'the' ? 3 : 2;
  if (verb <= from) return null;
  const speaker = question.slice(tokens[from]!.start, tokens[verb - 1]!.end);
  const topic = marker < 0 || marker === tokens.length - 1 ? '' : question.slice(tokens[marker + 1]!.start, tokens.at(-1)!.end);
  return { kind: 'what', speaker, topic, verb: tokens[verb]!.norm };
}

/** Reporting verb, also with an attached object pronoun (قاله، ذكرته). */
function isReportingVerb(norm: string): boolean {
  return REPORTING_VERBS.has(norm) || REPORTING_VERBS.has(norm.replace(/(ه|ها|هم)$/, ''));
}

/**
 * Stems of a verb, whole and without a leading و or ف read as a conjunction:
 * واتفقوا and اتفق meet, and so do ودعا and دعا (stemmed whole, ودعا would lose
 * its alef), while وصفت keeps its root و (صف is too short to be a verb's
 * stem). Cues repeat across questions, so each is analyzed once.
 */
const verbStemCache = new Map<string, string[]>();
function verbStems(word: string): string[] {
  let stems = verbStemCache.get(word);
  if (stems === undefined) {
    const norm = analyze(word)[0]?.norm ?? '';
    const bare = /^[وف]/.test(norm) ? lightStem(norm.slice(1)) : '';
    stems = [...new Set([lightStem(norm), ...(bare.length >= 3 ? [bare] : [])])].filter(Boolean);
    verbStemCache.set(word, stems);
  }
  return stems;
}

/** Reads a who-said question, or null for any other question. */
export function parseWhoSaid(question: string): WhoSaidQuestion | null {
  const tokens = analyze(question);
  let i = 0;
  const first = tokens[0]?.norm ?? '';
  const asksWho = WHO.has(first);
  if (!asksWho && !WHAT.has(first)) return null;
  const english = englishWhatDidSay(question, tokens);
  if (english) return english;
  i = 1;
  while (i < tokens.length && FILLERS.has(tokens[i]!.norm)) i++;
  const verb = tokens[i];
  if (!verb || !(isReportingVerb(verb.norm) || ENGLISH_SAID.has(verb.norm))) return null;
  const rest = tokens.slice(i + 1);
  /** Raw question text of rest[from..to), or '' when that is empty. */
  const text = (from: number, to = rest.length) => {
    const last = Math.min(to, rest.length) - 1;
    return from <= last ? question.slice(rest[from]!.start, rest[last]!.end) : '';
  };
  if (asksWho) {
    const start = rest[0] && SPEECH_PARTICLES.has(rest[0].norm) ? 1 : 0;
    const phrase = text(start);
    return phrase ? { kind: 'who', phrase } : null;
  }
  const marker = rest.findIndex((token) => TOPIC_MARKERS.has(token.norm));
  const speaker = marker < 0 ? text(0) : text(0, marker);
  return speaker ? { kind: 'what', speaker, topic: marker < 0 ? '' : text(marker + 1), verb: verb.stem } : null;
}

/** Verbs that only say "said" (قال، ذكر، تحدث; say, tell), which any statement answers. */
const GENERIC_VERBS = new Set([
  ...'قال يقول تقول ذكر يذكر تذكر صرح يصرح تصرح تحدث يتحدث تتحدث تكلم يتكلم تتكلم افاد يفيد تفيد اضاف يضيف تضيف'.split(' ').map(lightStem),
  ...['say', 'said', 'says', 'tell', 'told'],
]);

/**
 * Whether a statement answers "what did X <verb>" with that very verb (what
 * did the coordinator call for → ودعا بيليني إلى …), not a generic "say",
 * and, when the question names a topic (what did the spokesman confirm
 * about the attack), on that topic.
 */
export function saidWithVerb(library: Library, parsed: WhoSaidQuestion | null, statement: Statement): boolean {
  if (parsed?.kind !== 'what' || GENERIC_VERBS.has(parsed.verb)) return false;
  const onTopic = !parsed.topic || (phraseScores(library, parsed.topic, [statement]).get(statement) ?? 0) >= MIN_PHRASE_COVERAGE;
  return onTopic && withVerb(parsed.verb)(statement);
}

/**
 * Whether a statement's cue is the question's verb (اتفقوا for اتفق); an
 * English verb stands for its glossary translations (call → دعا، urge → حث).
 */
function withVerb(verb: string): (statement: Statement) => boolean {
  const verbs = new Set((isLatinWord(verb) ? translateEnglish(verb) : [verb]).flatMap(verbStems));
  return (statement) => verbStems(statement.cue).some((stem) => verbs.has(stem));
}

/** The statements answering a who-said question, as read (see Question.said); none when it is not one, or nothing fits. */
export function statementsAnswering(library: Library, parsed: WhoSaidQuestion | null): Statement[] {
  if (!parsed) return [];
  if (parsed.kind === 'who') return statementsContaining(library, parsed.phrase);
  const said = findSpeakers(library, parsed.speaker).flatMap((speaker) => statementsBy(library, speaker));
  const sameVerb = withVerb(parsed.verb);
  const specific = !GENERIC_VERBS.has(parsed.verb);
  // "What did X warn of / promise": when none of X's statements has that verb, what X did is told some other way
  // (وحذرت الدائرة من منخفض جوي جديد, no statement), which ranking finds.
  if (specific && said.length > 0 && !said.some(sameVerb)) return [];
  const topic = phraseScores(library, parsed.topic, said);
  const onTopic = (statement: Statement) => (topic.get(statement) ?? 0) >= MIN_PHRASE_COVERAGE;
  // What they said on the topic first, then what they said with the question's own verb (اتفقوا for اتفق; قال says
  // nothing of what was said), then the rest; within each, what holds more of the topic (a misspelt topic is held only in
  // part: الخاطفبن), then in order.
  const rank = (statement: Statement) => (onTopic(statement) ? 0 : 2) + (specific && !sameVerb(statement) ? 1 : 0);
  const held = (statement: Statement) => topic.get(statement) ?? 0;
  return said
    .map((statement, order) => ({ statement, order }))
    .sort((a, b) => rank(a.statement) - rank(b.statement) || held(b.statement) - held(a.statement) || a.order - b.order)
    .map(({ statement }) => statement);
}
