import { analyze, type Token } from '../arabic/analyze.js';
import { isLatinWord, latinSkeleton, translateEnglish } from '../arabic/english.js';
import { isQuestionVerb, pluralForms, synonymForms } from '../arabic/lexicon.js';
import { derivationForms, eventStem, hasArticle, rootOf, weakForms } from '../arabic/stem.js';
import { neighbourSwaps } from '../neighbour-swaps.js';
import { normalizeArabic } from '../arabic/normalize.js';
import { Remembered } from '../remembered.js';
import type { PassageIndex } from './passage-index.js';

/**
 * How one question word can match words of the article, from its exact stem
 * down to a typo's nearest neighbour, each with a quality in (0, 1].
 */
export interface MatchForm {
  term: string;
  /** 'stem' matches a word's light stem; 'alt' its proclitic reading (ودول → دول). */
  on: 'stem' | 'alt';
  quality: number;
  /**
   * Found through the word's derivation family although the word itself is
   * in the corpus (صدر → أصدرت): it matches, but the word's rarity is its
   * own, not that of a commoner relative. Cleared when another rule finds the
   * same form (the other tense, the verbal noun). Default false.
   */
  sideForm?: boolean;
}

export interface QueryWord {
  token: Token;
  forms: MatchForm[];
  /** Importance: inverse document frequency of the best form (maximal for a word the corpus lacks). */
  weight: number;
  /** For one word of a phrase's translation (see resolveWords): its place in the translation, from 0. */
  part?: number;
}

/**
 * Quality of a match through a proclitic reading (ومصر → مصر). A 3-letter
 * remainder was once weighted lower for fear of وزارة/زار; measured on the
 * development sets, that cost more answers (و before a name in a list) than
 * it saved, so every remainder counts alike. The stem itself never merges
 * them: only this weaker, secondary reading does.
 */
const PROCLITIC_QUALITY = 0.85;
/** How question words weigh, relative to their rarity in the corpus. */
export const WORD_WEIGHTS = {
  /** A verb of saying or mentioning (قال، ذكر، تحدث): questions are phrased with them. */
  questionVerb: 0.3,
  /**
   * A word the corpus lacks entirely, relative to the rarest word it has:
   * it may be a paraphrase the lexicon does not know, so its absence counts
   * against a sentence, but less than a missed rare word.
   */
  missing: 0.6,
  /** A word naming the kind of thing asked for (كم دولة، أي مدينة). */
  answerType: 0.5,
  /**
   * A word the corpus has only through a weak relation (a shared root, two
   * typos, a synonym's derivation: every form below `weakQuality`): it may
   * be absent after all, so it weighs a little less.
   */
  weak: 0.8,
  weakQuality: 0.6,
};

/** Quality of a match through the broken plural or singular (سجين/سجناء). */
const PLURAL_QUALITY = 0.95;
/** Quality of a match between a verb and its verbal noun (انسحب/انسحاب). */
const EVENT_QUALITY = 0.9;
/** Quality of a match between a verb's past and its present (رفع/يرفع). */
const TENSE_QUALITY = 0.9;
/** Quality of a match through a shared root guess (انكشف/كشف), the last resort. */
const ROOT_QUALITY = 0.5;
/** Quality of a match through a near-synonym (عقد/أقيم). */
const SYNONYM_QUALITY = 0.75;

/** Quality of a match through an English word's glossary translation (times the translation's own match quality), or its consonant skeleton. */
const TRANSLATION_QUALITY = { glossary: 0.9, skeleton: 0.75 };

/** Quality of a match through a related derivation (صدر/أصدرت). */
const DERIVATION_QUALITY = 0.7;
/**
 * Factor on a related derivation's quality when the word itself is in the
 * corpus too (صدر is there, but the answer says أصدرت): measured on the
 * development sets, letting the family speak gains a few answers (and
 * declines a few more unanswerable questions); a little under its full
 * quality keeps the word as written first.
 */
const PRESENT_FAMILY_FACTOR = 0.8;
/**
 * Factor on a near-synonym's quality when the word itself is in the corpus
 * too (جرح is there, as الجرحى, but the answer says أصاب): a paraphrase may
 * use another word of its group although the question's word stands
 * elsewhere. Measured on the development sets, 0.3 to 0.5 gain answers at
 * a better rate than a lower abstention threshold would; above 0.5 the
 * extra answers cost as many unanswerable questions as a threshold does.
 */
const PRESENT_SYNONYM_FACTOR = 0.5;
/** Quality of a match for a word typed without its final hamza (الحدبا for الحدباء، صحرا for صحراء). */
const DROPPED_HAMZA_QUALITY = 0.9;
/** Quality of a typo match: one edit in a word of 5+ letters, a swap of two letters, two edits in a long word. */
const TYPO_QUALITY = { oneEdit: 0.7, swap: 0.7, twoEdits: 0.5, shortWord: 0.5 };
/** Typos are only looked for in words whose stem has this many letters: short stems have too many neighbours (سجن/سكن, عام/شام). */
const MIN_TYPO_STEM = 4;
/** Whole words this long may be two edits away from the intended word. */
const TWO_EDITS_SURFACE = 8;

function addForm(forms: MatchForm[], form: MatchForm): void {
  const same = forms.find((existing) => existing.term === form.term && existing.on === form.on);
  if (!same) forms.push(form);
  else {
    same.quality = Math.max(same.quality, form.quality);
    // A form found by a rule of its own (the other tense, the verbal noun) counts in the word's rarity after all.
    if (!form.sideForm) delete same.sideForm;
  }
}

/** Adds `term` as the index has it: as a stem at `quality`, as a proclitic reading a little weaker (ودول → دول). */
function addIndexed(index: PassageIndex, forms: MatchForm[], term: string, quality: number): void {
  if (index.stems.has(term)) addForm(forms, { term, on: 'stem', quality });
  if (index.procliticStems.has(term)) addForm(forms, { term, on: 'alt', quality: quality * PROCLITIC_QUALITY });
}

/** Adds a word's readings as the index has them (see addIndexed and readingsOf), at `quality`. */
function addReadings(index: PassageIndex, forms: MatchForm[], word: Token, quality: number): void {
  for (const [reading, weight] of readingsOf(word)) addIndexed(index, forms, reading, quality * weight);
}

/** Whether the index has a word, as a stem or a proclitic reading. */
const inCorpus = (index: PassageIndex, word: Token) => index.stems.has(word.stem) || index.procliticStems.has(word.stem);

/** A word's readings with their weight: its stem and, weaker, its proclitic reading (بانسحاب → انسحاب). */
const readingsOf = (token: Token) => (token.alt ? ([[token.stem, 1], [token.alt, PROCLITIC_QUALITY]] as const) : ([[token.stem, 1]] as const));

/**
 * A 3-letter word read as a proclitic and a 2-letter word the index has
 * (بحل → حل): too short to index that way, so it is tried only at query time,
 * against the article's own vocabulary.
 */
function shortProcliticMatches(index: PassageIndex, token: Token): MatchForm[] {
  if (token.norm.length !== 3 || !/^[وفبلك]/.test(token.norm)) return [];
  const rest = token.norm.slice(1);
  return index.stems.has(rest) ? [{ term: rest, on: 'stem', quality: PROCLITIC_QUALITY }] : [];
}

/** Quality of a match through a present tense behind the spoken future's هـ or حـ (هيوصلوا → يوصلوا). */
const SPOKEN_FUTURE_QUALITY = 0.9;

/**
 * A word the corpus lacks read as the spoken future (Egyptian هـ, Levantine
 * حـ) of a present tense: هيوصلوا، حيرجع، هتفتح. Not a word with a noun's
 * ending (هيمنة، حياتهم، هتافات), and only through the present's own family:
 * no typo or root guess stacked on this guess.
 */
function spokenFutureMatches(index: PassageIndex, token: Token): MatchForm[] {
  if (!/^[هح][يتن].{3,}$/.test(token.norm) || /(ه|ات|اته|اتها|اتهم|اتي|يه)$/.test(token.norm)) return [];
  const present = analyze(token.norm.slice(1), 0)[0];
  if (!present || present.stop) return [];
  return arabicForms(index, present, false)
    .filter((form) => form.quality >= DERIVATION_QUALITY * PROCLITIC_QUALITY)
    .map((form) => ({ ...form, quality: form.quality * SPOKEN_FUTURE_QUALITY }));
}

/**
 * Whether a candidate keeps the typed word's first letter (allowing one
 * letter added or dropped in front): people rarely mistype the first letter,
 * and a changed one usually makes another word (موقف/لوقف، مركز/بركز).
 */
const sameStart = (candidate: string, typed: string): boolean =>
  candidate[0] === typed[0] || candidate[1] === typed[0] || candidate[0] === typed[1];

/** How many look-ups each cache of forms keeps before it is emptied. */
const LOOKUPS_KEPT = 5000;

/**
 * The forms `find` gives for `key` on this index, remembered. Copies, since
 * callers may raise a form's quality in place.
 */
const remembered = (cache: Remembered<PassageIndex, MatchForm[]>, index: PassageIndex, key: string, find: () => MatchForm[]): MatchForm[] =>
  cache.get(index, key, find).map((form) => ({ ...form }));

/** Misspelling look-ups: a fuzzy search of the whole vocabulary is the costliest step of a question. */
const typoCache = new Remembered<PassageIndex, MatchForm[]>(LOOKUPS_KEPT);

/** {@link nearestWords}, remembered per index. */
const typoForms = (index: PassageIndex, token: Token): MatchForm[] => remembered(typoCache, index, `${token.norm} ${token.stem}`, () => nearestWords(index, token));

/** Nearest words of the index to a misspelled word, when it has no exact match. */
function nearestWords(index: PassageIndex, token: Token): MatchForm[] {
  const forms: MatchForm[] = [];
  if (token.stem.length < MIN_TYPO_STEM) return forms;
  const add = (term: string, quality: number) => {
    if (term.length >= MIN_TYPO_STEM) addForm(forms, { term, on: 'stem', quality });
  };
  const oneEdit = token.stem.length >= 5 ? TYPO_QUALITY.oneEdit : TYPO_QUALITY.shortWord;
  for (const [term] of index.stems.fuzzyGet(token.stem, 1)) if (sameStart(term, token.stem)) add(term, oneEdit);
  for (const [surface, [stem, distance]] of index.surfaces.fuzzyGet(token.norm, token.norm.length >= TWO_EDITS_SURFACE ? 2 : 1)) {
    if (!sameStart(surface, token.norm)) continue;
    // A long whole word one edit away is strong evidence even when its stem is short (للتسوبه → للتسويه → تسو).
    if (stem.length < MIN_TYPO_STEM && distance === 1 && token.norm.length >= 6) addForm(forms, { term: stem, on: 'stem', quality: oneEdit });
    else add(stem, distance === 1 ? oneEdit : TYPO_QUALITY.twoEdits);
  }
  for (const swapped of neighbourSwaps(token.norm)) {
    const stem = index.surfaces.get(swapped);
    if (stem) add(stem, TYPO_QUALITY.swap);
  }
  return forms;
}

/** Synonym look-ups: every question word the corpus has looks its near-synonyms up too (see PRESENT_SYNONYM_FACTOR). */
const synonymCache = new Remembered<PassageIndex, MatchForm[]>(LOOKUPS_KEPT);

/** {@link findSynonyms}, remembered per index. */
const lexiconMatches = (index: PassageIndex, token: Token): MatchForm[] =>
  remembered(synonymCache, index, `${token.stem} ${token.alt ?? ''}`, () => findSynonyms(index, token));

/** Near-synonyms of the word (and of its singular or plural) that the index has, also of its proclitic reading (لأسرة → أسرة → عائلة). */
function findSynonyms(index: PassageIndex, token: Token): MatchForm[] {
  const forms: MatchForm[] = [];
  for (const [stem, reading] of readingsOf(token)) {
    // The word as typed, its singular or plural, and its longer derivation forms (يطالب → طالب), each looked up in the
    // lexicon; 3-letter forms are too ambiguous to stand for a word (تقع → وقع would read "is located" as "signed"),
    // except a weak verb's (عزت → عزا ≈ أرجع; أُرجئت → ارج ≈ تأجيل), which is the same verb.
    const family = [...derivationForms(stem).filter((form) => form.length >= 4), ...weakForms(stem)];
    for (const related of new Set([stem, ...pluralForms(stem), ...family])) {
      for (const synonym of synonymForms(related)) {
        for (const variant of [synonym, ...pluralForms(synonym)]) {
          addIndexed(index, forms, variant, SYNONYM_QUALITY * reading);
          // The synonym's own derivation family (دعا → يدعون), weaker again.
          for (const form of derivationForms(variant)) {
            for (const term of index.derivations.get(form) ?? []) addForm(forms, { term, on: 'stem', quality: SYNONYM_QUALITY * DERIVATION_QUALITY * reading });
          }
        }
      }
    }
  }
  return forms;
}

/** Stems of the index in the same derivation family as the word (اصدر for صدر). */
function derivationMatches(index: PassageIndex, token: Token): MatchForm[] {
  const forms: MatchForm[] = [];
  // The word itself, and read as a proclitic + word (بانسحاب → انسحاب → انسحبت), a weaker guess.
  for (const [reading, quality] of readingsOf(token)) {
    for (const form of derivationForms(reading)) {
      for (const term of index.derivations.get(form) ?? []) addForm(forms, { term, on: 'stem', quality: DERIVATION_QUALITY * quality });
      for (const term of index.procliticDerivations.get(form) ?? []) addForm(forms, { term, on: 'alt', quality: DERIVATION_QUALITY * quality });
    }
  }
  return forms;
}

/**
 * How an Arabic word can match the index: its stem and proclitic reading,
 * its singular or plural, its verb or verbal noun, a verb's other tense
 * (a feminine past's present in ت too), a related derivation (weaker when
 * the word itself is there), and, only when the word is absent, the word
 * with a final hamza typed without it, the spoken word as typed, a
 * near-synonym and (when `typos` is set) the nearest misspelling, together;
 * else a short proclitic reading, else the spoken future of a present, and,
 * last, a word of the same root.
 */
function arabicForms(index: PassageIndex, token: Token, typos: boolean): MatchForm[] {
  const forms: MatchForm[] = [];
  const { stem, alt } = token;
  addIndexed(index, forms, stem, 1);
  if (alt && index.stems.has(alt)) addForm(forms, { term: alt, on: 'stem', quality: PROCLITIC_QUALITY });
  if (alt && index.procliticStems.has(alt)) addForm(forms, { term: alt, on: 'alt', quality: PROCLITIC_QUALITY });
  for (const plural of pluralForms(stem)) addIndexed(index, forms, plural, PLURAL_QUALITY);
  // People often leave out a final hamza, which the stem then reads as a suffix (الحدبا → حدب): a word the corpus lacks
  // is also read with it (بالحدبا → حدباء; not دعا, which the corpus has, as دعاء).
  const withHamza = token.norm.endsWith('ا') && !inCorpus(index, token) ? analyze(`${token.norm}ء`, 0)[0] : undefined;
  if (withHamza) addReadings(index, forms, withHamza, DROPPED_HAMZA_QUALITY);
  // Weaker relations are a fallback: they speak in full when the word itself is absent, or there only as a guess at a
  // proclitic (حضر in وحضر). The word's own family (انسحاب → انسحبت), its near-synonyms (انسحب ≈ خرج) and its
  // nearest misspellings (الزارعة → الزراعة) speak together, so that none hides another. The family and the
  // near-synonyms also speak when the word is there, weaker: the answer may use another form of it (صدر, أصدرت) or
  // another word for it (جُرح, أصاب).
  const absent = !forms.some((form) => form.on === 'stem' && form.quality >= PLURAL_QUALITY);
  // A spoken word read as a standard one the corpus lacks (مخطوف → مختطف) may be the article's own word as typed.
  const typed = absent && token.spoken !== undefined ? analyze(token.spoken, 0)[0] : undefined;
  if (typed && !typed.stop) addReadings(index, forms, typed, 1);
  if (absent) for (const form of [...derivationMatches(index, token), ...lexiconMatches(index, token), ...(typos ? typoForms(index, token) : [])]) addForm(forms, form);
  else {
    for (const form of derivationMatches(index, token)) addForm(forms, { ...form, quality: form.quality * PRESENT_FAMILY_FACTOR, sideForm: true });
    for (const form of lexiconMatches(index, token)) addForm(forms, { ...form, quality: form.quality * PRESENT_SYNONYM_FACTOR, sideForm: true });
  }
  // A verb and its verbal noun name one event (انسحب، انسحاب): each finds the other even when it is there itself.
  for (const term of index.derivations.get(eventStem(stem)) ?? []) {
    if (term !== stem && eventStem(term) === eventStem(stem)) addForm(forms, { term, on: 'stem', quality: EVENT_QUALITY });
  }
  // A word with the article is a noun, not a verb in some tense (الحدد is a typo of الحداد, not يحدد).
  for (const term of hasArticle(token.norm) ? [] : otherTense(stem)) addIndexed(index, forms, term, TENSE_QUALITY);
  // A feminine past (فرّقت، قصفت) has its present in ت (تفرّقهم، تقصف). The same letters are as often a noun of
  // another verb (دخلت / التدخل، قدمت / التقدم): where the word itself is in the corpus, only as a weaker side form.
  if (token.norm === `${stem}ت` && stem.length >= 3 && stem.length <= 4 && !/^[اي]/.test(stem)) {
    const present = `ت${stem}`;
    if (absent) addIndexed(index, forms, present, TENSE_QUALITY);
    else if (index.stems.has(present)) addForm(forms, { term: present, on: 'stem', quality: TENSE_QUALITY * PRESENT_FAMILY_FACTOR, sideForm: true });
  }
  if (forms.length === 0) forms.push(...shortProcliticMatches(index, token));
  if (forms.length === 0) forms.push(...spokenFutureMatches(index, token));
  // Last, the words of the same root (انكشفت → كشف، المتجمعين → تجمع), or of the proclitic reading's (بختام → ختم).
  if (forms.length === 0) {
    for (const [reading, quality] of readingsOf(token)) {
      const root = rootOf(reading);
      for (const term of (root && index.roots.get(root)) || []) addForm(forms, { term, on: 'stem', quality: ROOT_QUALITY * quality });
    }
  }
  return forms;
}

/** Hollow verbs of the أفعل form common in news, by their normalized active past (see otherTense). */
const HOLLOW_VERBS = new Set(
  'أعاد أقام أصاب أضاف أطاح أقال أفاد أشار أحال أجاب أراد أدار أغار أباح أتاح أزال أطال أنار أحاط أفاق أعان أجاز أذاع أضاء أباد أشاد أصاغ أدان أبان أقاد'
    .split(' ')
    .map(normalizeArabic),
);

/**
 * The same verb in the other tense, in the third person that stems share
 * (رفعوا → رفع ↔ يرفع، اجتمع ↔ يجتمع، يناقش → ناقش، بدأ → ستبدأ): one
 * verb, so each finds the other even when it is in the article itself. A
 * present only in ي: a ت before a noun makes another word (جار/تجار،
 * صريح/تصريح); the future has its س. The ا of a short word is often a
 * root letter (أمن is not يمن). A hollow أفعل verb's passive and present
 * meet its active past (أُعيد، يعيد → أعاد).
 */
function otherTense(stem: string): string[] {
  if (!/^[\u0621-\u064A]+$/.test(stem)) return [];
  // A hollow verb of the أفعل form: its passive past and its present keep ي where the active past has ا (أُعيد، يعيد →
  // أعاد; أُضيف → أضاف). Only the verbs listed: the shape is as often a noun (أمين، أسير، أكيد) or another verb (يطير),
  // and اCاC a noun (أمان، إطار) or a plural (آثار, which is why أثار is not listed).
  const hollow = /^[اي](.)ي(.)$/.exec(stem);
  const active = hollow ? `ا${hollow[1]}ا${hollow[2]}` : '';
  if (HOLLOW_VERBS.has(active)) return stem[0] === 'ا' ? [active, `ي${hollow![1]}ي${hollow![2]}`] : [stem.slice(1), `ا${stem.slice(1)}`, active];
  if (stem.length >= 4 && stem[0] === 'ي') return [stem.slice(1), `ا${stem.slice(1)}`];
  // The past's present and future (بدأ → يبدأ، ستبدأ، سيبدأ; اجتمع → يجتمع، سيجتمع).
  const present = stem[0] === 'ا' ? (stem.length >= 5 ? stem.slice(1) : null) : stem.length >= 3 && stem.length <= 4 ? stem : null;
  return present ? [`ي${present}`, `سي${present}`, `ست${present}`] : [];
}

/** Content words of each glossary translation, analyzed once: a translation serves every question that uses it. */
const translationWords = new Map<string, Token[]>();
function analyzedTranslation(arabic: string): Token[] {
  let words = translationWords.get(arabic);
  if (!words) translationWords.set(arabic, (words = analyze(arabic).filter((word) => !word.stop)));
  return words;
}

/**
 * How an English word of a question can match the Arabic index: through
 * each glossary translation (matched like an Arabic word, a little weaker),
 * or, for a name the glossary lacks, through its consonant skeleton. A
 * translation of several words (Hezbollah → حزب الله) is matched by its
 * rarest word in the corpus, so that الله alone does not stand for it; an
 * English phrase with such a translation is split into its words instead
 * (see resolveWords).
 */
function englishForms(index: PassageIndex, token: Token, name: boolean): { forms: MatchForm[]; questionVerb: boolean } {
  const forms: MatchForm[] = [];
  let questionVerb = false;
  // A word written as a name is not a misspelling of a glossary word (Miller is not killer).
  const translations = translateEnglish(token.norm, !name);
  for (const arabic of translations) {
    const words = analyzedTranslation(arabic);
    // A phrase the corpus does not hold whole is not there: المتحدة alone is not الأمم المتحدة.
    if (words.length > 1 && !words.every((word) => inCorpus(index, word))) continue;
    const frequency = (word: Token) => index.stems.get(word.stem) ?? index.procliticStems.get(word.stem) ?? 0;
    const rarest = words.reduce<Token | undefined>((a, b) => (a === undefined || frequency(b) < frequency(a) ? b : a), undefined);
    if (!rarest) continue;
    questionVerb ||= isQuestionVerb(rarest.stem);
    for (const form of arabicForms(index, rarest, false)) addForm(forms, { ...form, quality: form.quality * TRANSLATION_QUALITY.glossary });
  }
  // Only a word the glossary does not know is matched by its sound (a known name that is absent is absent:
  // Hamas ≠ حمص). A word written as a name may meet any word; one in lower case (chat: "what did haddad say")
  // only the article's names, since a common word would meet unrelated words (start ~ سيطرت).
  if (translations.length === 0) {
    for (const term of index.stemsWithSkeleton(latinSkeleton(token.norm), !name)) addForm(forms, { term, on: 'stem', quality: TRANSLATION_QUALITY.skeleton });
  }
  return { forms, questionVerb };
}

/** What a question says about one of its words, beyond the word itself. */
export interface WordRole {
  /**
   * The word is a name (a capitalised English word inside the question, or a known place name):
   * when the corpus lacks it, the article is not about it, so its absence
   * counts fully rather than as a possible paraphrase. (A name too short to
   * be matched by sound, like Issa for عيسى, is judged absent too: measured,
   * that costs less than letting "Tokyo" pass for a paraphrase.) Default false.
   */
  name?: boolean;
  /**
   * The word names the kind of thing asked for (كم دولة، في أي مدينة، which
   * hospital): the answer often gives instances instead (قطر والسعودية),
   * so the word weighs less. Default false.
   */
  answerType?: boolean;
}

/** A word's weight: the rarity of its commonest form (not counting side forms), lowered by its role (see WORD_WEIGHTS). */
function weigh(index: PassageIndex, forms: readonly MatchForm[], questionVerb: boolean, role: WordRole): number {
  const frequencies = forms.filter((form) => !form.sideForm).map((form) => (form.on === 'stem' ? index.stems.get(form.term) : index.procliticStems.get(form.term)) ?? 0);
  const rarity = index.idf(frequencies.length ? Math.max(...frequencies) : 0);
  return (
    rarity *
    (questionVerb ? WORD_WEIGHTS.questionVerb : 1) *
    (role.answerType && forms.length ? WORD_WEIGHTS.answerType : 1) *
    (forms.length || role.name ? 1 : WORD_WEIGHTS.missing) *
    (forms.length && forms.every((form) => form.quality < WORD_WEIGHTS.weakQuality) ? WORD_WEIGHTS.weak : 1)
  );
}

/** Resolves a question word against the index vocabulary. */
export function resolveWord(index: PassageIndex, token: Token, role: WordRole = {}): QueryWord {
  const english = isLatinWord(token.norm.split(' ')[0]!) ? englishForms(index, token, role.name ?? false) : null;
  const forms = english ? english.forms : arabicForms(index, token, true);
  const questionVerb = english ? english.questionVerb : isQuestionVerb(token.stem);
  return { token, forms, weight: weigh(index, forms, questionVerb, role) };
}

/**
 * The words a question word stands for: itself, or, for an English phrase
 * whose glossary translation is several words the corpus all has (health
 * minister → وزير الصحة، press conference → مؤتمر صحفي), each word of that
 * translation, so that a sentence must hold all of them: وزيرة الاقتصاد is
 * another minister. (A phrase whose translation is one word, take over →
 * سيطر, stays one word.)
 */
export function resolveWords(index: PassageIndex, token: Token, role: WordRole = {}): QueryWord[] {
  if (token.norm.includes(' ') && isLatinWord(token.norm.split(' ')[0]!)) {
    const translations = translateEnglish(token.norm).map(analyzedTranslation);
    const words = translations.find((translation) => translation.length > 1 && translation.every((word) => inCorpus(index, word)));
    if (words) {
      // A one-word translation stands for the whole phrase, so it may stand for its head (prison break → هروب من السجن,
      // فرار: فرار 17 سجينًا من سجن …).
      // Not a word of the phrase's own translation (interest rate → سعر الفائدة, فائدة), which then stands for both.
      const heads = translations
        .filter((translation) => translation.length === 1 && !words.some((word) => word.stem === translation[0]!.stem))
        .map((translation) => translation[0]!);
      return words.map((word, part) => {
        const forms = [word, ...(part === 0 ? heads : [])].flatMap((reading) => arabicForms(index, reading, false)).map((form) => ({ ...form, quality: form.quality * TRANSLATION_QUALITY.glossary }));
        return { token, forms, weight: weigh(index, forms, isQuestionVerb(word.stem), role), part };
      });
    }
  }
  return [resolveWord(index, token, role)];
}

/** Where a question word matches in a sentence: token positions with the match quality. */
export type Hits = Array<{ at: number; quality: number }>;

/** Positions (and qualities) of the tokens of a sentence that `word` matches; stopwords never match. */
export function matchHits(word: QueryWord, tokens: readonly Token[]): Hits {
  const hits: Hits = [];
  if (word.forms.length === 0) return hits;
  const { stem, alt } = formTables(word);
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    if (token.stop) continue;
    const quality = Math.max(stem.get(token.stem) ?? 0, token.alt === null ? 0 : (alt.get(token.alt) ?? 0));
    if (quality > 0) hits.push({ at, quality });
  }
  return hits;
}

/**
 * A word's forms as term → best quality, by what they match: built once per
 * word (its forms are fixed once resolved), since every sentence is matched
 * against it.
 */
const tables = new WeakMap<QueryWord, { stem: Map<string, number>; alt: Map<string, number> }>();
function formTables(word: QueryWord) {
  let table = tables.get(word);
  if (!table) {
    table = { stem: new Map(), alt: new Map() };
    for (const form of word.forms) {
      const map = form.on === 'stem' ? table.stem : table.alt;
      map.set(form.term, Math.max(map.get(form.term) ?? 0, form.quality));
    }
    tables.set(word, table);
  }
  return table;
}
