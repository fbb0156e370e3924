import type { Token } from '../arabic/analyze.js';
import { normalizeArabic } from '../arabic/normalize.js';
import { stemOf } from '../arabic/lexicon.js';

/**
 * Sentences that say what the article does not tell: "من دون أن يحدد
 * مكانه"، "لم تكشف عن عدد المخالفات"، "طلب عدم ذكر اسمه"، "أطرافًا لم
 * تسمّها". Such a sentence speaks of the very thing asked about and has
 * the words of the question, yet it is the article saying it does not know;
 * for a question of that kind it is a near miss, not an answer.
 */

/**
 * What a withheld clause leaves untold: the kinds of question it cannot
 * answer. 'party' is the side or body behind something (لم تعلن أي جهة
 * مسؤوليتها، لم تحدد الجهة التي ستعوض), which "who" asks; 'identity' is a
 * name (طلب عدم ذكر اسمه), which a source left unnamed still answers;
 * 'whether' is a yes or no (لم تعلن ما إذا كانت ستوقف طائراتها).
 */
export type WithheldKind = 'when' | 'where' | 'how-many' | 'identity' | 'party' | 'why' | 'how' | 'whether' | 'what';

export interface WithheldClause {
  /** Position of the negator (لم، دون، عدم، رفض) that opens the clause, or of the first word of an open-ended phrase (حتى إشعار آخر). */
  at: number;
  /** What is left untold; none when the clause names no kind (من دون أن تحدد المعبر: which crossing). */
  kinds: WithheldKind[];
  /** Positions of the words the disclosure is about (the few after the verb), where the question's words may stand. */
  about: number[];
  /** The untold thing is the sentence's own topic, by a pronoun (مكانه، اسمه، لم تسمّها). */
  pointsBack: boolean;
  /** The withholding verb carries its object (لم تسمّها، لم تحددها، لم يكشف عنها): the noun just before it is what is untold. */
  carriesObject: boolean;
}

const stems = (list: string) => new Set(list.split(/\s+/).filter(Boolean).map(stemOf));

/** Words that negate or refuse what follows (لم، من دون أن، عدم ذكر، رفض الكشف). */
const NEGATORS = new Set(
  'لم ولم لا ولا دون بدون عدم وعدم رفض رفضت ورفض ورفضت يرفض ترفض رافضا رافضة رافضين امتنع امتنعت وامتنع وامتنعت ممتنعا'.split(' ').map(normalizeArabic),
);
/** Verbs and verbal nouns of making known, by stem. */
const DISCLOSING = stems(`حدد يحدد تحدد تحديد ذكر يذكر تذكر كشف يكشف تكشف الكشف وضح يوضح توضح توضيح اعلن يعلن تعلن الاعلان
  سمى يسمي تسمي يسم تسم تسمية نشر ينشر تنشر افصح يفصح تفصح الافصاح يتضح تتضح عرف يعرف تعرف يكشفوا يعطي تعطي
  قدم يقدم تقدم تقديم اصدر يصدر تصدر تبنى يتبنى تتبنى يتسن`);
/** What follows من when it asks who: a present tense in ي (يقف، يدير) or كان, not a noun (يوم، يمين، اليمن). */
const WHO_DID = /^(كان|كانت|يكون|(?!يوم|يمين|يسار|يمن$|ينابيع)ي[\u0621-\u064A]{2,})$/;
/** Verbs of concealing (أخفى، حجب، تكتّم), which withhold what follows without a negation. */
const CONCEALING = /^[وف]?(اخفي|اخفت|اخفوا|يخفي|تخفي|حجب|حجبت|يحجب|تحجب|تكتم|تكتمت|يتكتم|تتكتم)$/;
/** Verifying, which withholds only as what could not be done (لم يتسن التحقق، لم يتم التأكد من), not as a noun (لجنة التحقق). */
const VERIFYING = new Set(['التحقق', 'التاكد']);
const VERIFYING_AFTER = /^(يتسن|تسن|يمكن|يتم|تم)$/;
/** Commenting (رفضت التعليق على أسباب التأخير), which withholds only with على after it: تعليق is also a suspension. */
const commenting = (tokens: readonly Token[], i: number) => /^(التعليق|تعليق|يعلق|تعلق)$/.test(tokens[i]!.norm) && tokens[i + 1]?.norm === 'علي';
/** حمّل (held responsible), matched as written: its stem is that of حملة (a campaign). */
const HOLDING_RESPONSIBLE = new Set('حمل حملت يحمل تحمل'.split(' '));
/** Nouns naming what is left untold, by kind. */
const KIND_NOUNS: ReadonlyArray<[WithheldKind, ReadonlySet<string>]> = [
  ['when', stems('موعد مواعيد تاريخ توقيت وقت متى مدة يوم')],
  ['where', stems('مكان اماكن موقع مواقع وجهة مقر اين')],
  ['how-many', stems('عدد اعداد حجم قيمة نسبة حصيلة كمية مبلغ ارقام كم تقدير تقديرات')],
  ['identity', stems('اسم اسماء هوية هويات')],
  ['party', stems('الجهة الجهات طرف اطراف مسؤولية')],
  ['why', stems('سبب اسباب لماذا دوافع دافع خلفيات تفسير تفسيرات تبرير مبرر مبررات')],
  ['how', stems('كيف كيفية طريقة')],
  ['whether', stems('اذا')],
  ['what', stems('نتايج نتيجه تفاصيل مضمون فحوي محتوي')],
];
/** How many words after the negator the disclosure word may stand (من دون أن يحدد). */
const DISCLOSURE_REACH = 3;
/** How many words after the disclosure word it may be about, past a subject (لم توضح الوزارة حتى الآن آلية صرف التعويضات أو موعدها). */
const ABOUT_REACH = 8;
/** Adverbs of time, never the subject of a withholding verb (اليوم، ولم تكشف …). */
const ADVERBS = /^[وف]?(اليوم|امس|غدا|الان|حاليا)$/;
/** Words after a verb that leave its clause without an object: not yet, so far (لم يُحدد بعد، لم يعلن حتى الآن). */
const STILL = /^(بعد|الان|حتي|لاحقا|رسميا|نهاييا|بدقه|بشكل|تحديدا)$/;
/** Words that open another clause after a comma: a coordinated verb or clause (وقال، فيما، لكن), not ولا or أو, which go on. */
const opensClause = (token: Token) => /^(فيما|بينما|لكن|لكنه|لكنها|الا|اذ|حيث|كما)$/.test(token.norm) || (/^[وف]/.test(token.norm) && !/^(ولا|وال|او)/.test(token.norm) && !token.stop);
/** How many words before a passive withholding verb its subject may stand (موعده الجديد لم يُحدد). */
const SUBJECT_BEFORE = 3;
/** Nouns in ة among the nouns of what is left untold (see hasPronoun). */
const TA_MARBUTA = stems('قيمة نسبة حصيلة كمية هوية مدة وجهة جهة تسمية');
/**
 * Whether a word carries an attached pronoun, so that the untold thing is
 * the sentence's own topic (مكانه، اسمها، قيمتها، تسمّها). Normalization
 * writes the ta marbuta as ه, so a noun in ة shows its pronoun after a ت.
 */
function hasPronoun(token: Token): boolean {
  if (token.norm === token.stem) return false;
  if (/(ها|هم|هما)$/.test(token.norm)) return true;
  // A final ه after a noun in ة is the ة itself (قيمه), a pronoun only behind its ت (قيمته).
  return token.norm.endsWith('ه') && (!TA_MARBUTA.has(token.stem) || token.norm.endsWith('ته'));
}

/** Fixed phrases that leave an end untold: until further notice, indefinitely (تعليق المباريات حتى إشعار آخر). */
const OPEN_ENDED = ['حتي اشعار اخر', 'الي اجل غير مسمي', 'لاجل غير مسمي'].map((phrase) => phrase.split(' '));

/** Whether the words from `at` spell one of the open-ended phrases. */
const opensEnded = (tokens: readonly Token[], at: number) => OPEN_ENDED.some((phrase) => phrase.every((word, i) => tokens[at + i]?.norm === word));

/** The kind of thing a noun of the clause names (موعد → when), by its stem. */
const kindAt = (tokens: readonly Token[], i: number, term = tokens[i]!.stem) => {
  const kind = KIND_NOUNS.find(([, nouns]) => nouns.has(term))?.[0];
  // إذا asks whether only after ما, also fused with من or عن (لم تعلن ما إذا، لم يتسن التحقق مما إذا، لم يكشف عما إذا);
  // alone it is "if" (وإذا لم يحدد).
  return kind === 'whether' && !/^(ما|مما|عما)$/.test(tokens[i - 1]?.norm ?? '') ? undefined : kind;
};
/**
 * The same for a noun before the verb, also behind a preposition (لأسباب لم
 * تعلنها; after the verb, بقيمة 750 gives the value it names), and never an
 * adverb of time (اليوم، أمس), which says when, not what.
 */
const kindBefore = (tokens: readonly Token[], i: number) =>
  ADVERBS.test(tokens[i]!.norm) ? undefined : (kindAt(tokens, i) ?? kindAt(tokens, i, tokens[i]!.alt ?? ''));

/**
 * Whether the verb at `verbAt` carries its object (لم تسمّه، لم يحددها، لم
 * يكشف عنها): it withholds that, not the words after it. For "to name", a
 * final ه is a pronoun unless it ends the noun تسمية, and after أن or لم
 * تسميه is the verb (أن تسميه).
 */
function carriesObject(tokens: readonly Token[], verbAt: number, naming: boolean): boolean {
  const verb = tokens[verbAt]!;
  const verbForm = /^(ان|لم|لا)$/.test(tokens[verbAt - 1]?.norm ?? '');
  const attached = naming ? /([^ي]ه|ها|هم)$/.test(verb.norm) || (verbForm && verb.norm.endsWith('يه')) : hasPronoun(verb);
  return attached || /^عن(ه|ها|هم|هما)$/.test(tokens[verbAt + 1]?.norm ?? '');
}

/**
 * What a clause withholds whether of: the words after ما إذا, as far as
 * ABOUT_REACH from it and up to a comma or a relative clause (رافضًا
 * الإفصاح عن جنسية القبطان أو ما إذا كان قد أوقف: the arrest), and a thing
 * named before it only when أو or ولا joins the two, from after عن when the
 * verb takes one (the nationality too; never the verb's subject: not the
 * company of لم تعلن الشركة ما إذا …).
 */
function whetherAbout(tokens: readonly Token[], about: readonly number[], whetherAt: number, breakAfter: (at: number) => boolean): number[] {
  const after: number[] = [];
  // Up to a comma or a relative clause, which states what it is about (ما إذا كانت ستعوض الركاب الذين ألغيت رحلاتهم).
  for (let i = whetherAt + 1; i <= whetherAt + ABOUT_REACH && i < tokens.length && !RELATIVES.test(tokens[i]!.norm); i++) {
    after.push(i);
    if (breakAfter(i)) break;
  }
  if (!/^(او|ولا)$/.test(tokens[whetherAt - 2]?.norm ?? '')) return after;
  // The thing joined to it is the verb's object, behind عن when the verb takes one; its subject comes before that.
  const before = about.filter((i) => i < whetherAt - 2);
  const object = before.findIndex((i) => tokens[i]!.norm === 'عن');
  return [...before.slice(object + 1), ...after];
}
/** Relative pronouns, which open a clause that states what it describes. */
const RELATIVES = /^(الذي|التي|الذين|اللذين|اللذان|اللتين|اللتان|اللواتي|اللاتي)$/;

/** The withheld clauses of an analyzed sentence (`breakAfter`: whether a comma or the like follows a word). */
export function withheldClauses(tokens: readonly Token[], breakAfter: (at: number) => boolean = () => false): WithheldClause[] {
  const clauses: WithheldClause[] = [];
  // What is suspended "until further notice" has no date to resume: the phrase points back to it.
  tokens.forEach((_, at) => {
    if (opensEnded(tokens, at)) clauses.push({ at, kinds: ['when'], about: [], pointsBack: true, carriesObject: false });
  });
  tokens.forEach((token, at) => {
    // A verb of concealing withholds by itself (وأخفى التقرير أسماء الشهود): it is both the negation and the verb.
    const conceals = CONCEALING.test(token.norm);
    if (!NEGATORS.has(token.norm) && !conceals) return;
    // Without (any) reason or explanation (مُنع من الدخول من دون أي تفسير): the reason is withheld, with no verb of telling.
    const reasonAt = !conceals && /^(دون|بدون)$/.test(token.norm) ? [at + 1, at + 2].find((i) => i < tokens.length && kindAt(tokens, i) === 'why' && (i === at + 1 || tokens[at + 1]!.norm === 'اي')) : undefined;
    if (reasonAt !== undefined) {
      clauses.push({ at, kinds: ['why'], about: [], pointsBack: true, carriesObject: false });
      return;
    }
    // لا تزال، لا يزال: "still", no negation.
    if (/^(تزال|يزال|زال|زالت)$/.test(tokens[at + 1]?.norm ?? '')) return;
    const verifying = (next: Token, i: number) => VERIFYING.has(next.norm) && (i === 0 || VERIFYING_AFTER.test(tokens[at + i]!.norm));
    const verb = conceals
      ? -1
      : tokens
          .slice(at + 1, at + 1 + DISCLOSURE_REACH)
          .findIndex((next, i) => DISCLOSING.has(next.stem) || DISCLOSING.has(next.alt ?? '') || HOLDING_RESPONSIBLE.has(next.norm) || verifying(next, i) || commenting(tokens, at + 1 + i));
    if (verb < 0 && !conceals) return;
    const verbAt = conceals ? at : at + 1 + verb;
    // The verb "to name" withholds a name by itself (أطرافًا لم تسمّها).
    const naming = /^[يت]?سم(ي|ا)?$/.test(tokens[verbAt]!.stem);
    // A verb with its object attached withholds that, not what follows: in نقلت عن مصدر طبي لم تسمّه أن عدد الوفيات …,
    // the number is told.
    const objectAttached = carriesObject(tokens, verbAt, naming);
    // Up to the end of the clause: past a comma that opens another (، وقال إن …، فيما …) the sentence goes on to
    // something else; a comma that sets a phrase aside (ولم تعلن الوزارة، حتى الآن، موعد الامتحانات) does not end it.
    const reach = objectAttached ? 0 : ABOUT_REACH;
    const about: number[] = [];
    // A comma after a noun of the untold thing with its pronoun (طلب عدم نشر اسمه، لصحيفة «الميزان») ends the clause too:
    // the noun is complete, and what follows is the sentence going on.
    // Not when it goes on with another such noun (لم يكشف اسمه، ولا مكان محله).
    const goesOn = (i: number) => /^(ولا|او|ام)$/.test(tokens[i]!.norm) || (tokens[i]!.norm.startsWith('و') && kindBefore(tokens, i) !== undefined);
    const closed = (i: number) => kindAt(tokens, i) !== undefined && hasPronoun(tokens[i]!) && !goesOn(i + 1);
    for (let i = verbAt + 1; i <= verbAt + reach && i < tokens.length && !(breakAfter(i - 1) && (opensClause(tokens[i]!) || closed(i - 1))); i++) about.push(i);
    // With nothing made known after it (موعده الجديد لم يُحدد بعد, ولم تكشف السلطات عن … has its object after), the
    // verb is passive and its subject stands before it; so does the noun an attached object points back to (لأسباب
    // لم تعلنها الحكومة). Only the nearest: حتى اليوم لأسباب لم تعلنها withholds the reasons, not the day. "To name"
    // says what it withholds.
    const first = Math.max(0, at - SUBJECT_BEFORE);
    const before = tokens.slice(first, at).map((_, i) => first + i);
    const endsClause = about.length === 0 || tokens.slice(verbAt + 1, verbAt + 3).every((next) => next.stop || STILL.test(next.norm));
    const passive =
      !naming &&
      (objectAttached || endsClause) &&
      about.every((i) => tokens[i]!.stop || kindAt(tokens, i) === undefined) &&
      before.some((i) => kindBefore(tokens, i) !== undefined);
    const nouns = passive ? before.filter((i) => kindBefore(tokens, i) !== undefined).slice(-1) : about.filter((i) => kindAt(tokens, i) !== undefined);
    const kinds = [...new Set(nouns.flatMap((i) => kindBefore(tokens, i) ?? []))];
    if (naming) kinds.push('identity');
    // ما before a verb is "what" (لم تعلن ما ستفعله بالشحنة); ما إذا is "whether", above.
    // Only right after the verb or its subject, or after على / عن, and before the clause's first comma; not ما زال (still)
    // nor ، ما دفع (which led to).
    const unbroken = (i: number) => !tokens.slice(verbAt, i).some((_, j) => breakAfter(verbAt + j));
    const whatAt = about.slice(0, 3).find((i, k) => tokens[i]!.norm === 'ما' && (k < 2 || /^(علي|عن)$/.test(tokens[i - 1]!.norm)) && unbroken(i));
    const whatNext = whatAt === undefined ? undefined : tokens[whatAt + 1];
    if (whatNext && !whatNext.stop && !/^(اذا|زال|زالت|زالوا|دام|دامت)$/.test(whatNext.norm)) kinds.push('what');
    // من before a verb is "who" (لم يتضح من يقف وراء الهجوم، لم يوضح من كان وراءه): the party is untold. Right after the
    // verb or its subject, and only before a present tense in ي or كان, which no noun looks like; من before a noun is
    // "from" or "of" (لم يتضح من تقارير أولية، التحقق من صحة، من الجيش، من جهته).
    const whoAt = about.slice(0, 2).find((i) => tokens[i]!.norm === 'من' && !VERIFYING.has(tokens[i - 1]!.norm) && unbroken(i));
    const whoNext = whoAt === undefined ? undefined : tokens[whoAt + 1];
    if (whoNext && WHO_DID.test(whoNext.norm) && !kinds.includes('party')) kinds.push('party');
    // The untold thing is the sentence's own topic when its noun carries a pronoun (مكانه) or stands alone (موعدًا
    // لذلك); a noun before the verb, by its pronoun alone (the stopword after it is the negator).
    // "Whether" (ما إذا) is about what follows it, never the sentence's topic: لم تعلن الشركة ما إذا كانت ستعوض الركاب
    // leaves the refund untold, not what the company announced before it.
    const pointers = (naming ? [verbAt, ...nouns] : nouns).filter((i) => kindAt(tokens, i) !== 'whether');
    const pointsBack = objectAttached || pointers.some((i) => hasPronoun(tokens[i]!) || (!passive && (!tokens[i + 1] || tokens[i + 1]!.stop)));
    const whetherAt = kinds.length === 1 && kinds[0] === 'whether' ? (nouns.find((i) => kindAt(tokens, i) === 'whether') ?? -1) : -1;
    clauses.push({ at, kinds, about: whetherAt < 0 ? about : whetherAbout(tokens, about, whetherAt, breakAfter), pointsBack, carriesObject: objectAttached });
  });
  return clauses;
}
