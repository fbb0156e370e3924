import { analyze, type Token } from '../arabic/analyze.js';
import { isLatinWord, translateEnglish } from '../arabic/english.js';
import { lightStem } from '../arabic/stem.js';
import { findSpeakers, statementsBy, statementsContaining } from '../attribution/search.js';
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
const ENGLISH_SAID = new Set(['said', 'say', 'says', 'stated', 'announced', 'called', 'described', 'warned', 'urged', 'told', 'stressed', 'confirmed', 'denied', 'claimed', 'accused']);

/** English verbs of saying that end "what did X …" (what did the minister say about …, what did the envoy call for). */
const ENGLISH_SAYING = new Set(['say', 'tell', 'announce', 'state', 'call', 'warn', 'describe', 'claim', 'confirm', 'deny', 'add', 'urge', 'demand', 'stress']);

/** "What did the minister say (about the strike)?": the English order, the speaker between "did" and the verb. */
function englishWhatDidSay(question: string, tokens: readonly Token[]): WhoSaidQuestion | null {
  if (tokens[0]?.norm !== 'what' || !/^(did|does|has|had)$/.test(tokens[1]?.norm ?? '')) return null;
  const verb = tokens.findIndex((token, i) => i > 2 && ENGLISH_SAYING.has(token.norm));
  const from = tokens[2]?.norm === 'the' ? 3 : 2;
  if (verb <= from) return null;
  const speaker = question.slice(tokens[from]!.start, tokens[verb - 1]!.end);
  const marker = tokens.findIndex((token, i) => i > verb && TOPIC_MARKERS.has(token.norm));
  const topic = marker < 0 || marker === tokens.length - 1 ? '' : question.slice(tokens[marker + 1]!.start, tokens.at(-1)!.end);
  return { kind: 'what', speaker, topic, verb: tokens[verb]!.norm };
}

/** Reporting verb, also with an attached object pronoun (قاله، ذكرته). */
function isReportingVerb(norm: string): boolean {
  return REPORTING_VERBS.has(norm) || REPORTING_VERBS.has(norm.replace(/(ه|ها|هم)$/, ''));
}

/**
 * Stem of a verb without its conjunction, which goes first: واتفقوا and اتفق
 * meet, and so do ودعا and دعا (stemmed whole, ودعا would lose its alef).
 * Cues repeat across questions, so each is analyzed once.
 */
const bareStems = new Map<string, string>();
function bareStem(word: string): string {
  let stem = bareStems.get(word);
  if (stem === undefined) {
    const token = analyze(word)[0];
    bareStems.set(word, (stem = token ? lightStem(token.norm.replace(/^[وف](?=...)/, '')) : ''));
  }
  return stem;
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

/** The statements answering a who-said question (none when it is not one, or nothing fits). */
export function answerWhoSaid(library: Library, question: string): Statement[] {
  const parsed = parseWhoSaid(question);
  if (!parsed) return [];
  if (parsed.kind === 'who') return statementsContaining(library, parsed.phrase);
  const said = findSpeakers(library, parsed.speaker).flatMap((speaker) => statementsBy(library, speaker));
  const onTopic = new Set(parsed.topic ? statementsContaining(library, parsed.topic) : []);
  // An English verb stands for its glossary translations (call → دعا، urge → حث).
  const verbs = new Set((isLatinWord(parsed.verb) ? translateEnglish(parsed.verb) : [parsed.verb]).map(bareStem));
  const sameVerb = (statement: Statement) => verbs.has(bareStem(statement.cue));
  // What they said on the topic first, then what they said with the question's own verb (اتفقوا for اتفق), then the rest.
  const rank = (statement: Statement) => (onTopic.has(statement) ? 0 : 2) + (sameVerb(statement) ? 0 : 1);
  return said.map((statement, order) => ({ statement, order })).sort((a, b) => rank(a.statement) - rank(b.statement) || a.order - b.order).map(({ statement }) => statement);
}
