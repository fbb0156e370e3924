import { lightStem } from './stem.js';
import { normalizeArabic } from './normalize.js';
import { NEWS_BROKEN_PLURALS } from './broken-plurals-news.js';
import { NEWS_SYNONYMS } from './news-synonyms.js';
import { isGlossaryStem } from './english.js';

/**
 * Small, general lexical knowledge of Arabic news that light stemming cannot
 * derive: broken plurals, near-synonyms people use when they paraphrase, and
 * the verbs of saying and mentioning that questions are phrased with. Entries
 * are written naturally; they are normalized and stemmed once, here, with the
 * same analysis as the text.
 */

/** Singular and broken plural: the same word to a reader. */
const BROKEN_PLURALS = `
فصيل فصائل | سجين سجناء | حل حلول | جهد جهود | أرض أراضي | حي أحياء | طرف أطراف | شكل أشكال | أساس أسس
موقع مواقع | وزير وزراء | رئيس رؤساء | شعب شعوب | جيش جيوش | حزب أحزاب | قائد قادة | زعيم زعماء
مدينة مدن | قرية قرى | بلد بلدان | سلاح أسلحة | خبير خبراء | شاهد شهود | ضحية ضحايا | قتيل قتلى
جريح جرحى | أسير أسرى | مصدر مصادر | سفير سفراء | عضو أعضاء | قرار قرارات | ابن أبناء | أخت أخوات
حاكم حكام | عالم علماء | طبيب أطباء | مريض مرضى | لاعب لاعبون | عامل عمال | طفل أطفال | شهيد شهداء
سجن سجون | مسار مسارات | حدود حد | صورة صور | أمر أمور | حرب حروب | معركة معارك | منطقة مناطق
`;

/** Near-synonyms in news usage: a paraphrase of one matches the others, more weakly than the word itself. */
const SYNONYMS = `
مقاتل عنصر مسلح | انسحب خرج غادر تراجع | سيطر استولى أخذ | اجتماع لقاء قمة مؤتمر | عقد أقيم انعقد
بيان إعلان | خفض تخفيف تقليص | قتيل ضحية | دعا طالب حث | اتفق توافق | شارك حضر | مدير رئيس
وكالة صحيفة قناة | مصدر وسيلة | أكد شدد | استقرار أمن | حوار مفاوضات محادثات | دعم مساندة
حرية تحرير | سجين معتقل مسجون محتجز | فصيل جماعة حركة | أزمة صراع نزاع | تصعيد توتر | منطقة مكان موقع
ذهب راح اتجه | هدف غاية | وقف إيقاف | ضرورة يجب مطلوب | أصدر وقع | دائم مستدام | مساء ليل
`;

/**
 * Verbs a question is phrased with rather than about ("did the statement
 * mention …", "what did they say about …"): they still match, but their
 * absence from a sentence says little, so they weigh less.
 */
const QUESTION_VERBS = `
قال يقول ذكر يذكر مذكور تحدث يتحدث تكلم يتكلم تطرق يتطرق تناول يتناول ناقش يناقش أشار يشير أكد يؤكد
أعلن يعلن صرح يصرح شارك يشارك وصف يصف طرح يطرح دعا يدعو طالب يطالب نقل ينقل أفاد يفيد أورد يورد
ورد يرد جاء يجيء تضمن يتضمن كشف يكشف
`;

/** The stem of a word as a list writes it (with hamzas, ة, diacritics): normalized, then light-stemmed. */
export const stemOf = (word: string) => lightStem(normalizeArabic(word));

/** Groups of a list: separated by "|" or by a line break (a group never runs on to the next line). */
function groups(list: string): string[][] {
  return list.split(/[|\n]/).map((group) => group.split(/\s+/).filter(Boolean).map(stemOf)).filter((group) => group.length > 1);
}

function relatedMap(list: string): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const group of groups(list)) {
    for (const stem of group) {
      const related = map.get(stem) ?? new Set<string>();
      for (const other of group) if (other !== stem) related.add(other);
      map.set(stem, related);
    }
  }
  return map;
}

const plurals = relatedMap(`${BROKEN_PLURALS}\n${NEWS_BROKEN_PLURALS}`);
const synonyms = relatedMap(`${SYNONYMS}\n${NEWS_SYNONYMS}`);
const questionVerbs = new Set(QUESTION_VERBS.split(/\s+/).filter(Boolean).map(stemOf));

/** Stems of the singular or broken plural of a stem (سجين ↔ سجناء). */
export function pluralForms(stem: string): ReadonlySet<string> {
  return plurals.get(stem) ?? new Set();
}

/** Stems of near-synonyms of a stem (عقد ↔ أقيم). */
export function synonymForms(stem: string): ReadonlySet<string> {
  return synonyms.get(stem) ?? new Set();
}

/** True for a verb of saying or mentioning, which a question is phrased with. */
export function isQuestionVerb(stem: string): boolean {
  return questionVerbs.has(stem);
}

/** True for the stem of an ordinary word: one of the synonym or plural lists, or of the English glossary's Arabic. */
export function isOrdinaryWord(stem: string): boolean {
  return synonyms.has(stem) || plurals.has(stem) || isGlossaryStem(stem);
}
