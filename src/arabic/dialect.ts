import { normalizeArabic } from './normalize.js';
import { hasArticle } from './stem.js';
import { SPOKEN_WORDS } from './spoken-words.js';

/**
 * Spoken Arabic as people type it in chat (Levantine, Egyptian, Gulf, Iraqi,
 * Maghrebi): the words that differ from the written news language, mapped to
 * the word a news article would use. Applied to questions only; articles are
 * written in standard Arabic. Function words of the dialects (شو، اللي، بدو، هيك …)
 * are stopwords instead (stopwords.ts).
 */
const GROUPS = `
قال: حكى يحكي تحكي بيحكي بتحكي حكيو حكوا حكت
خرج: طلع طلعو طلعوا طلعت بيطلع يطلع طالعين
سجن: حبس
سجناء: مساجين محابيس
دخل: فات فاتت فاتو فاتوا يفوت بيفوت
سيطر: اخد اخدت اخدو اخدوا
خارج: برا برة بره
مقبل: جاي جاية
أمس: امبارح مبارح
صباح: الصبح صبح
مساء: بالليل
دائم: دايم دايمة
ضرورة: لازم
ذهب: راحو راحوا
انتهى: خلص خلصت
فعل: عملت عملو عملوا
مجانا: ببلاش بلاش
مال: مصاري بمصاري فلوس بفلوس
أطفال: ولاد ولادهم ولادنا
مرض: المرض
بدأ: بلش بلشت بلشو بلشوا يبلش بتبلش
عمل: شغل شغلها شغلهم
ثلاث: تلات تلت
ثلاثة: تلاتة تلاته
اثنان: تنين اتنين
ثمانية: تمانية تمنية
`;

const MAP: ReadonlyMap<string, string> = new Map(
  `${GROUPS}\n${SPOKEN_WORDS}`.split('\n')
    .filter((line) => line.includes(':'))
    .flatMap((line) => {
      const [standard, spoken] = line.split(':') as [string, string];
      return spoken.split(/\s+/).filter(Boolean).map((word) => [normalizeArabic(word), normalizeArabic(standard.trim())] as const);
    }),
);

/**
 * The standard word for a normalized spoken one, or the word itself. Also
 * reads the spoken present and progressive prefixes (بيحكي، عم يحكي), the
 * contracted preposition عال (عالحدود = على الحدود) and the demonstrative
 * هالـ (هالمستوى = المستوى).
 */
export function standardWord(norm: string): string {
  const direct = MAP.get(norm) ?? otherPerson(norm) ?? femininePast(norm);
  if (direct) return direct;
  if (isChatPlural(norm)) return `${norm}ا`;
  // عالحدود = على الحدود; not عالم، عالمي، عالية، عالق, words of their own.
  if (norm.length >= 5 && norm.startsWith('عال') && !/^عال(م|مي|ميه|ميا|ميين|مين|ي|يه|يا|ق|قه|قين|قون|قا)$/.test(norm)) return standardWord(norm.slice(1));
  // هالـ is the spoken "this" before a noun (هالمستوى، بهالوقت، لهالسبب): the noun with its article.
  // Not هالك، هالكون، هالات، هالوين, words of their own (هالة is too short to match).
  const demonstrative = /^هال(ك|كون|كين|وين|ات.*)$/.test(norm) ? null : /^([وفب]?)(ل?)هال(.{3,})$/.exec(norm);
  if (demonstrative) return standardWord(`${demonstrative[1]}${demonstrative[2] ? 'لل' : 'ال'}${demonstrative[3]}`);
  // الحبس، بالحبس، بيحكي: the spoken word behind an article, a preposition or the spoken present بـ.
  for (const prefix of ATTACHED_PREFIXES) {
    if (norm.length - prefix.length < 3 || !norm.startsWith(prefix)) continue;
    const rest = norm.slice(prefix.length);
    const standard = MAP.get(rest);
    // A preposition does not stand before a past tense in ت (بلغت is "reached", not ب + لغت "cancelled"); a present
    // (بيرجعوا) or a noun (بالتكت، الايربورت) is read as before.
    if (standard && (prefix === 'ب' || prefix === 'ل') && /^[^يتن].*[^ا]ت$/.test(rest)) continue;
    // بـ before a present tense (بيحكي، بتبلش) marks the spoken present and goes; before a noun it is the preposition.
    if (standard) return prefix === 'ب' && /^[يتن]/.test(rest) ? standard : prefix + standard;
  }
  return norm;
}

/**
 * A present tense listed in another person: the lists give the third person
 * (يفوت), people also type تفوت, نفوت, بتفوت. Only ت and ن are read as ي,
 * and only before 3+ letters; the reverse would read standard words as
 * spoken ones (يضيف is not a spelling of نضيف).
 */
function otherPerson(norm: string): string | undefined {
  const present = /^(ب?)[تن](.{3,})$/.exec(norm);
  return (present ? MAP.get(`${present[1]}ي${present[2]}`) : undefined) ?? derivedPresent(norm);
}

/** A past listed in the masculine or the plural, typed in the feminine (سكروا listed: سكرت; حط listed: حطت). */
function femininePast(norm: string): string | undefined {
  if (norm.length < 3 || !norm.endsWith('ت')) return undefined;
  const stem = norm.slice(0, -1);
  return MAP.get(stem) ?? MAP.get(`${stem}وا`);
}

/**
 * The present of a spoken passive or reflexive verb whose past is listed
 * (انصاب → ينصاب، بينصابوا; اتسجن → بيتسجن): its ا gives way to the
 * person prefix, as in the standard انسحب → ينسحب. The Egyptian passive
 * in ات has the letters of the standard تفعّل (يتمسك holds on, not اتمسك
 * arrested), so its present is read only with a spoken mark: the بـ of the
 * present (بيتمسكوا), the هـ or حـ of the future (هيتحاكم) or the chat plural
 * (يتمسكو).
 */
function derivedPresent(norm: string): string | undefined {
  const present = /^([بهح]?)[يتن]([نت].{3,})$/.exec(norm);
  if (!present) return undefined;
  const spokenMark = present[1] !== '' || /و$/.test(norm);
  return present[2]!.startsWith('ت') && !spokenMark ? undefined : MAP.get(`ا${present[2]}`);
}

/**
 * The past plural as chat writes it, without the final alef (قتلو for
 * قتلوا، انسحبو for انسحبوا), read as written in full. Not a loanword in يو
 * (فيديو، يونيو), a short word (عضو، نحو), or a noun with the article
 * (الجو، الفاو، الناتو، والجو).
 */
const isChatPlural = (norm: string): boolean => {
  if (!/^[\u0621-\u064A]{3,}و$/.test(norm) || norm.endsWith('يو') || norm.endsWith('وو')) return false;
  // With the article it is a noun (الجو، الفاو، الناتو), unless a verb begins so: التقوا، التزموا، ألغوا، ألقوا.
  return !hasArticle(norm) || /^[وفب]?ال(ت.{2,}|غ|ق)و$/.test(norm);
};

/** Prefixes a spoken word may carry, longest first. */
const ATTACHED_PREFIXES = ['وبال', 'بال', 'وال', 'فال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل'];
