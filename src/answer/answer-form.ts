import type { Token } from '../arabic/analyze.js';
import { pluralForms } from '../arabic/lexicon.js';
import { hasArticle, lightStem } from '../arabic/stem.js';
import type { IndexedChunk } from '../search/passage-index.js';
import { isAgeOrdinal, timeGrain, type TimeGrain } from '../search/sentence-features.js';
import type { WithheldKind } from '../search/withheld.js';
import type { QuestionKind } from './question.js';

/**
 * The form of an answer: whether a sentence holds the kind of thing a
 * question asks for (a time for "when", a number near the counted words
 * for "how many", a name beside the office for "who is the head of"), and
 * whether it says the article does not tell it. The ranker (rank.ts)
 * weighs a sentence by it.
 */

/**
 * How far (in words) a number may stand from a word of the question to
 * count it: beside it (سجلت 40 إصابة جديدة), or at the end of the same
 * clause, which reaches it (ارتفع عدد ضحايا الزلزال الذي ضرب جنوب البلاد إلى 5000).
 */
export const COUNT_WINDOW = { beside: 4, reached: 12 };
/** Words after a number that make it an age (27 عامًا، 40 سنة). */
const AGE_UNIT = /^(عام|عاما|اعوام|عامين|سنه|سنوات|سنين|سنتين|years?)$/;
/** Whether the number at `at` is an age: 27 عامًا، في الستين من عمره، البالغ من العمر 27 عامًا، في السابعة من عمره، عمرها سبعة أشهر. */
export const isAge = (tokens: readonly Token[], at: number) =>
  AGE_UNIT.test(tokens[at + 1]?.norm ?? '') ||
  // عمرها سبعة أشهر، بعمر سبعة أشهر: a number right after "her age", "at the age of" (not after the name عمر).
  /^و?(بعمر|بالعمر|العمر|عمر(ه|ها|هم|هما))$/.test(tokens[at - 1]?.norm ?? '') || (tokens[at + 1]?.norm === 'من' && AGE_WORDS.test(tokens[at + 2]?.norm ?? '')) || isAgeOrdinal(tokens, at);
/** Words asking an age after كم (كم عمر، قديش عمره). */
export const AGE_WORDS = /^(ال)?(عمر|عمره|عمرها|عمرهم|سن|سنه)$/;

/** Words before a number that make it the total a clause reaches (إلى، بلغ). */
const REACHING = /^(الي|بلغ|بلغت|يبلغ|تبلغ|ليبلغ|لتبلغ|ليصل|لتصل)$/;
/** Words that make a number approximate (يبلغ نحو 340 ألفًا، إلى أكثر من 400): passed over when looking for what reaches it. */
const APPROXIMATE = /^(نحو|حوالي|قرابه|زهاء|ما|يقارب|اكثر|اقل|من)$/;

/** Whether the number at `at` is the total its clause reaches: after إلى or بلغ, past an approximation (بلغ نحو). */
export function isReached(tokens: readonly Token[], at: number): boolean {
  let before = at - 1;
  while (before > at - 4 && APPROXIMATE.test(tokens[before]?.norm ?? '')) before--;
  return REACHING.test(tokens[before]?.norm ?? '');
}

/** The sentence's text between two of its words. */
export const between = (entry: IndexedChunk, from: number, to: number) =>
  entry.chunk.text.slice(entry.tokens[from]!.end - entry.chunk.start, entry.tokens[to]!.start - entry.chunk.start);

/**
 * Whether a word of the article is a dual noun, which says "two" by itself:
 * a feminine dual (دولتين، محافظتان), or one in ين/ان of a noun whose plural
 * is broken (حزبين of حزب/أحزاب، يومين of يوم/أيام), where ين cannot be a
 * plural ending (مواطنين is). Only words the question matched are asked.
 */
export function isDual({ norm }: Token): boolean {
  const word = norm.replace(/^[وفبل]?(ال|لل)?/, '');
  const dual = /^(.{2,}?)(تين|تان|ين|ان)$/.exec(word);
  if (!dual) return false;
  if (dual[2]!.startsWith('ت')) return true;
  // Not the فاعل pattern (عاملين، زائرين), whose ين is the plural of the participle beside its broken plural (عمال);
  // a longer word with that ا is a noun (صاروخين of صاروخ/صواريخ), unless it is a nisba's plural (عالميين).
  const participle = dual[1]!.length === 4 && dual[1]![1] === 'ا';
  return !participle && !dual[1]!.endsWith('ي') && pluralForms(lightStem(dual[1]!)).size > 0;
}

/** Where evidence may stand in a sentence to answer this question: see scoreChunk (rank.ts). */
export interface Placement {
  /** A name stands beside the office or thing it names. */
  nearHead: (at: number) => boolean;
  /** The thing whose name is asked is a kind of place (ما اسم القرية): a place's name answers; for a person or ship it does not. */
  placeAsked: boolean;
  /**
   * The thing asked about stands indefinite, in construct, before a definite
   * word within three, with no comma or function word between, and that word
   * is a known place or name or no word of the lexicon, nor a time: the words
   * name it (محكمة جنايات الزهراء; not سفينة الشحن، سفينة الأسبوع الماضي).
   */
  constructName: boolean;
  /** A number counts what the question asks about. */
  counts: (at: number) => boolean;
  /** The counted noun stands in the dual, which says "two" by itself (حزبين، دولتين). */
  dual: boolean;
}

/**
 * Whether the time word at `at` places something by the asked event itself
 * (منذ إعلان القرار، بعد انتهاء الحرب): the sentence uses the event as a
 * reference point and does not say when it happened.
 */
export const placesByMatched = ({ features, tokens }: IndexedChunk, matched: readonly number[], at: number) => {
  if (!features.relativeTime.includes(at)) return false;
  // Past the function words of a clause (قبل أن تسلّم الحركة أسلحتها).
  let next = at + 1;
  while (tokens[next]?.stop) next++;
  return matched.includes(next);
};

/**
 * Whether a sentence has the form of an answer to this kind of question,
 * counting only evidence outside the words the question matched (a name the
 * question itself gives is not the name it asks for), a number only near
 * them, a name only beside the office asked about and, when the question
 * asks for precision, only precise evidence. Null when the kind has no form.
 */
export function answersKind(kind: QuestionKind, entry: IndexedChunk, matched: readonly number[], precise: boolean, placement: Placement): boolean | null {
  const { features } = entry;
  // "Exactly when / how many" is not answered by منذ أشهر or مئات.
  const isMatched = (at: number) => matched.includes(at);
  const isVague = (at: number) => precise && features.vague.includes(at);
  const outside = (positions: readonly number[]) => positions.some((at) => !isMatched(at) && !isVague(at));
  // "ما اسم قائد الجيش": a name answers only beside the one it names.
  if (kind === 'person') return features.person.some((at) => !isMatched(at) && placement.nearHead(at));
  if (kind === 'name' && placement.constructName) return true;
  if (kind === 'name') return features.name.some((at) => !isMatched(at) && (placement.placeAsked || !features.place.includes(at)) && placement.nearHead(at));
  if (kind === 'when') return outside(features.time.filter((at) => !placesByMatched(entry, matched, at)));
  // A number far from every word the question matched counts something else (مئات السجناء for كم عنصرًا انسحب).
  if (kind === 'how-many') return outside(features.quantity.filter(placement.counts)) || placement.dual;
  if (kind === 'why') return outside(features.reason);
  // Places are named in many ways (see missingPlaceFactor), so a sentence without one loses little.
  if (kind === 'where') return outside(features.place);
  // Bodies answer "who" as often as people do: a name only helps, its absence does not count against.
  if (kind === 'who') return outside(features.person) || null;
  return null;
}

/** The grains of time that give each asked one: a day by its name or date; a month by name or in a date; only a year the year. */
const DATES_TO: Record<AskedGrain, readonly TimeGrain[]> = { day: ['weekday', 'date'], month: ['date', 'month'], year: ['year'] };
/** How finely a question asks to be dated (see Question.timeUnit). */
export type AskedGrain = 'day' | 'month' | 'year';

/**
 * Whether the sentence dates as finely as asked (see Question.timeUnit),
 * with a time word outside the question's own words: 4 آذار or الثلاثاء
 * for "which day", only a year for "which year".
 */
export function datesTo({ tokens, features }: IndexedChunk, matched: readonly number[], grain: AskedGrain | 'any'): boolean {
  if (grain === 'any') return true;
  return features.time.some((at) => {
    const dated = timeGrain(tokens, at);
    return dated !== null && !matched.includes(at) && DATES_TO[grain].includes(dated);
  });
}

/**
 * What each kind of question asks that a withheld clause may leave untold.
 * "Who" asks for the party behind something (لم تعلن أي جهة مسؤوليتها), not
 * a name: "who said it" is answered by "a source who asked not to be named".
 * "Who is" asks the name too (Question.whoIs). A question with no question
 * word is mostly a yes or no (رح يقطعوا النت كمان بآب؟), which "whether" leaves untold.
 */
export const UNTOLD: Partial<Record<QuestionKind, WithheldKind>> = { who: 'party', when: 'when', where: 'where', 'how-many': 'how-many', why: 'why', how: 'how', 'yes-no': 'whether', other: 'whether', name: 'identity', person: 'identity', what: 'what' };

/** Whether a clause's kinds leave the asked thing untold: a name question is also left without an answer by an unnamed party. */
const leavesUntold = (kinds: readonly WithheldKind[], asked: WithheldKind) => kinds.includes(asked) || (asked === 'identity' && kinds.includes('party'));
/** How far before a withheld clause the thing it leaves unnamed may stand (أطرافًا خارجية لم تسمّها). */
const UNNAMED_BEFORE = 3;
/** How far before a withheld clause pointing back (موعدها، مكانه) the thing it points to may stand. */
const ANTECEDENT_BEFORE = 4;

/**
 * Whether a name's pronoun may point back to the thing asked about from
 * further off in the sentence (توقيف ثلاثة أشخاص … في تل الرمان، لكنها لم
 * تكشف هوياتهم): when no name follows that thing anywhere before the clause,
 * the sentence names nothing the pronoun could stand for (مدير المستشفى
 * الدكتور نزار … جثامين مسلحين لم يتسنَّ التعرف على هوياتهم has the
 * director's name; so does اعتقلت الناشط سامي يوسف … ناشطون آخرون … لم تكشف
 * هوياتهم, whose word comes back unnamed).
 */
function unnamedAntecedent(entry: IndexedChunk, asked: WithheldKind, matched: readonly number[], clauseAt: number): boolean {
  const before = matched.filter((at) => at < clauseAt);
  return asked === 'identity' && before.length > 0 && !before.some((at) => entry.features.name.some((name) => name > at && name - at <= NAME_WINDOW.after));
}

/**
 * Whether the sentence says the article does not tell what is asked
 * (`values`: where the thing whose value a "what" question asks stands):
 * "strongly" about a word of the question (لم تكشف عن عدد المخالفات for
 * "how many violations"; for "which", about the very thing to identify:
 * من دون أن تحدد المعبر، أطرافًا لم تسمّها), or "weakly" about the
 * sentence's own topic (من دون أن يحدد مكانه), which other evidence in the
 * sentence may still answer (في الأسابيع المقبلة، من دون أن تحدد موعدًا).
 */
export function withholds(
  entry: IndexedChunk,
  asked: WithheldKind | undefined,
  matched: readonly number[],
  identities: readonly number[],
  values: readonly number[] = [],
): 'strongly' | 'weakly' | false {
  let found: 'strongly' | 'weakly' | false = false;
  for (const clause of entry.features.withheld) {
    // The very thing whose value is asked is left undisclosed (من دون أن تكشف هويته أو جنسيته for ما جنسية القبطان).
    // So is a thing named right before a verb that carries it as its object (12 أجنبيًا من أربع جنسيات لم تسمّها for ما جنسياتهم).
    const objectBefore = clause.carriesObject && values.some((at) => at < clause.at && clause.at - at <= UNNAMED_BEFORE);
    if (objectBefore || clause.about.some((at) => values.includes(at))) return 'strongly';
    const unnamed = identities.some((at) => clause.about.includes(at) || (at < clause.at && clause.at - at <= UNNAMED_BEFORE));
    // The very thing to identify among what is not disclosed (لم يكشف حجم الشحنات ولا الدولة التي ستستورد منها) is untold
    // whatever else the clause names.
    const named = identities.some((at) => clause.about.includes(at));
    if (identities.length > 0 && unnamed && (clause.kinds.length === 0 || leavesUntold(clause.kinds, 'identity') || named)) return 'strongly';
    if (!asked || !leavesUntold(clause.kinds, asked)) continue;
    // About a word of the question, or right after one (في جلستهم الأولى، التي لم يحدد موعدها).
    if (clause.about.some((at) => matched.includes(at))) return 'strongly';
    if (clause.pointsBack && (matched.some((at) => at < clause.at && clause.at - at <= ANTECEDENT_BEFORE) || unnamedAntecedent(entry, asked, matched, clause.at))) return 'strongly';
    // "What" only of the thing itself: the results of a pronoun's referent are too loose a tie.
    if (clause.pointsBack && asked !== 'what') found = 'weakly';
  }
  return found;
}

/**
 * How far (in words) a name may stand from the office or thing it names:
 * after it (مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن) or, in
 * apposition, before it (فؤاد القاسمي، المدير العام السابق).
 */
export const NAME_WINDOW = { before: 3, after: 6 };
/** An office in the indefinite accusative (عُيّن جهاد العلي وزيرًا للتربية): "as minister", naming the one before it. */
export const isAccusativeOffice = (token: Token) => !hasArticle(token.norm) && /[^ا]ا$/.test(token.norm) && token.norm.length >= 4;
