import type { Token } from '../arabic/analyze.js';
import { normalizeArabic } from '../arabic/normalize.js';
import { derivationForms, hasArticle } from '../arabic/stem.js';
import { isOrdinaryWord, stemOf } from '../arabic/lexicon.js';
import { PLACES } from '../arabic/places.js';
import { FIRST_NAMES, HONORIFICS, OUTLET_STEMS } from '../attribution/lexicon.js';
import { withheldClauses, type WithheldClause } from './withheld.js';

/**
 * What kind of answer a sentence can give by its form, computed once at
 * index time: where it names a person, a time, a quantity … Each list
 * holds token positions, so that the ranker can tell evidence the question
 * itself supplies (the 2254 of "when was resolution 2254 adopted") from
 * evidence that answers it.
 */
export interface SentenceFeatures {
  /** A person's name (a known first name), which answers من/مين. */
  person: number[];
  /** A proper name of anything: a person's, a place's, or a word of a short quoted name (خطة «الجسر الوطني»). */
  name: number[];
  /**
   * Where something stands: a place name, a direction (جنوب العاصمة، شمالي
   * البلاد), nearness (قرب، ضواحي) or a kind of place (مدينة، بلدة، حي).
   */
  place: number[];
  /** The quoted name of a news outlet the sentence cites (لقناة «المشرق»): a source, not what the sentence tells. */
  outlet: number[];
  /** A cause or purpose: لأن، بسبب، نتيجة، بهدف، كي، an attribution (عزا … إلى، على خلفية), a result (نجم عن), or ل + a verbal noun (لكبح، لتمويل). */
  reason: number[];
  /** A day, month, time of day, year, or a temporal conjunction (بعد، منذ، خلال). */
  time: number[];
  /**
   * The time words that place by another event (منذ، بعد، قبل، خلال …):
   * منذ انتهاء الحرب tells when something happened after the war's end,
   * not when the war ended.
   */
  relativeTime: number[];
  /**
   * Something still to come: المقبل، القادم، غدًا، سوف, or a future tense
   * (ستعقد، سيصدر), told by its letters: the common nouns that begin alike
   * (سنوات، سياسة، سيارة، سيطرة، سندات) are left out, rarer ones may pass.
   * It only decides whether a question about the next one may be answered.
   */
  future: number[];
  /** A number, a number word (مئات، ثلاثة), or an enumeration of three or more coordinated words. */
  quantity: number[];
  /**
   * Times and quantities that do not pin one down: units, parts of the day,
   * spans and conjunctions (الأسبوع الماضي، مساءً، منذ أشهر، خلال) and round
   * plurals (مئات، آلاف، عشرات). They answer "when" and "how many", but not
   * "exactly when" or "exactly how many".
   */
  vague: number[];
  /** Clauses saying what the article does not tell (من دون أن يحدد مكانه): see withheld.ts. */
  withheld: WithheldClause[];
}

/** Days of the week (with their article), yesterday, today, tomorrow. */
const DAY_WORDS = 'السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه امس غدا اليوم';
/** Month names, both series. */
const MONTH_NAMES = 'يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر كانون شباط اذار نيسان ايار حزيران تموز ايلول تشرين';
/** Times that pin a day down: days and months (a year is found by form). */
const EXACT_TIME_WORDS = `${DAY_WORDS} ${MONTH_NAMES}`;
/** Times that place an event only roughly: parts of the day, units (الأسبوع الماضي), spans, seasons, conjunctions. */
const VAGUE_TIME_WORDS = `مساء صباح ليل ليلا فجر ظهر عصر يوم ساعه دقيقه دقايق ثانيه ثوان ثواني اسبوع شهر عام سنه ربيع صيف خريف شتاء
  منذ حين عندما بعد قبل اثناء خلال ايام ساعات اسابيع اشهر شهور سنوات اعوام قرن عشرينيات ثلاثينيات اربعينيات خمسينيات ستينيات سبعينيات ثمانينيات تسعينيات مءخرا موخرا قريبا لاحقا سابقا عشيه مطلع منتصف اواخر اوايل نهايه بدايه`;
const TIME_WORDS = new Set(`${EXACT_TIME_WORDS} ${VAGUE_TIME_WORDS}`.split(/\s+/));
const RELATIVE_TIME_WORDS = new Set('منذ حين عندما بعد قبل اثناء خلال'.split(' '));
const VAGUE_QUANTITY_WORDS = 'ميات مءات الاف الوف عشرات ملايين مليارات عدد عده بضع بضعه';
const NUMBER_WORDS = new Set(
  `الف الفين مليون مليار عشره عشر اثنان اثنين ثلاث ثلاثه اربع اربعه خمس خمسه ست سته سبع سبعه ثماني ثمانيه تسع تسعه مايه ميه نصف ربع ثلث
  عشرون عشرين ثلاثون ثلاثين اربعون اربعين خمسون خمسين ستون ستين سبعون سبعين ثمانون ثمانين تسعون تسعين
  ${VAGUE_QUANTITY_WORDS}`.split(/\s+/),
);
const VAGUE_WORDS = new Set(`${VAGUE_TIME_WORDS} ${VAGUE_QUANTITY_WORDS}`.split(/\s+/));
/** Words that say where: directions, nearness and kinds of place (their names are in places.ts). */
const LOCATIVE_WORDS = new Set(
  `شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي قرب بالقرب ضواحي ضاحيه ريف اطراف مشارف مدخل حدود حدودي
  مدينه مدينتي بلده بلدات قريه قري محافظه ولايه اقليم منطقه حي شارع مخيم ساحل جزيره
  امام داخل مبني مقر ساحه ميدان ملعب مطار ميناء معبر`.split(/\s+/),
);
/** Attached letters and the article, removed before looking a word up in the lists above. */
const ATTACHED = /^(وال|بال|فال|ال|و|ف|ب|ل)(?=..)/;

/** True for a word naming a time (السبت، مساء، أمس، يناير), with or without an attached letter or article. */
export function isTimeWord(norm: string): boolean {
  return TIME_WORDS.has(norm) || TIME_WORDS.has(norm.replace(ATTACHED, ''));
}

/**
 * A word and its singular when it is a dual or an oblique plural (أسبوعين →
 * أسبوع، ساعتين → ساعة، ملياري → مليار), or without the accusative alif
 * (شهرًا → شهر): number and time words in those forms count. Only these
 * endings are removed; a full stemmer would turn تسعى (seeks) into تسع
 * (nine) and العامة (public) into عام (year).
 */
function singulars(bare: string): string[] {
  // The accusative alif of an indefinite noun (شهرًا، يومًا، عامًا) after normalization drops the tanween.
  const forms = bare.length >= 4 && bare.endsWith('ا') ? [bare, bare.slice(0, -1)] : [bare];
  const dual = /^(.{3,})(ين|ان)$/.exec(bare);
  if (dual) forms.push(dual[1]!, dual[1]!.replace(/ت$/, 'ه'));
  if (bare.length >= 5 && bare.endsWith('ي')) forms.push(bare.slice(0, -1));
  return forms;
}

/** Single-word place names; those marked "*" are ordinary words without ال (قصير، رقة) and count only with it. */
const PLACE_LINES = PLACES.split('\n').map((line) => line.trim()).filter((line) => line && !line.replace(/ \*$/, '').includes(' '));
const PLACE_NAMES = new Set(PLACE_LINES.filter((line) => !line.endsWith('*')).map(normalizeArabic));
const DEFINITE_PLACES = new Set(PLACE_LINES.filter((line) => line.endsWith('*')).map((line) => normalizeArabic(line.slice(0, -2))));

/** True for a word naming a kind of place (شارع، مدينة، بالقرية) or a direction, with or without an attached letter or article. */
export function isLocativeWord(norm: string): boolean {
  return LOCATIVE_WORDS.has(norm) || LOCATIVE_WORDS.has(norm.replace(ATTACHED, ''));
}

/**
 * Whether a set holds the word, as written or behind one attached letter
 * (وقرية، بالرقة → قرية، الرقة; three letters must remain). As written first:
 * بلدة and ولاية begin with letters that are also attached ones.
 */
const holdsWord = (words: ReadonlySet<string>, norm: string) => words.has(norm) || (/^[وفبل].../.test(norm) && words.has(norm.slice(1)));

/** True for a place name, bare or behind attached letters and the article (بالدوحة، والرقة، للقصير). */
export function isPlaceName(norm: string): boolean {
  const definite = /^(و|ف|ب)?(ال|لل)(.{2,})$/.exec(norm);
  if (definite && (DEFINITE_PLACES.has(definite[3]!) || PLACE_NAMES.has(definite[3]!))) return true;
  return holdsWord(PLACE_NAMES, norm);
}

/** Kinds of place and state whose name follows them in construct (بلدة المنصورة، جمهورية كيلان، مخيم الصفصاف). */
const NAMED_PLACE_HEADS = new Set(
  'مدينه بلده قريه محافظه ولايه اقليم منطقه حي شارع مخيم جزيره ساحه ميدان مطار ميناء معبر جمهوريه مملكه اماره سلطنه دوله عاصمه'.split(' '),
);

/**
 * Positions of a place's name after an indefinite kind of place, in
 * construct: a definite word (بلدة المنصورة، مطار الزيتون), one word that
 * is no ordinary word (جمهورية كيلان, also before an adjective: جمهورية
 * كيلان المجاورة; not منطقة عسكرية), or an ordinary word and the definite
 * one it governs (مدينة رأس النخيل، محافظة وادي الغار).
 */
function constructPlaceNames(tokens: readonly Token[]): number[] {
  // Read once per sentence: learnPlaceNames reads every sentence of the corpus before the index reads each again.
  const known = constructed.get(tokens);
  if (known) return known;
  const positions: number[] = [];
  constructed.set(tokens, positions);
  tokens.forEach((token, at) => {
    if (!holdsWord(NAMED_PLACE_HEADS, token.norm)) return;
    const first = tokens[at + 1];
    // Not another kind of place or a direction (ملعب القرية، مدينة شمال البلاد): that says whose, not which. Nor a verb or
    // article behind و, which begins another clause (في 14 محافظة، وتستمر …), or a present tense (منطقة تشهد الاشتباكات).
    if (!first || first.stop || /^\d/.test(first.norm) || isLocativeWord(first.norm) || NAMED_PLACE_HEADS.has(first.norm.replace(ATTACHED, ''))) return;
    const second = tokens[at + 2];
    // A known place first (the lexicon's vocabulary is read on first use, which a corpus of known places need not pay).
    if (isPlaceName(first.norm)) positions.push(at + 1);
    else if (/^و([يتن]|ال)/.test(first.norm) || isPresentVerb(first)) return;
    else if (hasArticle(first.norm) || !isOrdinaryWord(first.stem)) positions.push(at + 1);
    // The name's second word has the article itself, not a preposition before it (مخيم ثان للنازحين), or is no ordinary
    // word (تل كيفان).
    else if (second && !second.stop && (/^ال/.test(second.norm) || isBareSecondName(second))) positions.push(at + 1, at + 2);
  });
  return positions;
}

const constructed = new WeakMap<readonly Token[], number[]>();

/**
 * A present tense (يضم، تستضيف، تشهد): ي and a stem, the ت of a derived form
 * (تستمر، تتخذ), or a ت whose stem without it is a word of the lexicon
 * (تشهد). A name in ت stays one (جمهورية تاران، مدينة تدمر، ولاية تنيسي);
 * one in ي only from the gazetteer (يبرود).
 */
const isPresentVerb = (token: Token) =>
  /^ي../.test(token.norm) || /^(تست|تت)/.test(token.norm) || (/^ت../.test(token.norm) && derivationForms(token.stem).some((form) => form !== token.stem && isOrdinaryWord(form)));

/** A second word of a name without the article (تل كيفان): no ordinary word, verb, number or word behind و (ساحة خلفية وتسلقوا). */
const isBareSecondName = (token: Token) =>
  !/^[و\d]/.test(token.norm) && !/وا$/.test(token.norm) && !isPresentVerb(token) && !isOrdinaryWord(token.stem);

/** Kinds of place named after people (شارع جمال عبد الناصر، مطار شارل ديغول): their names are no place names elsewhere. */
const NAMED_AFTER_PEOPLE = new Set(['شارع', 'مطار', 'ساحه', 'ميدان', 'جامعه', 'مستشفي']);

/**
 * Place names a corpus teaches: the one-word names without the article
 * that follow a kind of place or state in construct (جمهورية كيلان، بلدة
 * مرسانة), so that the bare name counts as a place wherever the corpus uses
 * it (وزير خارجية كيلان). Not a first name, nor a name after a kind of place
 * named after people (شارع جمال عبد الناصر).
 */
export function learnPlaceNames(sentences: Iterable<readonly Token[]>): ReadonlySet<string> {
  const learned = new Set<string>();
  for (const tokens of sentences) {
    const names = constructPlaceNames(tokens);
    const single = (at: number) =>
      !names.includes(at + 1) && !names.includes(at - 1) && !hasArticle(tokens[at]!.norm) && !FIRST_NAMES.has(tokens[at]!.norm) && !holdsWord(NAMED_AFTER_PEOPLE, tokens[at - 1]!.norm);
    // One word: of مدينة رأس النخيل, رأس alone is no name.
    for (const at of names) if (single(at)) learned.add(tokens[at]!.norm);
  }
  return learned;
}

/** Ordinals that give an age (في السابعة من عمره، في الرابعة والسادسة من العمر), feminine for the year implied. */
const AGE_ORDINALS = new Set('ثانيه ثالثه رابعه خامسه سادسه سابعه ثامنه تاسعه عاشره حاديه'.split(' '));
/** Words for one's age after من (من عمره، من العمر). */
const AGE_NOUN = /^(ال)?(عمر|عمره|عمرها|عمرهما|عمرهم)$/;

/**
 * Whether the ordinal at `at` gives an age: in السابعة من عمره, past a
 * second ordinal (في الرابعة والسادسة من العمر) or the tens of a compound
 * (الحادية عشرة), or with the tens after it (في الثالثة والستين).
 */
export function isAgeOrdinal(tokens: readonly Token[], at: number): boolean {
  const bare = (i: number) => tokens[i]?.norm.replace(ATTACHED, '') ?? '';
  if (!AGE_ORDINALS.has(bare(at))) return false;
  // في الثالثة والستين: an ordinal and the tens after it are an age by themselves, after في (not الذكرى الثالثة والستين).
  const tens = /^و(ال)?(عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)$/.test(tokens[at + 1]?.norm ?? '');
  if (tens) return /^(في|بلغ|عن)$/.test(tokens[at - 1]?.norm ?? '');
  let next = at + 1;
  while (next < at + 4 && (AGE_ORDINALS.has(bare(next)) || /^عشر/.test(bare(next)))) next++;
  return tokens[next]?.norm === 'من' && AGE_NOUN.test(tokens[next + 1]?.norm ?? '');
}

/** True for a number written in digits or words (12، ثلاث، ملياري), with or without an attached letter or article. */
export function isNumberWord(norm: string): boolean {
  return /^\d+$/.test(norm) || NUMBER_WORDS.has(norm) || singulars(norm.replace(ATTACHED, '')).some((form) => NUMBER_WORDS.has(form));
}

const isYear = (norm: string) => /^(1[89]|20)\d\d$/.test(norm);

/** A year named as one (عام 2019، بين عامي 2019 و2022): a time, not a quantity. `bare`: the words without attached letters. */
const YEAR_WORDS = new Set(['عام', 'عامي', 'سنه']);
const isDatedYear = (tokens: readonly Token[], bare: readonly string[], at: number) =>
  isYear(tokens[at]!.norm) && (YEAR_WORDS.has(bare[at - 1] ?? '') || YEAR_WORDS.has(bare[at - 2] ?? '') || isYear(tokens[at - 1]?.norm ?? ''));

/** الاثنين with the article is Monday (صباح الإثنين), a time; "two" is اثنان، اثنين without it. */
const isMonday = (norm: string) => /^[وفب]?الا?ثنين$/.test(norm);

/**
 * How finely a time word dates: a day by its name (الثلاثاء، أمس), a date
 * (4 آذار), a month (في حزيران) or a year (عام 2019).
 */
export type TimeGrain = 'weekday' | 'date' | 'month' | 'year';
/** Days of the week without their article, which they need to be days (الأحد Sunday, أحد "one"). */
const WEEKDAYS = new Set('سبت احد اثنين ثلاثاء اربعاء خميس جمعه'.split(' '));
const MONTHS = new Set(MONTH_NAMES.split(' '));

/**
 * Whether the word at `at` is the ordinal of a two-word month (تشرين الثاني،
 * كانون الأول): part of a date, not "the second" or "the first" of anything.
 */
export const isMonthOrdinal = (tokens: readonly Token[], at: number) =>
  /^(ال)?(اول|ثاني)$/.test(tokens[at]!.norm) && /^[وفبل]?(تشرين|كانون)$/.test(tokens[at - 1]?.norm ?? '');
/** A day of the month in digits (4 آذار، 28 آب). */
const isDayOfMonth = (norm: string | undefined) => /^([1-9]|[12]\d|3[01])$/.test(norm ?? '');

/** The day of a date (منذ 29 حزيران، 4 آذار، بين 29 و30 حزيران، من 29 إلى 30 حزيران): a time, not a quantity. */
function isDayOfDate(tokens: readonly Token[], at: number): boolean {
  if (at + 1 < tokens.length && timeGrain(tokens, at + 1) === 'date') return true;
  if (!isDayOfMonth(tokens[at]!.norm)) return false;
  // The first day of a span: the second day, with its month, right after it or past إلى، حتى، أو، و.
  const second = /^(الي|حتي|او|و)$/.test(tokens[at + 1]?.norm ?? '') ? at + 2 : at + 1;
  return second + 1 < tokens.length && timeGrain(tokens, second + 1) === 'date';
}

/** How finely the word at `at` dates something, or null for no date (مساء، منذ، خلال). */
export function timeGrain(tokens: readonly Token[], at: number): TimeGrain | null {
  const norm = tokens[at]!.norm;
  const weekday = /^[وفب]?ال(.+)$/.exec(norm);
  if ((weekday && WEEKDAYS.has(weekday[1]!)) || /^[وف]?(امس|غدا|اليوم)$/.test(norm)) return 'weekday';
  // (فبراير begins with ف: the name itself first, then behind an attached letter.)
  const month = MONTHS.has(norm) || (/^[وفبل]/.test(norm) && MONTHS.has(norm.slice(1))) || isDatedMonth(tokens, at);
  if (month) return isDayOfMonth(tokens[at - 1]?.norm) ? 'date' : 'month';
  return isYear(norm) ? 'year' : null;
}

/**
 * Month names that are also other words once normalized (آب August, أب
 * father): a month only after a day (28 آب) or a part of a month (مطلع آب،
 * منتصف آب، شهر آب).
 */
const DATED_MONTHS = new Set(['اب']);
const MONTH_PARTS = /^[وفبل]?(مطلع|منتصف|اواخر|اوايل|اواسط|نهايه|بدايه|شهر)$/;
const isDatedMonth = (tokens: readonly Token[], at: number) =>
  DATED_MONTHS.has(tokens[at]!.norm) && (isDayOfMonth(tokens[at - 1]?.norm) || MONTH_PARTS.test(tokens[at - 1]?.norm ?? ''));

/** Positions of the words of each run of three or more coordinated words (قطر والسعودية والأردن). */
function enumerations(tokens: readonly Token[]): number[] {
  const positions: number[] = [];
  let run = 0;
  tokens.forEach((token, at) => {
    run = !token.stop && token.norm.startsWith('و') ? run + 1 : 0;
    if (run === 3) positions.push(at - 2, at - 1, at);
    else if (run > 3) positions.push(at);
  });
  return positions;
}

const REASON_WORDS = new Set(
  `لان لانه لانها لانهم بسبب نتيجه بهدف لكي كي اجل جراء اثر نظرا لذلك ولذلك بفعل بداعي بحجه لاسباب ناجم ناجمه بغيه سعيا حرصا تفاديا منعا تجنبا
  خلفيه عزا عزت عزوا يعزو تعزو عزي يعزي ارجع ارجعت ارجعوا مرده مرجعا مرجعه
  احتجاجا حقنا حفاظا رغبه خوفا املا دعما تضامنا رفضا تعبيرا ردا استجابه تلبيه
  يهدف تهدف يهدفان تهدفان يفسر تفسر ريثما معتبرا معتبره`.split(/\s+/),
);
/** Verbs of resulting, a reason when عن follows (نجم الحريق عن تماس كهربائي، نتج عن); alone نجم is also a star. */
const RESULTING = /^(نجم|نجمت|ينجم|تنجم|نتج|نتجت|ينتج|تنتج|ناتج|ناتجه)$/;
const isResulting = (tokens: readonly Token[], bare: readonly string[], at: number) =>
  RESULTING.test(bare[at]!) && tokens.slice(at + 1, at + 4).some((next) => next.norm === 'عن');
/** Whether the word at `at` names a time: by the lists, in any of its singular forms (أسبوعين، يومًا), or as a date or year. `bare`: the words without attached letters. */
const isTimeAt = (tokens: readonly Token[], bare: readonly string[], at: number): boolean =>
  ((TIME_WORDS.has(tokens[at]!.norm) || singulars(bare[at]!).some((form) => TIME_WORDS.has(form))) && !informed(tokens, bare, at)) || timeGrain(tokens, at) !== null;
/**
 * مطلع opens a time (مطلع العام، مطلع آذار) only before one: مصدر مطلع على
 * المفاوضات، مصدر مطلع أن … is an informed source.
 */
const informed = (tokens: readonly Token[], bare: readonly string[], at: number) =>
  /^مطلع(ا|ه|ون|ين)?$/.test(bare[at]!) && !(tokens[at + 1] && (hasArticle(tokens[at + 1]!.norm) || isTimeAt(tokens, bare, at + 1)));

/**
 * بعد as "yet", no time: ending a clause (لم يبدأ بعد، لم يُحدد موعدها بعد)
 * or after a negated verb, before a function word (لم يبدأ بعد ولا يعرف
 * متى), where "after" would govern a noun.
 */
const isYet = (tokens: readonly Token[], at: number, breakAfter: (at: number) => boolean) => {
  if (tokens[at]!.norm !== 'بعد') return false;
  if (at === tokens.length - 1 || breakAfter(at)) return true;
  const negated = tokens.slice(Math.max(0, at - 3), at).some((token) => /^(لم|ولم|لما|ولما)$/.test(token.norm));
  return negated && (tokens[at + 1]!.stop || /^و/.test(tokens[at + 1]!.norm));
};

/** "It came after" (وجاءت الحملة بعد تأكيد إصابتين، جاء ذلك إثر): news's way of giving the cause of a step. */
const CAME = /^(جاء|جاءت|جاءا|ياتي|تاتي)$/;
const CAME_AFTER = /^(بعد|اثر|عقب|اعقاب|ردا|تتويجا)$/;
const cameAfter = (tokens: readonly Token[], bare: readonly string[], at: number) =>
  CAME.test(bare[at]!) &&
  tokens.slice(at + 1, at + 4).some((word, i) => {
    // Not after a span of time (جاء ذلك بعد يومين من الهجوم): that dates it.
    const next = tokens[at + 2 + i];
    const span = next && (isNumberWord(next.norm) || isTimeAt(tokens, bare, at + 2 + i));
    return CAME_AFTER.test(word.norm) && !span;
  });

/** ل + a verbal noun of the derived forms (لتمويل، لاستعادة، لاتخاذ), which states a purpose; not لحقوق or لوكالة. */
const isPurpose = (token: Token) => !token.stop && /^ل(ت|ا[^ل]|است)/.test(token.norm) && token.norm.length >= 5;

/** Words of something still to come (المقبل، غدًا، المزمع عقده). */
const FUTURE_WORDS = new Set('مقبل مقبله قادم قادمه غدا سوف قريبا لاحقا مزمع'.split(' '));
/**
 * "Scheduled", only as من المقرر أن (ومن المقرر أن يبدأ), and not what was to
 * be (وكان من المقرر أن يعقد … لكنه أرجئ), nor a rapporteur (المقرر الخاص).
 */
const scheduled = (tokens: readonly Token[], at: number) =>
  /^[وف]?من$/.test(tokens[at - 1]?.norm ?? '') && !/^[وف]?(كان|كانت)$/.test(tokens[at - 2]?.norm ?? '');
/** Common words that begin like a future tense (سنوات، سياسة، سيارة، سيطرت), by light stem. */
const NOT_FUTURE = new Set(
  'سنوات سنه سنتين سنين سنوي سنويا سياسه سياسي سياسات سياره سيارات سياده سيطره سيطرت سيدات سيده سيناء سيول ستين ستون ستار ستاد سندات سينما سنغافوره'
    .split(' ')
    .map(stemOf),
);
/** Whether the word at `at` speaks of something to come (`bare`: the word without its article). */
export function isFuture(tokens: readonly Token[], at: number, bare: string): boolean {
  const token = tokens[at]!;
  return (
    FUTURE_WORDS.has(bare) ||
    (bare === 'مقرر' && scheduled(tokens, at)) ||
    (/^[وف]?س[يتن].{3,}$/.test(token.norm) && !NOT_FUTURE.has(token.stem) && !NOT_FUTURE.has(token.alt ?? ''))
  );
}

const positionsWhere = (tokens: readonly Token[], test: (token: Token, at: number) => boolean) =>
  tokens.flatMap((token, at) => (test(token, at) ? [at] : []));
/** Positions found by several tests, each once, in order. */
const union = (...lists: number[][]) => [...new Set(lists.flat())].sort((a, b) => a - b);

const isOutletNoun = (token: Token | undefined) => !!token && (OUTLET_STEMS.has(token.stem) || (token.alt !== null && OUTLET_STEMS.has(token.alt)));

/**
 * Whether a word right after an outlet noun names the outlet without quotes
 * (لوكالة رويترز، لموقع أكسيوس): not a function word, a number, a definite
 * word (وكالة الأنباء الرسمية) or a nisba adjective (صحيفة محلية، وكالة روسية;
 * so a name in ي is missed).
 */
const isBareOutletName = (token: Token) => !token.stop && !hasArticle(token.norm) && !/^\d/.test(token.norm) && !/(ي|يه)$/.test(token.norm);
/** Nouns that complete an outlet noun, as part of its name, before the name proper (وكالة أنباء نوران، وكالة أنباء الشرق الأوسط). */
const OUTLET_KINDS = /^(انباء|اخبار)$/;

/** Positions of the words of names right after an outlet noun: quoted (لوكالة «فرانس برس») or one bare word (لوكالة رويترز). */
function outletNames(tokens: readonly Token[], quoted: (token: Token) => boolean): number[] {
  const positions: number[] = [];
  tokens.forEach((token, at) => {
    const afterOutlet = isOutletNoun(tokens[at - 1]) || (OUTLET_KINDS.test(tokens[at - 1]?.norm ?? '') && isOutletNoun(tokens[at - 2]));
    const bareName = afterOutlet && !quoted(token) && (OUTLET_KINDS.test(token.norm) || isBareOutletName(token));
    if ((quoted(token) && (afterOutlet || positions.includes(at - 1))) || bareName) positions.push(at);
  });
  return positions;
}

/** See sentenceFeatures. */
export interface SentenceContext {
  firstNames?: ReadonlySet<string>;
  placeNames?: ReadonlySet<string>;
  quoted?: (token: Token) => boolean;
  breakAfter?: (at: number) => boolean;
}

/**
 * @param tokens the analyzed sentence
 * @param context what the sentence's own words do not tell:
 *   - firstNames: normalized first names, which mark a person (default: none)
 *   - placeNames: place names the corpus teaches (see learnPlaceNames; default: none)
 *   - quoted: whether a token stands inside a short quoted name (default: none does)
 *   - breakAfter: whether a clause break (comma, semicolon, colon) follows the token at a position (default: none does)
 */
export function sentenceFeatures(tokens: readonly Token[], context: SentenceContext = {}): SentenceFeatures {
  const { firstNames = new Set<string>(), placeNames = new Set<string>(), quoted = () => false, breakAfter = () => false } = context;
  const bare = tokens.map((token) => token.norm.replace(ATTACHED, ''));
  // A function word is never a name: normalization makes على (on) look like علي (Ali).
  // A title or rank is followed by a name, known or not (العقيد ماهر السعدي، الدكتورة سوزان ميلر).
  const titled = (at: number) => at > 0 && HONORIFICS.has(tokens[at - 1]!.norm) && !hasArticle(tokens[at]!.norm);
  // So is a kunya's second word, known or not (أبو البراء، وأبو سامر), but not a place's (أبو ظبي).
  const kunya = (at: number) => at > 0 && bare[at - 1] === 'ابو' && !isPlaceName(tokens[at]!.norm);
  const person = positionsWhere(tokens, (token, at) => !token.stop && (firstNames.has(token.norm) || titled(at) || kunya(at)));
  const places = union(positionsWhere(tokens, (token) => !token.stop && (isPlaceName(token.norm) || holdsWord(placeNames, token.norm))), constructPlaceNames(tokens));
  const outlet = outletNames(tokens, quoted);
  return {
    person,
    name: union(person, places, positionsWhere(tokens, (token) => !token.stop && quoted(token)), outlet),
    // An outlet's name is no place, whatever its words (صحيفة «الميدان»، صحيفة واشنطن بوست); after قناة a bare one is a
    // canal's (قناة بنما), a quoted one a channel's (قناة «الجزيرة»).
    place: union(places, positionsWhere(tokens, (token) => isLocativeWord(token.norm))).filter(
      (at) => !outlet.includes(at) || (!quoted(tokens[at]!) && /^[وفبل]?قناه$/.test(tokens[at - 1]?.norm ?? '')),
    ),
    outlet,
    reason: positionsWhere(tokens, (token, at) => REASON_WORDS.has(token.norm) || REASON_WORDS.has(bare[at]!) || isPurpose(token) || isResulting(tokens, bare, at) || cameAfter(tokens, bare, at)),
    time: positionsWhere(tokens, (_, at) => isTimeAt(tokens, bare, at) && !isYet(tokens, at, breakAfter)),
    relativeTime: positionsWhere(tokens, (token, at) => RELATIVE_TIME_WORDS.has(token.norm) || RELATIVE_TIME_WORDS.has(bare[at]!)),
    future: positionsWhere(tokens, (_, at) => isFuture(tokens, at, bare[at]!)),
    quantity: union(
      positionsWhere(tokens, (token, at) => (isNumberWord(token.norm) && !isDatedYear(tokens, bare, at) && !isDayOfDate(tokens, at) && !isMonday(token.norm)) || isAgeOrdinal(tokens, at)),
      enumerations(tokens),
    ),
    vague: positionsWhere(tokens, (token, at) => singulars(bare[at]!).some((form) => VAGUE_WORDS.has(form)) || VAGUE_WORDS.has(token.norm)),
    withheld: withheldClauses(tokens, breakAfter),
  };
}
