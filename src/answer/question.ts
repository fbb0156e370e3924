import { analyze, type Token } from '../arabic/analyze.js';
import { englishPhrase, isLatinWord, longestPhrase, translateEnglish } from '../arabic/english.js';
import { hasArabic } from '../arabic/normalize.js';
import { isQuestionVerb } from '../arabic/lexicon.js';
import { PRECISION_WORDS, QUESTION_STOPWORDS } from '../arabic/stopwords.js';
import { isNumberWord } from '../search/sentence-features.js';
import { hasArticle } from '../arabic/stem.js';
import type { AskedGrain } from './answer-form.js';
import { parseWhoSaid, type WhoSaidQuestion } from './who-said.js';

/**
 * What a question asks for, read from its question word. 'name' asks for a
 * name (ما اسم الخطة) and 'person' for a person's name: of the one holding
 * an office (من هو رئيس …، ما اسم رئيس …) or of "the person who …" (ما اسم
 * الشخص الذي …). Only a sentence that gives one can answer them, unlike
 * 'who' (من أعلن …), which a body or a description answers as well.
 */
export type QuestionKind = 'who' | 'name' | 'person' | 'when' | 'where' | 'how-many' | 'why' | 'how' | 'yes-no' | 'what' | 'other';

export interface Question {
  text: string;
  /** Every word, stopwords marked with the question stopword list. */
  tokens: Token[];
  /** Words that carry the question's topic. */
  content: Token[];
  /** Content words written as names: capitalised English words after the first word ("in Tokyo"). */
  names: ReadonlySet<Token>;
  /** The question asks for precision (بالضبط، تحديدا، exactly): a round figure or a vague time does not answer it. */
  precise: boolean;
  /** The question asks about something still to come (الاجتماع المقبل، the next meeting): a past event does not answer it. */
  upcoming: boolean;
  /**
   * The unit of time a "when" question asks (في أي يوم، بأي سنة، what date)
   * and how finely a time must date to give it: a sentence dating the event
   * by its day (فجر الثلاثاء 4 آذار) seldom repeats the word يوم. Null for
   * the hour (أي ساعة), which only a time of day with the word ساعة gives.
   */
  timeUnit: { token: Token; grain: AskedGrain | 'any' } | null;
  /** Content words that name the kind of thing asked for: the noun after كم، أي، which (كم دولة، في أي مدينة). */
  answerTypes: ReadonlySet<Token>;
  /**
   * Content words naming things whose identity is asked: the noun after أي
   * and which (أي مدينة، which parties), not after كم (كم دولة), and the
   * definite noun after مين / ايش (مين الحزبين، ايش البنوك).
   */
  identityTypes: ReadonlySet<Token>;
  /**
   * "Who is" (من هو، مين هي، من هم; also "who is the source": مين المصدر
   * اللي حكى، من المسؤول الذي، see SOURCE_NOUNS): the question asks who
   * someone is, which "a member who asked not to be named" does not tell;
   * plain "who" (من قال، مين اعتقل) asks who did something, which it does.
   */
  whoIs: boolean;
  kind: QuestionKind;
  /**
   * For "what", the noun whose value is asked, right after the question word
   * (ما جنسية القبطان، شو نوع الأسلحة، ما هي قيمة الصفقة): a sentence
   * saying it was not disclosed (من دون أن تكشف هويته أو جنسيته) does not
   * answer. Null for other kinds, after ماذا, and when a verb follows (ما
   * الذي قدمته، شو قال الوزير).
   */
  valueAsked: Token | null;
  /**
   * For "what did X say" (وش قال رئيس الوزراء عن …, what did the envoy say
   * about …), the tokens of X: a sentence that names neither X nor, in the
   * sentence before it, someone it goes on quoting, tells what another said.
   */
  speaker: ReadonlySet<Token>;
  /** The question read as a who-said question, or null (see parseWhoSaid). */
  said: WhoSaidQuestion | null;
  /** Language to answer in: Arabic when the question has an Arabic letter. */
  language: 'ar' | 'en';
}

/** Spoken "how many / how much" (Levantine قديش، Egyptian كام، Iraqi شكد، Maghrebi شحال، قداش), normalized. */
const HOW_MANY_WORDS = 'كم قديش كام شكد اشكد شكثر شقد اديش بيش شحال بشحال قداش قداه'.split(' ');

/**
 * Question words (normalized) → kind; the first one found in the first three
 * words decides, else a later one (see kindOf). Besides standard Arabic and
 * English: Levantine, Egyptian, Gulf, Iraqi (شكد، شوكت، منو، شنو، اشلون) and
 * Maghrebi (شكون، وقتاش، علاش، كيفاش، فاين، اشنو) forms.
 */
const KINDS: Record<string, QuestionKind> = {
  من: 'who', ممن: 'who', مين: 'who', منو: 'who', منهو: 'who', شكون: 'who', اشكون: 'who', who: 'who', whom: 'who',
  متي: 'when', امتي: 'when', ايمتي: 'when', ايمتا: 'when', امتا: 'when', وقتاش: 'when', فوقاش: 'when', وقتيش: 'when', وقتاه: 'when', ايحين: 'when', شوكت: 'when', when: 'when',
  اين: 'where', وين: 'where', فين: 'where', فاين: 'where', منين: 'where', where: 'where',
  // "To where", "until when": ل before these two is never "for" (لوين راحوا، لامتى رح تضل، لحد امتى).
  لوين: 'where', لفين: 'where', لاين: 'where', لمتي: 'when', لامتي: 'when', لايمتي: 'when',
  ...Object.fromEntries(HOW_MANY_WORDS.map((word) => [word, 'how-many' as const])),
  many: 'how-many', much: 'how-many', 'how old': 'how-many',
  لماذا: 'why', لم: 'why', ليش: 'why', ليه: 'why', علاش: 'why', علاه: 'why', لويش: 'why', لمه: 'why', why: 'why',
  كيف: 'how', ازاي: 'how', كيفاش: 'how', كيفاه: 'how', شلون: 'how', اشلون: 'how', how: 'how',
  هل: 'yes-no', did: 'yes-no', does: 'yes-no', is: 'yes-no', are: 'yes-no',
  ما: 'what', ماذا: 'what', شو: 'what', ايش: 'what', ايه: 'what', شنو: 'what', اشنو: 'what', شنهو: 'what', شنوه: 'what', شنيه: 'what', شنيا: 'what',
  اشنوه: 'what', اشنيه: 'what', اش: 'what', اشمن: 'what', شمن: 'what', وش: 'what', ويش: 'what', what: 'what', which: 'what',
};

/**
 * The kind a question word asks, also behind an attached و ف ب for the
 * words that take one (بكم، بكام، ومتى، وهل; not ل: لكم is "for you"; not اش or
 * أين: واش، باين are words of their own).
 */
const kindWord = (norm: string): QuestionKind | undefined =>
  KINDS[norm] ?? (/^[وفب]/.test(norm) && TAKES_ATTACHED.has(norm.slice(1)) ? KINDS[norm.slice(1)] : undefined);
const TAKES_ATTACHED = new Set(['كم', 'كام', 'قديش', 'متي', 'امتي', 'هل', 'من', 'ما', 'ماذا', 'مين', 'شو', 'ليش', 'لماذا', 'كيف']);

/** Question words followed by the kind of thing they ask for (كم دولة، بأي مدينة، which hospital, how many countries). */
const IDENTITY_ASKERS = new Set(['اي', 'باي', 'فاي', 'لاي', 'ياتو', 'بيا', 'which']);
const TYPE_ASKERS = new Set([...HOW_MANY_WORDS, 'many', 'much', ...IDENTITY_ASKERS]);

/** Pronouns that make "who" ask who someone is (من هو، مين هي، منو هم), and stand between "what" and its topic (ما هي جنسية). */
const COPULAS = new Set(['هو', 'هي', 'هم', 'هما']);
/** The same for "who" in English: who is / who are asks a name (not who was, often a passive: who was killed). */
const WHO_IS = new Set([...COPULAS, 'is', 'are']);
/**
 * Nouns of a source left unnamed (مين المصدر اللي حكى لصحيفة الرائد، من
 * المسؤول الذي …): "who is that source" asks the name the article withholds.
 */
const SOURCE_NOUNS = /^(مصدر|مصادر|مسوول|مسوولون|مسوولين|دبلوماسي|دبلوماسيون|دبلوماسيين|شاهد|شهود)$/;
/**
 * The question asks who that source is: the noun with its article right
 * after the question word (not شاهد, "saw", nor المسؤول عن, "responsible
 * for": من المسؤول عن الهجوم asks who did it).
 */
const asksSource = (tokens: readonly Token[]) => /^ال/.test(tokens[1]?.norm ?? '') && SOURCE_NOUNS.test(bare(tokens[1])) && tokens[2]?.norm !== 'عن';

/** The spoken "how much": Egyptian قد إيه, Gulf وش كثر (the "what" at `at`). */
const spokenHowMuch = (tokens: readonly Token[], at: number) => tokens[at - 1]?.norm === 'قد' || tokens[at + 1]?.norm === 'كثر';

/** Nouns of a measure, which after "what" ask for a number (ما عدد، ما حجم الخسائر، ما قيمة الصفقة، ما نسبة المشاركة). */
const MEASURE_NOUNS = /^(عدد|حجم|قيمه|نسبه|مقدار|كميه|مبلغ|حصيله|عمر|number|amount|size|percentage|toll)$/;

/**
 * The unit of time asked by the question word at `index` (بأي سنة، في أي
 * يوم، which year, what date), past a request for precision (what exact
 * date), or undefined.
 */
function askedUnit(tokens: readonly Token[], index: number): Token | undefined {
  const asker = tokens[index]!.norm;
  const unit = tokens.slice(index + 1).find((next) => !PRECISION_WORDS.has(next.norm));
  const noun = bare(unit);
  if (IDENTITY_ASKERS.has(asker) && /^(سنه|عام|يوم|شهر|تاريخ|ساعه|وقت)$/.test(noun)) return unit;
  if (/^(which|what)$/.test(asker) && /^(year|day|date|month|time|hour)$/.test(noun)) return unit;
  // What is the (new) date …: past the copula, the article and a word of which one (not "what happened on the day").
  if (asker === 'what') {
    const named = tokens.slice(index + 1).find((next) => !/^(is|was|are|were|will|be|the|a)$/.test(next.norm) && !PRECISION_WORDS.has(next.norm) && !WHICH_ONE.test(next.norm));
    return named && /^(year|day|date|month)$/.test(named.norm) ? named : undefined;
  }
  return undefined;
}

/** English words telling which date is meant (the new date, the next day), between "what" and the unit. */
const WHICH_ONE = /^(new|next|last|first|final|planned|expected|scheduled|original)$/;

/** How finely each unit of time asks to be dated (in يوم، date a day; in وقت، time any exact time will do). */
const GRAINS: Record<string, AskedGrain | 'any'> = { يوم: 'day', تاريخ: 'day', day: 'day', date: 'day', شهر: 'month', month: 'month', سنه: 'year', عام: 'year', year: 'year', وقت: 'any', time: 'any' };

/**
 * الساعة كام، كم الساعة: "what time", the hour asked by a how-many word
 * beside it (كم ساعة, without the article, counts hours). Not "so far"
 * (حتى الساعة، لحد الساعة كم واحد اتصاب).
 */
const clockAsked = (tokens: readonly Token[]) =>
  tokens.some(
    (token, i) =>
      token.norm === 'الساعه' && !/^(حتي|لحد|لغايه|الي|لحتي)$/.test(tokens[i - 1]?.norm ?? '') && [tokens[i - 1], tokens[i + 1]].some((next) => KINDS[next?.norm ?? ''] === 'how-many'),
  );

/** The unit of time the question asks, with its grain (see Question.timeUnit). */
function timeUnitOf(tokens: readonly Token[]): Question['timeUnit'] {
  for (let i = 0; i < tokens.length; i++) {
    const unit = askedUnit(tokens, i);
    const grain = GRAINS[bare(unit)];
    if (unit && !unit.stop && grain) return { token: unit, grain };
  }
  return null;
}

/** Nouns that only say "the number of" (كم عدد …). */
const COUNT_NOUNS = new Set(['عدد', 'اعداد', 'number', 'numbers']);
/**
 * Whether a word of a how-many question only says "the number of" (كم عدد
 * الجرحى، ما عدد، how many … the number): it restates what is asked, so it
 * weighs as the kind of thing asked for does (an answer may say ارتفع عدد
 * القتلى, but عددهم elsewhere is no evidence of the topic).
 */
export const isCountNoun = (question: Question, token: Token) =>
  question.kind === 'how-many' && [token.norm, token.stem, token.alt ?? ''].some((form) => COUNT_NOUNS.has(form));
/** A number between the asker and its noun (which two parties, أي ثلاث محافظات، أي واحدة من) is not the kind of thing asked for. */
const isCount = (norm: string) =>
  COUNT_NOUNS.has(norm) || isNumberWord(norm) || /^(واحد|واحده|one|two|three|four|five|six|seven|eight|nine|ten)$/.test(norm);

/** Nouns of office: "من رئيس الحزب؟" asks who holds it, by name. */
const OFFICES = new Set(
  `رييس رييسه قايد زعيم مدير مديره وزير وزيره امين متحدث ناطق محافظ سفير نقيب مدرب نايب مستشار حاكم ملك امير عمده وكيل وكيله مرشح مرشحه
  head leader chief president minister director spokesman spokeswoman spokesperson governor chairman ambassador commander mayor secretary candidate`.split(/\s+/),
);
/** Words asking for a name: اسم (also its dual اسما، اسمي), with a pronoun (وزير الصحة اسمه إيه) or the spoken ش of "what" (شسمه), and English. */
const NAME_WORDS = new Set(['اسم', 'اسماء', 'اسما', 'اسمي', 'اسمه', 'اسمها', 'اسمهم', 'اساميهم', 'شسم', 'شسمه', 'شسمها', 'شسمهم', 'name', 'names']);
/** Nouns that only say "a person" (ما اسم الشخص الذي …): the name asked for is a person's. */
const PERSON_NOUNS = new Set(['شخص', 'رجل', 'سيده', 'امراه', 'person', 'man', 'woman']);

/** Words of "the next one" (المقبل، القادمة، الجاي after dialect reading, next, upcoming). */
const UPCOMING = /^(ال)?(مقبل|مقبله|قادم|قادمه)$|^(next|upcoming)$/;

/**
 * Whether the question asks about something still to come: a word of "the
 * next one", but not "next to", nor in a question about the past ("when did
 * the next convoy arrive").
 */
function isUpcoming(tokens: readonly Token[]): boolean {
  const past = tokens.some((token) => /^(did|was|were|had)$/.test(token.norm));
  return !past && tokens.some((token, i) => UPCOMING.test(token.norm) && tokens[i + 1]?.norm !== 'to');
}

/** A word without its article (الرئيس → رئيس), for the lists above. */
const bare = (token: Token | undefined) => (token?.norm ?? '').replace(/^ال/, '');
/** An office noun, or an English phrase ending in one (prime minister, interior minister). */
const isOffice = (token: Token | undefined) => OFFICES.has(bare(token)) || OFFICES.has(bare(token).split(' ').at(-1)!);

/**
 * Question words before a name word that ask something else about the name (لماذا لم تُذكر أسماء الشهود، متى تغيّر
 * اسم الشارع، كم اسم ورد في القائمة). "Whether" does ask the name: هل كُشف اسم المتهم is answered by the name or its withholding.
 */
const ASKS_OTHER = /^(how-many|why|when|where|how)$/;

/**
 * The words that frame a name question: اسم of ما اسم …, names of "what
 * are the names of" or of "what is the captain's name", and a "person" noun
 * after it (ما اسم الشخص الذي …).
 * None after a question word asking something else (see ASKS_OTHER).
 */
function nameFrame(tokens: readonly Token[]): Token[] {
  const at = tokens.slice(0, 4).findIndex((token) => NAME_WORDS.has(bare(token)));
  if (at < 0) {
    // What is the spokesman's name: English may name the name last.
    const what = tokens.findIndex((token) => token.norm === 'what');
    const english = what >= 0 ? englishValueAsked(tokens.slice(what + 1)) : null;
    return english && NAME_WORDS.has(english.norm) ? [english] : [];
  }
  if (tokens.slice(0, at).some((token) => ASKS_OTHER.test(kindWord(token.norm) ?? ''))) return [];
  const next = tokens.slice(at + 1).find((token) => !token.stop);
  return PERSON_NOUNS.has(bare(next)) ? [tokens[at]!, next!] : [tokens[at]!];
}

/** After "how": a time (how long, how soon) or a size (how far, how big), which the answer gives in a number or a time. */
const HOW_TIMES = /^(long|soon|often)$/;
const HOW_SIZES = /^(far|big|large|high|deep|tall)$/;
const HOW_MEASURES = new RegExp(`${HOW_TIMES.source}|${HOW_SIZES.source}`);

/** Words after which من means "from" or "among", not "who": a question word of place, time or number, أي, ضمن, بين. */
const FROM_WHAT = /^(ضمن|بين|اي|متي|امتي|كم|قديش|كام|وين|اين|فين|منين)$/;

/** The question without its copula and relatives (من هو، مين اللي), which stand between the question word and its topic. */
const withoutCopula = (tokens: readonly Token[]) => tokens.filter((token) => !/^(هو|هي|اللي|الذي)$/.test(token.norm));

/** @param frame the question's name frame (see nameFrame) */
function kindOf(tokens: readonly Token[], frame: readonly Token[]): QuestionKind {
  const first = tokens.slice(0, 3);
  const words = withoutCopula(tokens);
  // ما اسم …، شو أسماء …; ما اسم رئيس الحزب and ما اسم الشخص الذي … ask for a person's name.
  if (frame.length > 1) return 'person';
  if (frame.length === 1) {
    // The office after the name word (ما اسم رئيس …) or, in spoken order, before it (وزير الصحة اسمه إيه).
    const at = tokens.indexOf(frame[0]!);
    const office = isOffice(tokens.slice(at + 1).find((token) => !token.stop)) || isOffice(tokens.slice(0, at).find((token) => !token.stop));
    return office ? 'person' : 'name';
  }
  // من هو رئيس …، مين قائد …، who is the head of …: who holds an office, asked by name.
  if (KINDS[words[0]?.norm ?? ''] === 'who' && isOffice(tokens.find((token) => !token.stop))) return 'person';
  // من وين، من أين: "from where".
  if (first[0]?.norm === 'من' && KINDS[first[1]?.norm ?? ''] === 'where') return 'where';
  if (clockAsked(tokens)) return 'when';
  for (const [index, token] of first.entries()) {
    // من ضمن، من بين: "among", not "who"; من أي، من متى، من كم، من وين: "from which / since when / from how many / from where".
    if (token.norm === 'من' && FROM_WHAT.test(tokens[index + 1]?.norm ?? '')) continue;
    // بأي سنة، في أي يوم: "which year" asks when.
    if (askedUnit(tokens, index)) return 'when';
    const kind = kindWord(token.norm);
    if (kind === 'how' && KINDS[tokens[index + 1]?.norm ?? ''] === 'how-many') return 'how-many';
    // how long, how soon: a duration or a time.
    if (kind === 'how' && HOW_TIMES.test(tokens[index + 1]?.norm ?? '')) return 'when';
    // how far, how big, how large: a distance or a size, told by a number ("how old" is a glossary phrase, asked above).
    if (kind === 'how' && HOW_SIZES.test(tokens[index + 1]?.norm ?? '')) return 'how-many';
    // ما عدد، ما حجم، ما قيمة، ما نسبة: "what is the number of" asks how many; so do the spoken قد إيه and وش كثر.
    if (kind === 'what' && MEASURE_NOUNS.test(bare(tokens.slice(index + 1).find((later) => !later.stop)))) return 'how-many';
    if (kind === 'what' && spokenHowMuch(tokens, index)) return 'how-many';
    // بسبب إيش، جراء ماذا: "because of what" asks why (not بسبب ما حدث، "because of what happened").
    if (kind === 'what' && /^(بسبب|جراء|لسبب)$/.test(tokens[index - 1]?.norm ?? '') && (token.norm !== 'ما' || index === tokens.length - 1)) return 'why';
    if (kind) return kind;
  }
  // Spoken questions often end with their question word (الاتحاد أعلن القرار ده امتى، هي لازم ترجع كام فلوس).
  // Words that are also prepositions, negations or auxiliaries (من، ما، لم، هل، is) are only read in front.
  const later = tokens.slice(3).find((token, i) => !AMBIGUOUS_LATER.has(token.norm) && !(token.norm === 'كم' && /^(قبل|بعد)$/.test(tokens[i + 2]?.norm ?? '')) && kindWord(token.norm));
  return later ? kindWord(later.norm)! : 'other';
}

/**
 * Question words that elsewhere in a sentence are mostly something else: من
 * from, ما and لم not, منو from him, ليه to him, is / did … auxiliaries (and
 * كم after قبل or بعد: a few days ago).
 */
const AMBIGUOUS_LATER = new Set(['من', 'ما', 'لم', 'هل', 'مما', 'ممن', 'منو', 'ليه', 'is', 'are', 'did', 'does', 'much', 'many', 'which', 'what', 'who', 'how']);

/**
 * Words that only look like content: the word after the vocative يا names
 * whom the asker addresses (يا شباب، يا جماعة), not what they ask about; the
 * واحد of قديش واحد stands for whoever is counted, and الواحد after a noun
 * for each one of it in a how-much question (للمصاب الواحد); the Egyptian
 * زي says "like" (صوت زي جبل); the بلغ of كم بلغ only frames "how much";
 * the "won" of "won't" is a contraction, not the past of win; the "well" of
 * "as well (as)" is not a water well; the كثر of وش كثر only asks "how much";
 * the راح of راح تكلف is the future's رح (see willGo).
 */
function dropNonTopics(tokens: Token[]): Token[] {
  const addressee = (i: number) => i > 0 && tokens[i - 1]!.norm === 'يا';
  // قديش واحد، شحال من واحد: "how many people", the واحد a placeholder for whoever is counted.
  const countedOne = (i: number) => {
    const before = tokens[i - 1]?.norm === 'من' ? tokens[i - 2] : tokens[i - 1];
    return tokens[i]!.norm === 'واحد' && kindWord(before?.norm ?? '') === 'how-many';
  };
  const contraction = (i: number) => tokens[i]!.norm === 'won' && tokens[i + 1]?.norm === 't';
  // وش كثر (Gulf "how much"), after any "what" as kindOf reads it: كثر frames the question; elsewhere it is the verb "increased".
  const howMuch = (i: number) => tokens[i]!.norm === 'كثر' && kindWord(tokens[i - 1]?.norm ?? '') === 'what';
  const asWell = (i: number) => tokens[i]!.norm === 'well' && tokens[i - 1]?.norm === 'as';
  // كم بلغ، كم يبلغ عدد: "how much does it come to" frames the question like كم itself.
  const amounts = (i: number) => AMOUNTS_TO.test(tokens[i]!.norm) && kindWord(tokens[i - 1]?.norm ?? '') === 'how-many';
  // كم سعر الجرعة الواحدة، كام للمصاب الواحد: in a how-much question, "each one" of the noun before it. The answer
  // says لكل مصاب or للجرعة, rarely الواحدة again. Elsewhere الواحد may be part of a term (الحزب الواحد، الدولة الواحدة).
  const howMany = tokens.some((token) => kindWord(token.norm) === 'how-many');
  const single = (i: number) => howMany && /^(الواحد|الواحده)$/.test(tokens[i]!.norm) && i > 0 && hasArticle(tokens[i - 1]!.norm);
  // The Egyptian زي (like) before a word without the article or ما، كده (صوت زي جبل، زي ما هي); زي الفرقة is a uniform.
  const like = (i: number) => tokens[i]!.norm === 'زي' && i > 0 && tokens[i + 1] !== undefined && (/^(ما|كده|كدا|ده|دي|اللي)$/.test(tokens[i + 1]!.norm) || !hasArticle(tokens[i + 1]!.norm));
  // how big, how far, how long: the measure asked for (see kindOf), which the answer gives as a number, not a topic.
  const measure = (i: number) => HOW_MEASURES.test(tokens[i]!.norm) && tokens[i - 1]?.norm === 'how';
  return tokens.map((token, i) =>
    !token.stop && (addressee(i) || countedOne(i) || single(i) || amounts(i) || like(i) || contraction(i) || asWell(i) || howMuch(i) || measure(i) || translatesToFunctionWords(token)) ? { ...token, stop: true } : token,
  ).map((token, i) => (willGo(tokens, i) ? { ...token, norm: 'رح', stem: 'رح', alt: null, stop: true } : token));
}

/** The Levantine and Iraqi راح before a present tense is the future's رح (شكد راح تكلف), not "went". */
const willGo = (tokens: readonly Token[], i: number) => {
  const next = tokens[i + 1]?.spoken ?? tokens[i + 1]?.norm ?? '';
  return tokens[i]!.spoken === 'راح' && /^ب?[يتن].{2,}$/.test(next) && !hasArticle(next);
};

/** An English word the glossary renders only by Arabic function words (ago: منذ، قبل; else: غير) is one itself. */
function translatesToFunctionWords(token: Token): boolean {
  if (!isLatinWord(token.norm)) return false;
  const translations = translateEnglish(token.norm, false);
  return translations.length > 0 && translations.every((arabic) => analyze(arabic, 0, QUESTION_STOPWORDS).every((word) => word.stop));
}

/**
 * Neighbouring English words that the glossary knows as one phrase
 * ("security council", "took over", "united arab emirates") become one
 * word, translated whole; the longest phrase wins.
 */
function joinEnglishPhrases(tokens: Token[]): Token[] {
  const joined: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let phrase: { norm: string; length: number } | null = null;
    // Only from an English word: an Arabic question never loads the glossary.
    const longest = isLatinWord(tokens[i]!.norm) ? longestPhrase() : 1;
    for (let length = Math.min(longest, tokens.length - i); length >= 2 && !phrase; length--) {
      const words = tokens.slice(i, i + length);
      if (!words.every((token) => isLatinWord(token.norm))) continue;
      const norm = englishPhrase(words.map((token) => token.norm));
      if (norm) phrase = { norm, length };
    }
    if (phrase) {
      joined.push({ start: tokens[i]!.start, end: tokens[i + phrase.length - 1]!.end, norm: phrase.norm, stem: phrase.norm, alt: null, stop: false });
      i += phrase.length - 1;
    } else joined.push(tokens[i]!);
  }
  return joined;
}

/**
 * Capitalised English words after the first word: names ("in Tokyo"). In a
 * question written in Title Case or capitals, capitals say nothing, so no
 * word is taken for a name.
 */
function nameWords(text: string, tokens: readonly Token[], content: readonly Token[]): Set<Token> {
  const capitalised = (token: Token) => /^[A-Z]/.test(text.slice(token.start, token.end));
  const latin = tokens.slice(1).filter((token) => isLatinWord(token.norm.split(' ')[0]!));
  if (latin.length >= 3 && latin.filter(capitalised).length / latin.length >= 0.6) return new Set();
  return new Set(content.filter((token) => token !== tokens[0] && isLatinWord(token.norm) && capitalised(token)));
}

/**
 * The words naming the kind of thing asked for: the first content word after
 * كم، أي، which, how many, past a count noun or a number (كم عدد الدول →
 * الدول، which two parties → parties) and past names (how many Hezbollah
 * fighters → fighters).
 */
function answerTypeWords(tokens: readonly Token[], names: ReadonlySet<Token>, askers: ReadonlySet<string>): Token[] {
  const types: Token[] = [];
  tokens.forEach((token, i) => {
    // Also behind an attached و ف ب, as kindWord reads the kind (بكم متراً).
    const asker = askers.has(token.norm) || (/^[وفب]/.test(token.norm) && TAKES_ATTACHED.has(token.norm.slice(1)) && askers.has(token.norm.slice(1)));
    if (!asker) return;
    // A verb right after كم names no kind of thing (see looksLikeVerb), بلغ neither though it is no topic (كم يبلغ العجز).
    if (AMOUNTS_TO.test(tokens[i + 1]?.norm ?? '')) return;
    const type = tokens.slice(i + 1).find((next) => !next.stop && !isCount(next.norm) && !names.has(next));
    if (type && !looksLikeVerb(type.norm)) types.push(type);
  });
  return types;
}

/** بلغ after كم: "how much does it come to" (كم بلغت الخسائر، كم يبلغ عدد). */
const AMOUNTS_TO = /^(بلغ|بلغت|يبلغ|تبلغ)$/;

/**
 * A verb right after كم (قديش طلبوا، كم دفعت): the question asks how much
 * was done, and names no kind of thing. Told by form: a past in وا (not the
 * accusative عضوا) or in the feminine ت (not the plural ات, nor the وت of
 * بيوت), or a present in ي (كم يبلغ), unless it carries the accusative alif
 * that a counted noun takes (كم يوما); a word of three letters is a noun as
 * often (صوت، وقت), also with the article (الوقت; but ألغت، التهمت, whose
 * أ normalizes to ا, are verbs).
 */
const looksLikeVerb = (norm: string) =>
  /^[\u0621-\u064A]+$/.test(norm) && norm.length >= 4 && ((/[^او]ت$/.test(norm) && !/^ال.{3}$/.test(norm)) || /^.{3,}وا$/.test(norm) || /^ي.{2,}[^ا]$/.test(norm));

/**
 * In "ما اسم رئيس الحزب" the word اسم only says a name is wanted, which the
 * kind already says; as a topic it would match باسم (on behalf of) or
 * "name" anywhere. The frames (see nameFrame, reasonFrame) are dropped;
 * later uses stay.
 */
function dropFrame(tokens: Token[], frame: readonly Token[]): Token[] {
  return tokens.map((token) => (frame.includes(token) ? { ...token, stop: true } : token));
}

/** Kinds of things known by their names: places, states, parties, companies (ما الولايات، شو الدول، ما الأحزاب). */
const NAMED_KINDS = /^ال(دول|دوله|بلدان|بلد|ولايات|ولايه|محافظات|محافظه|مدن|مدينه|قري|قريه|بلدات|بلده|مناطق|منطقه|احياء|مخيمات|مخيم|عواصم|جزر|مواني|ميناء|مطارات|مطار|معابر|معبر|احزاب|حزب|فصايل|فصيل|شركات|شركه|منظمات|منظمه|كتل|كتله)$/;

/**
 * مين الحزبين، من الدول، ايش البنوك: "who" (or the Gulf ايش) before a
 * definite noun of things, not an office, asks which ones (مين رئيس الحزب
 * asks for a person instead); so does "what" before a kind of thing known
 * by its name (ما الولايات، شو الدول; not ما الإجراءات).
 */
function whichOnesAsked(tokens: readonly Token[]): Token[] {
  // Past a copula (مين هي الدول، من هم المتهمون), not a relative: مين اللي الحكومة اعتقلته asks who.
  const [first, second] = tokens.filter((token) => !COPULAS.has(token.norm));
  if (!first || !second || second.stop || !second.norm.startsWith('ال')) return [];
  // ما الولايات الثلاث، شو الدول اللي …: "what" before a kind of place or state asks which ones, too.
  if (KINDS[first.norm] === 'what' && NAMED_KINDS.test(second.norm)) return [second];
  if (!(KINDS[first.norm] === 'who' || first.norm === 'ايش')) return [];
  return isOffice(second) ? [] : [second];
}

/** Nouns of a reason, also with a pronoun (ما سبب …، شو أسباب …، شو كان مبرره، what is the reason for …). */
const REASON_NOUNS = /^(سبب|اسباب|دافع|دوافع|مبرر|مبررات)(ه|ها|هم)?$|^(reason|reasons)$/;

/**
 * The words that frame a question as a "why" question: a reason noun right
 * after a "what" (ما سبب انهيار المباني، شو أسباب الأزمة، ليش استقال؟ شو
 * كان مبرره). Like اسم of a name question, each says what kind of answer
 * is wanted and is no topic.
 */
function reasonFrame(tokens: readonly Token[]): Token[] {
  return tokens.flatMap((token, i) => {
    if (kindWord(token.norm) !== 'what') return [];
    const next = tokens.slice(i + 1).find((later) => !later.stop);
    return next && REASON_NOUNS.test(bare(next)) ? [next] : [];
  });
}

/** Whether the question opens with a reason frame (ما سبب …): a "why" question, whatever its other words. */
const opensWithReason = (tokens: readonly Token[], frame: readonly Token[]) => frame.length > 0 && tokens.find((token) => !token.stop) === frame[0];

/** The content word right after the question's "what" word, past a copula (ما هي جنسية …); none after a relative (ما الذي قدمته) or before a verb. */
function valueAskedOf(tokens: readonly Token[]): Token | null {
  const at = tokens.findIndex((token) => kindWord(token.norm) === 'what');
  // ماذا asks what was done (ماذا قرر المجلس); شو قال، ما ذكر … ask what was said.
  if (at < 0 || tokens[at]!.norm === 'ماذا') return null;
  if (tokens[at]!.norm === 'what') return englishValueAsked(tokens.slice(at + 1));
  const next = tokens.slice(at + 1).find((token) => !COPULAS.has(token.norm));
  return next && !next.stop && !looksLikeVerb(next.norm) && !isQuestionVerb(next.stem) ? next : null;
}

/**
 * The value an English "what is the …" asks: the head of the noun phrase
 * after the copula (what's, what is, was, are), its last content word
 * before a preposition, relative or verb (what is the government's official
 * estimate of the losses → estimate; the captain's exact nationality →
 * nationality). None when the copula is followed by neither an article nor
 * a possessive name: a preposition (what is in the plan) or a participle
 * (what was found, what is known). Without a copula, the first content word
 * (what nationality is the captain → nationality), as in Arabic.
 */
function englishValueAsked(rest: readonly Token[]): Token | null {
  if (!ENGLISH_COPULA.test(rest[0]?.norm ?? '')) {
    const first = rest.find((token) => !token.stop);
    return first && first === rest[0] ? first : null;
  }
  let at = 1;
  const article = /^(the|a|an)$/.test(rest[at]?.norm ?? '');
  while (/^(the|a|an)$/.test(rest[at]?.norm ?? '')) at++;
  // Without an article, only a name with its possessive opens a noun phrase (what is Ibrahim's family name).
  const possessive = rest[at] !== undefined && !rest[at]!.stop && rest[at + 1]?.norm === 's';
  if (!article && !possessive) return null;
  let head: Token | null = null;
  for (; at < rest.length && !ENDS_NOUN_PHRASE.test(rest[at]!.norm); at++) if (!rest[at]!.stop) head = rest[at]!;
  return head;
}
/** The copula after an English "what" (what's is written what + s). */
const ENGLISH_COPULA = /^(s|is|are|was|were)$/;
/** Words that end an English noun phrase: prepositions, relatives, conjunctions and verbs (the estimate of …, the man who …). */
const ENDS_NOUN_PHRASE = /^(of|in|on|at|for|about|from|to|by|with|inside|into|after|before|during|that|which|who|whom|whose|where|when|and|or|but|did|does|do|is|are|was|were|will|would|has|have|had|can|could)$/;

/**
 * The tokens of the speaker a "what did X say" question names (see
 * Question.speaker): an office or a name of two words or more (رئيس
 * الوزراء، سامي يوسف), or a name of one (نتنياهو). A body named in one
 * word (الجيش، السلطات) is often quoted under another name (متحدث عسكري،
 * الشرطة المحلية).
 */
function speakerOf(text: string, tokens: readonly Token[], said: WhoSaidQuestion | null): Set<Token> {
  if (said?.kind !== 'what') return new Set();
  const from = text.indexOf(said.speaker);
  const words = tokens.filter((token) => !token.stop && token.start >= from && token.end <= from + said.speaker.length);
  // One word is kept when it is a name: without the article (نتنياهو), or capitalized in English (Netanyahu, not army).
  const aName = (token: Token) => (isLatinWord(token.norm) ? /^[A-Z]/.test(text.slice(token.start, token.end)) : !token.norm.startsWith('ال'));
  return new Set(words.length >= 2 || (words.length === 1 && aName(words[0]!)) ? words : []);
}

/** الآن (now) is a question-only stopword; آلان or ألان (Alain, Alan) normalize alike but are a name. */
const spelledAsName = (text: string, token: Token) => token.norm === 'الان' && /^[آأ]/.test(text.slice(token.start, token.end));

/** Analyzes a question once, for ranking and for choosing the reply language. */
export function parseQuestion(text: string): Question {
  const analyzed = joinEnglishPhrases(dropNonTopics(analyze(text, 0, QUESTION_STOPWORDS, true).map((token) => (spelledAsName(text, token) ? { ...token, stop: false } : token))));
  const said = parseWhoSaid(text);
  const reasons = reasonFrame(analyzed);
  const frame = nameFrame(analyzed);
  const kind = opensWithReason(analyzed, reasons) ? 'why' : kindOf(analyzed, frame);
  const tokens = dropFrame(analyzed, [...frame, ...reasons]);
  const content = tokens.filter((token) => !token.stop);
  const names = nameWords(text, tokens, content);
  return {
    text,
    tokens,
    content,
    timeUnit: kind === 'when' ? timeUnitOf(tokens) : null,
    // بأي سنة، أي ساعة: the kind (when) already asks for a time; the unit itself is often in the answer.
    answerTypes: new Set(kind === 'when' ? [] : answerTypeWords(tokens, names, TYPE_ASKERS)),
    identityTypes: new Set(kind === 'when' ? [] : [...answerTypeWords(tokens, names, IDENTITY_ASKERS), ...whichOnesAsked(tokens)]),
    names,
    whoIs: kind === 'who' && (WHO_IS.has(tokens[1]?.norm ?? '') || asksSource(tokens)),
    valueAsked: kind === 'what' ? valueAskedOf(tokens) : null,
    speaker: speakerOf(text, tokens, said),
    said,
    kind,
    precise: tokens.some((token) => PRECISION_WORDS.has(token.norm)),
    upcoming: isUpcoming(tokens),
    language: hasArabic(text) ? 'ar' : 'en',
  };
}
