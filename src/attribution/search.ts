import { analyze, contentTokens, type Token } from '../arabic/analyze.js';
import { normalizeArabic } from '../arabic/normalize.js';
import { STOPWORDS } from '../arabic/stopwords.js';
import type { Library } from '../library.js';
import { matchHits, resolveWord, type QueryWord } from '../search/match.js';
import { isLatinWord } from '../arabic/english.js';
import { FIRST_NAMES } from './lexicon.js';
import type { Statement } from './model.js';
import { Remembered } from '../remembered.js';

/**
 * Looking statements up: by the words they contain (/who) and by who said
 * them (/quotes). Both are Arabic-normalized and tolerant of small
 * differences (diacritics, hamza forms, a typo, a word more or less).
 */

/** Share of a phrase's words a statement must contain to count as containing the phrase. */
export const MIN_PHRASE_COVERAGE = 0.75;

export interface SpeakerEntry {
  name: string;
  role: string | null;
  /** Statements attributed to this speaker across the corpus. */
  count: number;
}

const foldWords = (text: string) => normalizeArabic(text).replace(/[«»“”"]/g, ' ').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const withoutArticle = (word: string) => word.replace(/^(ال|وال|بال|لل)(?=...)/, '');
const fold = (text: string) => foldWords(text).map(withoutArticle).join(' ');

/** Analyzed and folded words of each statement's quote, computed once per statement. */
const quoteForms = new WeakMap<Statement, { tokens: Token[]; folded: string }>();
function formsOf(statement: Statement): { tokens: Token[]; folded: string } {
  let forms = quoteForms.get(statement);
  if (!forms) quoteForms.set(statement, (forms = { tokens: analyze(statement.quote), folded: ` ${fold(statement.quote)} ` }));
  return forms;
}

/**
 * How much of a phrase each statement holds, by the weight of its words and
 * the quality of their matches (0 to 1; 2 for the phrase verbatim).
 *
 * @param statements the statements to score (default: all of the library's)
 */
export function phraseScores(library: Library, phrase: string, statements: readonly Statement[] = library.statements): Map<Statement, number> {
  const scores = new Map<Statement, number>();
  const words = contentTokens(phrase).map((token) => resolveWord(library.index, token));
  const exact = fold(phrase);
  if (words.length === 0 && !exact) return scores;
  const total = words.reduce((sum, word) => sum + word.weight, 0);
  for (const statement of statements) {
    const { tokens, folded } = formsOf(statement);
    if (exact && folded.includes(` ${exact} `)) scores.set(statement, 2);
    else {
      const covered = words.reduce((sum, word) => sum + word.weight * Math.max(0, ...matchHits(word, tokens).map((hit) => hit.quality)), 0);
      scores.set(statement, total > 0 ? covered / total : 0);
    }
  }
  return scores;
}

/** Statements containing the phrase's words, best match first. */
export function statementsContaining(library: Library, phrase: string): Statement[] {
  const scores = phraseScores(library, phrase);
  return library.statements
    .map((statement, order) => ({ statement, order, score: scores.get(statement) ?? 0 }))
    .filter(({ score }) => score >= MIN_PHRASE_COVERAGE)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ statement }) => statement);
}

const speakerLists = new WeakMap<Library, SpeakerEntry[]>();

/** Every speaker of the corpus, once, in order of first appearance (unknown left out); computed once per library. */
export function speakers(library: Library): SpeakerEntry[] {
  const known = speakerLists.get(library);
  if (known) return known;
  const byName = new Map<string, SpeakerEntry>();
  for (const statement of library.statements) {
    if (statement.speaker === 'unknown') continue;
    const key = fold(statement.speaker);
    const entry = byName.get(key);
    if (entry) entry.count++;
    else byName.set(key, { name: statement.speaker, role: statement.role, count: 1 });
  }
  const list = [...byName.values()];
  speakerLists.set(library, list);
  return list;
}

/** A speaker's name and role, folded, computed once per speaker. */
const foldedSpeakers = new WeakMap<SpeakerEntry, { name: string; role: string }>();
function foldedSpeaker(entry: SpeakerEntry): { name: string; role: string } {
  let folded = foldedSpeakers.get(entry);
  if (!folded) foldedSpeakers.set(entry, (folded = { name: fold(entry.name), role: entry.role ? fold(entry.role) : '' }));
  return folded;
}

/** How well a typed query (folded: `q`) names a speaker: 1 exact, less for a part or a near spelling, 0 not at all. */
function speakerMatch(q: string, entry: SpeakerEntry): number {
  if (!q) return 0;
  const { name, role } = foldedSpeaker(entry);
  if (q === name) return 1;
  if (` ${name} `.includes(` ${q} `) || (role && (q === role || ` ${role} `.includes(` ${q} `)))) return 0.9;
  if (` ${q} `.includes(` ${name} `)) return 0.85; // the name with its title: مدير المرصد رامي عبد الرحمن
  const qWords = q.split(' ');
  const nameWords = name.split(' ');
  const near = qWords.filter((word) => nameWords.some((other) => word.length >= 4 && editDistance(word, other) <= 1)).length;
  if (near / Math.max(qWords.length, nameWords.length) >= 0.5) return 0.6;
  // A person's family name among other words of the question (شو قال الزين لما استقال، المبعوث ليند لمجلس الأمن):
  // only of a name that opens with a first name (not مصدر أمني, whose أمني is any security question's), and not
  // one spelled like a function word (العلي folds to علي, which على also becomes).
  const family = nameWords.length > 1 && FIRST_NAMES.has(nameWords[0]!) ? nameWords.at(-1)! : '';
  return family.length >= 3 && !STOPWORDS.has(family) && qWords.includes(family) ? 0.5 : 0;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = saved;
    }
  }
  return row[b.length]!;
}

/** The analyzed words of a speaker's name and role, computed once per speaker. */
const speakerWords = new WeakMap<SpeakerEntry, Token[]>();
function speakerTokens(entry: SpeakerEntry): Token[] {
  let tokens = speakerWords.get(entry);
  if (!tokens) speakerWords.set(entry, (tokens = analyze(`${entry.name} ${entry.role ?? ''}`)));
  return tokens;
}

/**
 * How well an English query names a speaker (the seismology centre
 * director → مدير المركز الوطني للرصد الزلزالي): the weighted share of its
 * words, in their glossary translations or by sound for names, found in the
 * speaker's name and role. As for a phrase (MIN_PHRASE_COVERAGE), most of
 * it must be there: "health minister" does not name the finance minister.
 * Scores 0.8 to 0.9.
 */
function englishSpeakerMatch(words: readonly QueryWord[], entry: SpeakerEntry): number {
  const total = words.reduce((sum, word) => sum + word.weight, 0);
  if (total === 0) return 0;
  const tokens = speakerTokens(entry);
  const found = words.reduce((sum, word) => sum + (matchHits(word, tokens).length > 0 ? word.weight : 0), 0) / total;
  return found >= MIN_PHRASE_COVERAGE ? 0.5 + 0.4 * found : 0;
}

/** Speaker look-ups, remembered per library: reading a question and answering it look its speaker up alike. */
const speakerLookups = new Remembered<Library, readonly SpeakerEntry[]>(1000);

/** The speakers a query names, best first. */
export const findSpeakers = (library: Library, query: string): readonly SpeakerEntry[] => speakerLookups.get(library, query, () => lookSpeakersUp(library, query));

function lookSpeakersUp(library: Library, query: string): SpeakerEntry[] {
  const words = contentTokens(query);
  const english = words.length > 0 && words.every((token) => isLatinWord(token.norm)) ? words.map((token) => resolveWord(library.index, token)) : null;
  const folded = fold(query);
  return speakers(library)
    .map((entry) => ({ entry, score: english ? englishSpeakerMatch(english, entry) : speakerMatch(folded, entry) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score)
    .filter(({ score }, _, all) => score === all[0]!.score)
    .map(({ entry }) => entry);
}

const statementsBySpeaker = new WeakMap<Library, Map<string, Statement[]>>();

/** Everything the named speaker said, in corpus order (grouped once per library). */
export function statementsBy(library: Library, speaker: SpeakerEntry): Statement[] {
  let groups = statementsBySpeaker.get(library);
  if (!groups) {
    groups = new Map();
    for (const statement of library.statements) {
      const key = fold(statement.speaker);
      const list = groups.get(key);
      if (list) list.push(statement);
      else groups.set(key, [statement]);
    }
    statementsBySpeaker.set(library, groups);
  }
  return groups.get(fold(speaker.name)) ?? [];
}

/** Speaker names for autocomplete: those containing what was typed (all when nothing is typed), at most 25. */
export function completeSpeakers(library: Library, typed: string): SpeakerEntry[] {
  const wanted = fold(typed);
  return speakers(library)
    .filter((entry) => {
      const { name, role } = foldedSpeaker(entry);
      return !wanted || `${name} ${role}`.includes(wanted) || speakerMatch(wanted, entry) > 0;
    })
    .slice(0, 25);
}
