/**
 * Every fixed word the Discord door shows, in Arabic and English. Discord
 * has no Arabic locale, so the language is decided from the text itself
 * (the question, or the article) and passed in.
 */
import type { Language } from '../reply.js';

type Text = Record<Language, string>;
type Template<A extends unknown[]> = Record<Language, (...args: A) => string>;

const range = (first: number, last: number) => (first === last ? `${first}` : `${first}–${last}`);

export const LABELS = {
  answerTitle: { ar: '📰 من نص المقال', en: '📰 From the article' } satisfies Text,
  abstainTitle: { ar: '🚫 المقال لا يذكر ذلك', en: '🚫 The article does not say' } satisfies Text,
  closestHeading: { ar: '**أقرب المقاطع — وليست إجابة:**', en: '**Closest passages — not an answer:**' } satisfies Text,
  noPassages: { ar: 'لا يوجد مقطع قريب.', en: 'No passage comes close.' } satisfies Text,
  passage: { ar: (n: number, total: number) => `المقطع ${n} من ${total}`, en: (n: number, total: number) => `Passage ${n} of ${total}` } satisfies Template<[number, number]>,
  closestPassage: { ar: (n: number) => `أقرب مقطع ${n} (ليس إجابة)`, en: (n: number) => `Closest passage ${n} (not an answer)` } satisfies Template<[number]>,
  shown: {
    ar: (first: number, last: number, total: number) => `المقاطع ${range(first, last)} من ${total}`,
    en: (first: number, last: number, total: number) => `Passages ${range(first, last)} of ${total}`,
  } satisfies Template<[number, number, number]>,
  truncated: { ar: 'المقطع مختصر: زر «الفقرة كاملة» يعرض النص كله.', en: 'Shortened: "Full paragraph" shows the whole text.' } satisfies Text,
  statementsHeading: { ar: 'من قال ذلك', en: 'Who said it' } satisfies Text,
  inferred: { ar: 'المتحدث مستنتج من السياق', en: 'speaker inferred from context' } satisfies Text,
  morePassages: { ar: 'مقاطع أخرى', en: 'More passages' } satisfies Text,
  fullParagraph: { ar: 'الفقرة كاملة', en: 'Full paragraph' } satisfies Text,
  headline: { ar: 'العنوان', en: 'Headline' } satisfies Text,
  paragraphOf: { ar: (n: number, count: number) => `الفقرة ${n} من ${count}`, en: (n: number, count: number) => `Paragraph ${n} of ${count}` } satisfies Template<[number, number]>,
  paragraphs: { ar: 'الفقرات', en: 'Paragraphs' } satisfies Text,
  sentences: { ar: 'الجمل', en: 'Sentences' } satisfies Text,
  speakers: { ar: 'المتحدثون', en: 'People and bodies quoted' } satisfies Text,
  outlets: { ar: 'الوسائل', en: 'Outlets cited' } satisfies Text,
  none: { ar: 'لا أحد', en: 'none' } satisfies Text,
  moreArticles: { ar: (n: number) => `و${n} مقالات أخرى.`, en: (n: number) => `And ${n} more articles.` } satisfies Template<[number]>,
  whoTitle: { ar: (query: string) => `من قال «${query}»؟`, en: (query: string) => `Who said "${query}"?` } satisfies Template<[string]>,
  quotesTitle: { ar: (query: string) => `ما قاله: ${query}`, en: (query: string) => `What ${query} said` } satisfies Template<[string]>,
  noStatements: { ar: 'لا توجد أقوال مطابقة.', en: 'No matching statements.' } satisfies Text,
  didYouMean: { ar: 'هل تقصد:', en: 'Did you mean:' } satisfies Text,
  moreStatements: { ar: (n: number) => `و${n} أقوال أخرى.`, en: (n: number) => `And ${n} more statements.` } satisfies Template<[number]>,
  helpTitle: { ar: 'كيف تسأل', en: 'How to ask' } satisfies Text,
  helpScope: {
    ar: 'يجيب البوت من نص المقال وحده: يعرض جمله كما هي حرفيًا مع موضعها (الفقرة والجملة). لا يجيب عمّا لا يذكره المقال، ولا يلخّص، ولا يبدي رأيًا.',
    en: "The bot answers from the article's text alone: it shows the article's own sentences, verbatim, with where they stand (paragraph and sentence). It cannot answer what the article does not say, and it does not summarise or give opinions.",
  } satisfies Text,
  examples: { ar: 'أمثلة', en: 'Examples' } satisfies Text,
  reindexTitle: { ar: 'إعادة تحميل المقالات', en: 'Reloading the articles' } satisfies Text,
  errorTitle: { ar: 'تعذّر ذلك', en: 'That did not work' } satisfies Text,
  cooldown: {
    ar: (limit: number, windowSeconds: number, waitSeconds: number) => `⏳ تمهّل قليلًا: يمكنك إرسال ${limit} طلبات كل ${windowSeconds} ثانية. حاول مجددًا بعد ${waitSeconds} ث.`,
    en: (limit: number, windowSeconds: number, waitSeconds: number) => `⏳ Easy there: you can send ${limit} requests every ${windowSeconds} s. Try again in ${waitSeconds} s.`,
  } satisfies Template<[number, number, number]>,
  failed: { ar: '⚠️ حدث خطأ ما، يُرجى المحاولة مرة أخرى.', en: '⚠️ Something went wrong, please try again.' } satisfies Text,
  unknownCommand: { ar: 'هذا الأمر غير معروف لهذا البوت.', en: 'This command is not known to this bot.' } satisfies Text,
  staleButton: { ar: 'لم يعد هذا الزر يعمل: اسأل من جديد.', en: 'This button no longer works: ask again.' } satisfies Text,
  restarting: { ar: 'يُعاد تشغيل البوت الآن، حاول بعد لحظات.', en: 'The bot is restarting, please try again in a moment.' } satisfies Text,
};
