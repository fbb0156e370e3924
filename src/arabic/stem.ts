/**
 * A light Arabic stemmer in the family of Larkey, Ballesteros & Connell's
 * light10 ("Light Stemming for Arabic Information Retrieval"), with guards
 * measured on news text (see ../shared/notes/arabic-search.md):
 *
 * - only the definite article and its combinations are removed as prefixes;
 *   a bare و/ف/ب/ل/ك is never stripped here (وزارة must not become زار), the
 *   analyzer tries that as a separate, weaker variant instead;
 * - the dual suffix ان is not removed (لبنان must not become لبن, بيان not بي),
 *   nor the اء of the فعلاء plural (خبراء must not become خبر, news; the
 *   lexicon relates it to its singular خبير instead);
 * - a suffix is removed only while at least 3 letters remain.
 *
 * Input must already be normalized with {@link normalizeArabic}.
 */

/** Definite-article prefixes, longest first. */
const ARTICLE_PREFIXES = ['وبال', 'وكال', 'فبال', 'ولل', 'فلل', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال'];

/**
 * Suffixes, tried once each in this order. Pronoun suffixes come before the
 * tanween alef and the plural endings so that سلامتها and انسحبوا lose the
 * right ending first. The final ت is the feminine past (سيطرت → سيطر, which
 * then meets السيطرة); a root ت (ثابت → ثاب) is cut alike wherever it occurs.
 */
const SUFFIXES = ['ها', 'هم', 'هن', 'وا', 'ا', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي', 'ت'];

/** Pronoun suffixes after which a ta (the ta marbuta of a noun) is dropped: حكومتها → حكوم. */
const PRONOUN_SUFFIXES = new Set(['ها', 'هم', 'هن']);

/** Pronoun suffixes a verb takes as its object. */
const OBJECT_PRONOUNS = new Set([...PRONOUN_SUFFIXES, 'ه']);

/** Words that only look like article + stem + suffix, and month names that look like plurals (كانون → كان، تشرين): left whole. */
const PROTECTED = new Set(['الله', 'اللهم', 'الا', 'الي', 'الذي', 'التي', 'الان', 'كانون', 'تشرين']);

const MIN_STEM = 3;

/** Whether a normalized word carries the definite article, bare or behind و ف ب ك (الحدود، والحدود، للحدود، كالعادة). */
export const hasArticle = (norm: string): boolean => /^[وفبك]?(ال|لل)/.test(norm);

function stripArticle(word: string): string {
  for (const prefix of ARTICLE_PREFIXES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 2) {
      const rest = word.slice(prefix.length);
      // الالتزام and التزام must meet: both lose a leading ال once more.
      return rest.startsWith('ال') && rest.length >= 5 ? rest.slice(2) : rest;
    }
  }
  return word;
}

function stripSuffixes(word: string): string {
  let stem = word;
  const removed: string[] = [];
  for (const suffix of SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= MIN_STEM) {
      stem = stem.slice(0, -suffix.length);
      removed.push(suffix);
      const nounTa = stem.endsWith('ت') && !stem.endsWith('ات') && stem.length > MIN_STEM;
      if (PRONOUN_SUFFIXES.has(suffix) && nounTa) stem = stem.slice(0, -1);
    }
  }
  // A past plural before an object pronoun drops its alef (اعتقلوه، وقفوهم): its و goes with the pronoun.
  if (removed.some((suffix) => OBJECT_PRONOUNS.has(suffix)) && stem.endsWith('و') && stem.length - 1 >= MIN_STEM) stem = stem.slice(0, -1);
  // The dual of a feminine nisba adjective (رئيسيتين، محليتين) loses its ي too, as the singular (الرئيسية → رييس) does.
  if (removed.includes('ين') && removed.at(-1) === 'ت' && stem.endsWith('ي') && stem.length - 1 >= MIN_STEM) stem = stem.slice(0, -1);
  return stem;
}

/** Light stem of one normalized Arabic word; other scripts pass through unchanged. */
export function lightStem(word: string): string {
  if (PROTECTED.has(word) || !/^[\u0621-\u064A]+$/.test(word)) return word;
  // Behind one attached letter too (وكانون، بتشرين): the rest stays whole.
  if (/^[وفبلك]/.test(word) && PROTECTED.has(word.slice(1)) && word.slice(1).length >= 4) return word;
  return stripSuffixes(stripArticle(word));
}

/** Letters that can stand alone before a word as a conjunction or preposition. */
const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

/**
 * The stem of a word read as a proclitic (و ف ب ل ك) plus a word, or null
 * when that reading is implausible (too short a word, or a remainder of
 * fewer than 3 letters). Used as a weaker alternative, never instead of
 * {@link lightStem}: وزارة stems to وزار, and زار is only a guess.
 */
export function procliticStem(word: string): string | null {
  if (word.length < 4 || !PROCLITICS.has(word[0]!)) return null;
  const rest = word.slice(1);
  if (!/^[\u0621-\u064A]+$/.test(rest)) return null;
  const stem = lightStem(rest);
  return stem.length >= MIN_STEM ? stem : null;
}

/** Letters that begin derived verb and noun forms (أفعل، تفاعل، يفعل، نفعل). */
const DERIVATION_PREFIXES = new Set(['ا', 'ت', 'ي', 'ن']);

/**
 * The verb stem of a verbal noun of the derived forms (انسحاب → انسحب،
 * اجتماع → اجتمع، استخدام → استخدم), or null. Not a present tense: يحتاج is
 * not a verbal noun, and must not meet احتج.
 */
function verbOfNoun(stem: string): string | null {
  return stem.length >= 5 && stem[0] !== 'ي' && 'اي'.includes(stem.at(-2)!) ? stem.slice(0, -2) + stem.at(-1)! : null;
}

/**
 * The event a stem names, the same for a verb and its verbal noun of the
 * forms that begin with alef (انسحب، انسحاب → انسحب؛ اجتماع، استخدام،
 * إعلان). Not the تفعيل nouns: توقيع (signing) is not توقع (expected).
 */
export function eventStem(stem: string): string {
  return (stem[0] === 'ا' && verbOfNoun(stem)) || stem;
}

/**
 * The feminine past of a verb whose last root letter is weak drops that
 * letter (نفت، دعت، عزت of نفى، دعا، عزا): the verb with either ending, or
 * nothing for other stems.
 */
function weakVerbForms(stem: string): string[] {
  return stem.length === 3 && stem[2] === 'ت' && !'اوي'.includes(stem[1]!) && !COMMON_NOUNS_IN_T.has(stem) ? [`${stem.slice(0, 2)}ا`, `${stem.slice(0, 2)}ي`] : [];
}
/**
 * A verb of the أفعل, استفعل or افتعل form whose last root letter is a hamza
 * or weak keeps it as ي once normalized (أُرجئت → ارجي، أُخليت → اخلي،
 * استُدعيت → استدعي، اشتُريت → اشتري) where its other forms lose it (أرجأ →
 * ارج، أخلى → اخل): the form without it, or nothing. Only that shape: nouns
 * whose ة the stemmer took end in ا or ي too (امرأة → امرا، تثبيت → تثبي),
 * and are no such verb.
 */
function weakEndingForms(stem: string): string[] {
  return /^(ا..|است..|ا.ت.)ي$/.test(stem) ? [stem.slice(0, -1)] : [];
}

/**
 * The other forms of a verb whose last root letter is weak (see
 * weakVerbForms, weakEndingForms): short as they may be, the same verb.
 */
export const weakForms = (stem: string): string[] => [...weakVerbForms(stem), ...weakEndingForms(stem)];

/** Common nouns of that shape, which are no verb: بنت (girl, not بنى), وقت (time, not وقى), سبت, صمت, نبت. */
const COMMON_NOUNS_IN_T = new Set(['بنت', 'وقت', 'سبت', 'صمت', 'نبت']);

/**
 * The forms under which two stems of one derivation family can meet:
 * the stem itself; for stems of 4+ letters, the stem without a leading
 * ا ت ي ن (اصدر/صدر, يناقش/ناقش, تعلن/اعلن); for the فاعل pattern, the
 * three root letters (واقع → وقع); and for a 3-letter present tense of a
 * root beginning with و, that root (تقع → وقع); and for a verbal noun
 * whose long vowel stands before the last letter, the verb (انسحاب →
 * انسحب، اجتماع → اجتمع، إعلان → أعلن، تأكيد → أكد); and for a future tense,
 * its present (ستطرح → تطرح → طرح); for a verbal noun in اء, its verb
 * (انتهاء → انته، the stem of انتهى); for the participle of a derived
 * verb, its past (متابع → تابع، منسحب → انسحب، مستمر → استمر); for the
 * feminine past of a weak verb, its other forms (see weakVerbForms). Two words
 * are related when their forms intersect; a passive فوعل meets its active
 * فاعل (صودر → صادر). A last resort, weaker than a shared stem.
 */
export function derivationForms(stem: string): string[] {
  if (!/^[\u0621-\u064A]+$/.test(stem)) return [stem];
  const forms = new Set([stem]);
  // The future س before a present tense (ستطرح، سيعقد) reads as the present itself.
  if (stem.length >= 5 && stem[0] === 'س' && DERIVATION_PREFIXES.has(stem[1]!)) return [...new Set([stem, ...derivationForms(stem.slice(1))])];
  const verbalNoun = verbOfNoun(stem);
  for (const form of verbalNoun ? [stem, verbalNoun] : [stem]) {
    forms.add(form);
    if (form.length >= 4 && DERIVATION_PREFIXES.has(form[0]!)) forms.add(form.slice(1));
  }
  // The verbal noun of an أفعل verb whose root begins with و, which turns to ي (إيقاف، إيضاح → أوقف، أوضح → وقف، وضح).
  const assimilated = verbalNoun && /^اي(..)$/.exec(verbalNoun);
  if (assimilated) forms.add(`و${assimilated[1]}`).add(`او${assimilated[1]}`);
  if (stem.length === 4 && stem[1] === 'ا') forms.add(stem[0]! + stem.slice(2));
  // The passive of a فاعل verb turns its ا to و (صودرت، نوقش، عولج، شوهد): the active past it meets. Not a مفعل noun (مورد، موعد).
  if (stem.length === 4 && stem[1] === 'و' && stem[0] !== 'م') forms.add(`${stem[0]}ا${stem.slice(2)}`);
  // A verbal noun in اء (انتهاء، اعتداء): the stem its verb has (انتهى → انته). Not for 3-letter remainders,
  // which are فعلاء plurals as often (خبراء is not خبر).
  if (stem.length >= 6 && stem.endsWith('اء')) forms.add(stem.slice(0, -2));
  if (stem.length === 3 && (stem[0] === 'ي' || stem[0] === 'ت')) forms.add(`و${stem.slice(1)}`);
  for (const form of weakForms(stem)) forms.add(form);
  // The participle of a derived verb (متابع، منسحب، مستمر): its past, with or without the alef (تابع، انسحب، استمر).
  // Not مفاعل, which is as often a broken plural (مناطق is not ناطق).
  if (stem.length >= 5 && /^(مت|مست|من(?!ا))/.test(stem)) forms.add(stem.slice(1)).add(`ا${stem.slice(1)}`);
  // The participle of a فاعل verb (محاصر، مقاتل، معارض) meets its present (يحاصر، تحاصر، يقاتل، يعارض), not its past:
  // the same shape is a broken plural as often, and its past would be another noun (مناطق/ناطق، مصادر/صادر). Common
  // plurals and offices whose present is another verb are left out (مصادر/يصادر، محافظ/يحافظ).
  if (/^م.ا..$/.test(stem) && !NOT_PARTICIPLES.has(stem)) forms.add(`ي${stem.slice(1)}`);
  if (/^[تن].ا..$/.test(stem)) forms.add(`ي${stem.slice(1)}`);
  return [...forms];
}

/** Words of the participle's shape that news uses as plurals or offices, not as a فاعل verb's participle. */
const NOT_PARTICIPLES = new Set('مصادر مصالح منازل مكاتب مقابل محافظ مجالس مدارس مراكز مناطق مساجد مخازن مصارف معابر مقاعد مواقع مراحل مسارح'.split(' '));

/** Prefixes of derived forms, longest first: استفعل، انفعل، افتعل، مفعل، تفعل، يفعل، نفعل، أفعل. */
const ROOT_PREFIXES = ['مست', 'است', 'مت', 'ان', 'م', 'ت', 'ي', 'ن', 'ا'];

/**
 * A guess at the three-letter root of a stem (انكشف → كشف، المتجمعين →
 * جمع، اجتماع → جمع، محاكمة → حكم), or null when none is plain: one
 * derivational prefix, the ت of the افتعل form, then long vowels inside
 * the word. Words of one root are often related in meaning but not always
 * (مشترك subscriber, شركة company), so a root match is the weakest of all.
 */
export function rootOf(stem: string): string | null {
  if (!/^[\u0621-\u064A]+$/.test(stem)) return null;
  let word = stem;
  const prefix = ROOT_PREFIXES.find((candidate) => word.startsWith(candidate) && word.length - candidate.length >= 3);
  if (prefix) word = word.slice(prefix.length);
  // The ت of افتعل (اجتمع، مجتمع، يجتمع), which follows a prefix; in a bare word it is the root's (قتال is not قال).
  if (prefix && word.length >= 4 && word[1] === 'ت') word = word[0] + word.slice(2);
  while (word.length > 3) {
    const vowel = [...word].findIndex((letter, i) => i > 0 && 'اوي'.includes(letter));
    if (vowel < 0) break;
    word = word.slice(0, vowel) + word.slice(vowel + 1);
  }
  return word.length === 3 ? word : null;
}
