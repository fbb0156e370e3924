import SearchableMap from 'minisearch/SearchableMap';
import { ENGLISH_GLOSSARY } from './english-glossary.js';
import { normalizeArabic } from './normalize.js';
import { lightStem } from './stem.js';
import { neighbourSwaps } from '../neighbour-swaps.js';

/**
 * A bridge for questions asked in English about Arabic articles: English
 * words are looked up in a general news glossary (english-glossary.ts), and
 * names the glossary lacks are matched by their consonant skeleton, the way
 * a reader recognises "Qusayr" in القصير. The quotes stay Arabic; only the
 * question is bridged.
 */

/**
 * Lemma (or phrase of up to four words) → normalized Arabic words and
 * phrases. Read on first use, not at start-up: 8,000 lines take tens of
 * milliseconds, and a bot asked only in Arabic never needs them.
 */
let entries: ReadonlyMap<string, readonly string[]> | undefined;
function glossary(): ReadonlyMap<string, readonly string[]> {
  entries ??= new Map(
    ENGLISH_GLOSSARY.split('\n')
      .filter((line) => line.includes(':'))
      .map((line) => {
        const [english, arabic] = line.split(':') as [string, string];
        // Hyphens split words in questions (cease-fire → cease, fire), so keys are written with spaces.
        return [english.trim().replace(/-/g, ' ').replace(/\s+/g, ' '), arabic.split(',').map((word) => normalizeArabic(word.trim())).filter(Boolean)] as const;
      }),
  );
  return entries;
}

let arabicStems: ReadonlySet<string> | undefined;
/** True for the stem of an Arabic word of the glossary: ordinary news vocabulary, which a person's name is not. */
export function isGlossaryStem(stem: string): boolean {
  arabicStems ??= new Set([...glossary().values()].flat().flatMap((phrase) => phrase.split(' ')).map(lightStem));
  return arabicStems.has(stem);
}

/** True for a word in Latin letters (after normalization, which lower-cases; the analyzer splits at apostrophes). */
export const isLatinWord = (norm: string): boolean => /^[a-z]+$/.test(norm);

/** Irregular forms → lemma, so that phrases meet their glossary entry ("took over" → take over). */
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  `took:take taken:take held:hold went:go gone:go left:leave began:begin begun:begin fought:fight won:win lost:lose
  fled:flee met:meet rose:rise fell:fall grew:grow gave:give given:give got:get saw:see seen:see came:come made:make
  spoke:speak spoken:speak sent:send led:lead struck:strike sought:seek bought:buy sold:sell paid:pay spent:spend
  built:build wrote:write written:write withdrew:withdraw withdrawn:withdraw said:say told:tell
  brought:bring caught:catch kept:keep stood:stand broke:break broken:break drove:drive driven:drive
  children:child men:man women:woman people:person lives:life`
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
);

/**
 * Candidate lemmas of an English word, the word first: an irregular form's
 * lemma (took → take), then plural, past and -ing endings removed the usual
 * ways (forces → force, stopped → stop, countries → country).
 */
export function englishLemmas(w: string): string[] {
  const lemmas = [w];
  const add = (lemma: string) => lemma.length >= 2 && !lemmas.includes(lemma) && lemmas.push(lemma);
  const irregular = IRREGULAR.get(w);
  if (irregular) add(irregular);
  // -s before -es: planes is plane, not plan; boxes falls through to box.
  if (w.endsWith('ies')) add(`${w.slice(0, -3)}y`);
  if (w.endsWith('s') && !w.endsWith('ss')) add(w.slice(0, -1));
  if (w.endsWith('es')) add(w.slice(0, -2));
  for (const ending of ['ed', 'ing']) {
    if (!w.endsWith(ending)) continue;
    const base = w.slice(0, -ending.length);
    add(base);
    add(`${base}e`);
    if (base.length >= 3 && base.at(-1) === base.at(-2)) add(base.slice(0, -1));
    if (ending === 'ed' && base.endsWith('i')) add(`${base.slice(0, -1)}y`);
  }
  return lemmas;
}

/**
 * Arabic words (normalized) for an English word or joined phrase, or, unless
 * `typos` is false, for the glossary word it misspells; empty when the
 * glossary lacks it. A name should not be read as a misspelling: Miller is
 * not a typo of killer.
 */
export function translateEnglish(phrase: string, typos = true): readonly string[] {
  if (phrase.includes(' ')) return glossary().get(phrase) ?? [];
  for (const lemma of englishLemmas(phrase)) {
    const arabic = glossary().get(lemma);
    if (arabic) return arabic;
  }
  return typos ? misspelled(phrase) : [];
}

/** Words this long may be one typo away from a glossary word (presidental → presidential); shorter ones have too many neighbours. */
const MIN_TYPO_LENGTH = 6;
/** The glossary's single-word keys, for typo look-ups; built when a first word is missing from the glossary. */
let keys: SearchableMap<boolean> | undefined;
const singleWordKeys = () => (keys ??= SearchableMap.from([...glossary().keys()].filter((key) => !key.includes(' ')).map((key) => [key, true] as const)));

/** Translations of the glossary words one edit or one swap of neighbouring letters away from a misspelled word (also after removing an ending). */
function misspelled(word: string): readonly string[] {
  if (word.length < MIN_TYPO_LENGTH) return [];
  for (const lemma of englishLemmas(word)) {
    if (lemma.length < MIN_TYPO_LENGTH - 1) continue;
    const near = [...singleWordKeys().fuzzyGet(lemma, 1).keys(), ...neighbourSwaps(lemma).filter((candidate) => glossary().has(candidate))];
    if (near.length) return [...new Set(near.flatMap((key) => glossary().get(key) ?? []))];
  }
  return [];
}

/**
 * The glossary phrase that neighbouring English words form ("security
 * council", "took over", "united arab emirates"), or null. The first and
 * last words may be inflected.
 */
export function englishPhrase(words: readonly string[]): string | null {
  if (words.length < 2) return null;
  const middle = words.slice(1, -1);
  for (const first of englishLemmas(words[0]!)) {
    for (const last of englishLemmas(words.at(-1)!)) {
      const key = [first, ...middle, last].join(' ');
      if (glossary().has(key)) return key;
    }
  }
  return null;
}

/** Longest phrase of the glossary, in words. */
let longest: number | undefined;
export const longestPhrase = (): number => (longest ??= Math.max(...[...glossary().keys()].map((key) => key.split(' ').length)));

/**
 * Consonant classes shared by both scripts: letters that transliterations
 * render alike fall together (ح ه h; س ص ث s; ق ك k), and vowels, long
 * vowels inside a word and ع vanish, since English spellings of Arabic names
 * disagree most about those.
 */
const ARABIC_CLASSES: Record<string, string> = {
  ب: 'b', ت: 't', ث: 's', ج: 'j', ح: 'h', خ: 'k', د: 'd', ذ: 'z', ر: 'r', ز: 'z', س: 's', ش: 'S', ص: 's',
  ض: 'd', ط: 't', ظ: 'z', غ: 'g', ف: 'f', ق: 'k', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h',
};
const LATIN_DIGRAPHS: Array<[RegExp, string]> = [
  [/sh|ch/g, 'S'], [/kh/g, 'k'], [/th/g, 's'], [/dh/g, 'z'], [/gh/g, 'g'], [/ph/g, 'f'],
];
const LATIN_CLASSES: Record<string, string> = {
  b: 'b', p: 'b', t: 't', s: 's', c: 'k', j: 'j', g: 'j', h: 'h', k: 'k', q: 'k', d: 'd', r: 'r', z: 'z',
  f: 'f', v: 'f', l: 'l', m: 'm', n: 'n', x: 'ks', S: 'S',
};

/** Shortest consonant skeleton a name is matched by: two letters (دوحة → dh) fit too many words. */
export const MIN_SKELETON = 3;

const collapse = (classes: string) => classes.replace(/(.)\1+/g, '$1');

/** Consonant skeleton of a normalized Arabic word, without the article: القصير → ksr, حمص → hms. */
export function arabicSkeleton(norm: string): string {
  const word = norm.startsWith('ال') && norm.length >= 4 ? norm.slice(2) : norm;
  let out = '';
  for (const [i, letter] of [...word].entries()) {
    // و and ي begin a word as consonants (وليد، يوسف); inside it they are usually long vowels.
    if ((letter === 'و' || letter === 'ي') && i === 0) out += letter === 'و' ? 'w' : 'y';
    // A final ه is mostly the ta marbuta, which English writes as a vowel (حماه → Hama).
    else if (letter === 'ه' && i === word.length - 1 && i >= 3) continue;
    else out += ARABIC_CLASSES[letter] ?? '';
  }
  return collapse(out);
}

/** Consonant skeleton of a lower-case English word: qusayr → ksr, homs → hms. */
export function latinSkeleton(word: string): string {
  let w = word;
  for (const [digraph, cls] of LATIN_DIGRAPHS) w = w.replace(digraph, cls);
  let out = '';
  for (const [i, letter] of [...w].entries()) {
    if ((letter === 'w' || letter === 'y') && i === 0) out += letter;
    // A final h after a vowel only lengthens it (Doha, Hamah).
    else if (letter === 'h' && i === w.length - 1 && i >= 3) continue;
    else out += LATIN_CLASSES[letter] ?? '';
  }
  return collapse(out);
}
