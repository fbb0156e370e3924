import { describe, expect, it } from 'vitest';
import { analyze } from '../src/arabic/analyze.js';
import { normalizeArabic } from '../src/arabic/normalize.js';
import { derivationForms, eventStem, hasArticle, lightStem, procliticStem, rootOf } from '../src/arabic/stem.js';
import { isStopword, QUESTION_STOPWORDS, STOPWORDS } from '../src/arabic/stopwords.js';
import { standardWord } from '../src/arabic/dialect.js';
import { pluralForms, synonymForms } from '../src/arabic/lexicon.js';

const stem = (word: string) => lightStem(normalizeArabic(word));

describe('normalizeArabic', () => {
  it.each([
    ['هَلْ دَعَتْ الدُّوَلُ', 'هل دعت الدول'], // harakat and shadda
    ['حمصُ العديَّةُ', 'حمص العديه'],
    ['مـــدينة', 'مدينه'], // tatweel
    ['أحرار إثر آخر ٱلله', 'احرار اثر اخر الله'], // hamza seats on alef, wasla
    ['الأخرى على', 'الاخري علي'], // alef maqsura
    ['المدينة', 'المدينه'], // ta marbuta
    ['مسؤول قائد', 'مسوول قايد'], // hamza on waw and ya
    ['رقم ٢٢٥٤ و۲۰۲۴', 'رقم 2254 و2024'], // Arabic-Indic and Persian digits
    ['ﻻ ﷲ', 'لا الله'], // presentation forms (NFKC)
    ['حم\u200Bص\u200F', 'حمص'], // zero-width and direction marks
    ['Reuters', 'reuters'],
    ['گال چبير ڭال ڤيينا', 'قال كبير قال فيينا'], // letters of spoken Arabic and foreign names
    ['ۖقرآنۗ', 'قرانۗ'.replace('ۗ', '')], // Quranic annotation marks
  ])('%s → %s', (input, expected) => {
    expect(normalizeArabic(input)).toBe(expected);
  });
});

describe('lightStem joins the forms people type', () => {
  it.each([
    ['المدينة', 'مدينة'],
    ['المجتمعون', 'المجتمعين'],
    ['للتسوية', 'التسوية'],
    ['والقرى', 'القرى'],
    ['السيطرة', 'سيطرت'],
    ['انسحبوا', 'انسحب'],
    ['بيانًا', 'البيان'],
    ['سلامتها', 'السلامة'],
    ['الالتزام', 'التزام'],
    ['السوري', 'السورية'],
    ['الإقليمي', 'إقليمية'],
    ['مكونات', 'مكون'],
    ['أكدت', 'أكد'],
    ['رئيسيتين', 'الرئيسية'], // the dual of a feminine nisba
    ['محليتين', 'محلية'],
    ['اعتقلوهم', 'اعتقل'], // a past plural before an object pronoun loses its alef
    ['قتلوه', 'قتل'],
    ['نموها', 'نمو'], // a noun in و keeps it
  ])('%s ~ %s', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });
});

describe('hasArticle', () => {
  it('finds the article bare or behind an attached letter, and nowhere else', () => {
    for (const word of ['الحدود', 'والحدود', 'للحدود', 'بالحدود', 'كالعادة']) expect(hasArticle(normalizeArabic(word)), word).toBe(true);
    for (const word of ['وزارة', 'لبنان', 'حمص']) expect(hasArticle(normalizeArabic(word)), word).toBe(false);
  });
});

describe('lightStem does not merge unrelated words', () => {
  it.each([
    ['لبنان', 'لبن'],
    ['وزارة', 'زار'],
    ['بيان', 'بي'],
    ['إيران', 'ير'],
    ['سجن', 'سكن'],
    ['مدينة', 'مدنيين'],
    ['الله', 'له'],
    ['وزير', 'زير'],
    ['الخبراء', 'الخبر'], // experts, news: the plural ending اء stays
    ['الوسطاء', 'الوسط'], // mediators, middle
    ['بيتين', 'بي'], // two houses: not a nisba dual
    ['كانون', 'كان'], // a month, not "was" in a plural
    ['وكانون', 'وكان'], // also behind an attached letter
    ['تشرين', 'تشر'],
  ])('%s ≠ %s', (a, b) => {
    expect(stem(a)).not.toBe(stem(b));
  });

  it('keeps at least three letters', () => {
    for (const word of ['منها', 'فيها', 'هنا', 'كانت', 'لهم']) expect(stem(word).length).toBeGreaterThanOrEqual(Math.min(3, normalizeArabic(word).length));
  });

  it('passes other scripts and digits through', () => {
    expect(lightStem('2254')).toBe('2254');
    expect(lightStem('reuters')).toBe('reuters');
  });
});

describe('procliticStem and derivationForms', () => {
  it('reads a leading و ف ب ل ك as a separate word only as an alternative', () => {
    expect(procliticStem(normalizeArabic('وروسيا'))).toBe(stem('روسيا'));
    expect(procliticStem(normalizeArabic('بدمشق'))).toBe('دمشق');
    expect(procliticStem('وسط')).toBeNull(); // too short to be و + word
    expect(stem('وزارة')).not.toBe(procliticStem(normalizeArabic('وزارة')));
  });

  /** Two words meet when their derivation forms intersect. */
  const related = (a: string, b: string) => derivationForms(stem(a)).some((form) => derivationForms(stem(b)).includes(form));

  it('relates derivation families', () => {
    expect(related('أصدرت', 'صدر')).toBe(true);
    expect(related('يناقش', 'ناقش')).toBe(true);
    expect(related('صودرت', 'صادرت')).toBe(true); // a passive فوعل and its active
    expect(related('نوقش', 'ناقش')).toBe(true);
    expect(related('موعد', 'ماعد')).toBe(false); // a مفعل noun is no passive
    expect(related('تقع', 'الواقعة')).toBe(true);
    expect(related('حمص', 'دمشق')).toBe(false);
    // A derived verb's participle and its past.
    expect(related('متابعة', 'تابع')).toBe(true);
    expect(related('المنسحبين', 'انسحب')).toBe(true);
    expect(related('مستمر', 'استمر')).toBe(true);
    // Not مفاعل, as often a broken plural: مناطق (regions) is not ناطق (spokesman).
    expect(related('المناطق', 'الناطق')).toBe(false);
    // A فاعل verb's participle meets its present, and only that (محاصر is يحاصر; مصادر is not صادر).
    expect(related('المحاصرين', 'يحاصر')).toBe(true);
    expect(related('معارضة', 'يعارضون')).toBe(true);
    expect(related('المصادر', 'صادر')).toBe(false);
    expect(related('المحاصرة', 'تحاصر')).toBe(true);
    // Common plurals and offices of that shape whose present is another verb: sources do not confiscate, a governor does not preserve.
    expect(related('المصادر', 'يصادر')).toBe(false);
    expect(related('محافظ', 'يحافظ')).toBe(false);
    // The feminine past of a weak verb drops its last letter: نفت is نفى, دعت is دعا; a hollow noun is no such verb.
    expect(related('نفت', 'نفى')).toBe(true);
    expect(related('دعت', 'دعا')).toBe(true);
    expect(related('عزت', 'عزا')).toBe(true);
    expect(related('بيت', 'بيا')).toBe(false);
    // Nouns of that shape are no verbs: بنت (girl) is not بنى (built).
    expect(related('بنت', 'بنى')).toBe(false);
    // A derived verb keeps a final hamza as ي once normalized: أُرجئت is أرجأ, أُخليت is أخلى.
    expect(related('أرجئت', 'أرجأ')).toBe(true);
    expect(related('أخليت', 'أخلى')).toBe(true);
    // Only that verb shape: a noun whose ة the stemmer took is not one (امرأة is not أمر, تثبيت is not ثبت's تثب).
    expect(related('امرأة', 'أمر')).toBe(false);
    expect(related('استدعيت', 'استدعى')).toBe(true);
  });

  it('relates a verbal noun in اء to its verb, and nothing else by pattern alone', () => {
    expect(related('انتهاء', 'انتهى')).toBe(true);
    expect(related('اعتداء', 'اعتدى')).toBe(true);
    expect(related('الخبراء', 'الخبر')).toBe(false);
    expect(related('مكان', 'يمكن')).toBe(false);
    // أفعل of a root in و: its ي-spelled verbal noun (إيقاف) and the verb (أوقف، وقفوا).
    expect(related('إيقاف', 'وقفوهم')).toBe(true);
    expect(related('إيضاح', 'أوضح')).toBe(true);
    expect(related('إيمان', 'أمن')).toBe(false);
    expect(related('شمال', 'شملت')).toBe(false);
  });

  it('names one event by a verb and its verbal noun, and only by them', () => {
    expect(eventStem(stem('انسحاب'))).toBe(eventStem(stem('انسحب')));
    expect(eventStem(stem('الاجتماع'))).toBe(eventStem(stem('اجتمع')));
    expect(eventStem(stem('استخدام'))).toBe(eventStem(stem('استخدم')));
    // The prefix-stripped family (أصدر/صدر) is not one event; neither is a present tense.
    expect(eventStem(stem('أصدر'))).not.toBe(eventStem(stem('صدر')));
    expect(eventStem(stem('يحتاج'))).not.toBe(eventStem(stem('احتج')));
    // A تفعيل noun and a تفعّل verb: signing is not expecting, arrest is not stopping.
    expect(eventStem(stem('توقيع'))).not.toBe(eventStem(stem('توقع')));
    expect(eventStem(stem('توقيف'))).not.toBe(eventStem(stem('توقف')));
  });

  it('guesses a three-letter root through prefixes, the افتعل ت and long vowels', () => {
    expect(rootOf(stem('انكشفت'))).toBe('كشف');
    expect(rootOf(stem('المتجمعين'))).toBe('جمع');
    expect(rootOf(stem('الاجتماع'))).toBe('جمع');
    expect(rootOf(stem('المحاكمة'))).toBe('حكم');
    expect(rootOf(stem('استخدام'))).toBe('خدم');
    expect(rootOf(stem('مرض'))).toBe('مرض'); // a root م stays
    expect(rootOf(stem('القتال'))).toBe('قتل'); // a root ت stays: fighting is not saying
    expect(rootOf(stem('المجتمعين'))).toBe('جمع');
    expect(rootOf(stem('يجتمع'))).toBe('جمع');
    expect(rootOf(stem('Homs'))).toBeNull();
  });

  it('does not read a present tense as a verbal noun', () => {
    // يحتاج (needs) and احتج (protested) share no family.
    expect(related('يحتاج', 'احتج')).toBe(false);
  });
});

describe('stopwords and analysis', () => {
  it('reads a number behind the article or an attached letter as the number (الـ42، بـ17)', () => {
    expect(analyze('فروعها الـ42 وفازت بـ17 مقعدا و3 مراكز').map((token) => token.norm)).toEqual(['فروعها', '42', 'وفازت', '17', 'مقعدا', '3', 'مراكز']);
  });

  it('reads a percent sign as the words for it (28.6% is 28.6 في المئة)', () => {
    const tokens = analyze('مقابل 28.6% و7٪');
    expect(tokens.map((token) => token.stem)).toEqual(['مقابل', '28', '6', 'ميه', '7', 'ميه']);
    expect(tokens[3]!.stem).toBe(analyze('في المئة')[1]!.stem);
    expect(tokens[3]).toMatchObject({ start: 10, end: 11, stop: false });
  });

  it('marks question words and particles, including with an attached letter', () => {
    for (const word of ['ما', 'ماذا', 'من', 'متي', 'اين', 'كم', 'هل', 'كيف', 'لماذا', 'مين', 'شو', 'وين', 'لاي', 'بماذا']) {
      expect(isStopword(word, QUESTION_STOPWORDS), word).toBe(true);
    }
    for (const word of ['قال', 'اعلن', 'حمص', 'يوم']) expect(isStopword(normalizeArabic(word), STOPWORDS), word).toBe(false);
    // Fillers of spoken questions (الخط ده اتعمل امتى أصلاً), not of articles.
    for (const word of ['أصلاً', 'أساساً']) expect(isStopword(normalizeArabic(word), QUESTION_STOPWORDS), word).toBe(true);
    // "Now" in a question, standard as spoken (الآن، حالياً، دلوقتي): حاليا is no حالة (a condition).
    for (const word of ['الآن', 'حالياً', 'دلوقتي']) expect(isStopword(normalizeArabic(word), QUESTION_STOPWORDS), word).toBe(true);
    // "According to" in a question (عدد المحاصرين وفق المنظمة): the answer says بحسب or names the source another way.
    for (const word of ['وفق', 'وفقاً', 'طبقا']) expect(isStopword(normalizeArabic(word), QUESTION_STOPWORDS), word).toBe(true);
    expect(isStopword('وفق', STOPWORDS)).toBe(false);
    // "Because of" in a question only links its topic (كم عدد النازحين بسبب النزاع); in an article it marks a reason.
    for (const word of ['بسبب', 'جراء']) {
      expect(isStopword(normalizeArabic(word), QUESTION_STOPWORDS), word).toBe(true);
      expect(isStopword(normalizeArabic(word), STOPWORDS), word).toBe(false);
    }
    // A short spoken function word behind an attached letter is the end of another word: بدا began, وفد a delegation, فرح joy.
    for (const word of ['بدا', 'وفد', 'فرح', 'لبس', 'فاو']) expect(isStopword(normalizeArabic(word), QUESTION_STOPWORDS), word).toBe(false);
    for (const word of ['بشو', 'وهل', 'لأي']) expect(isStopword(normalizeArabic(word), QUESTION_STOPWORDS), word).toBe(true);
    // Content words of articles that only look like a letter and a function word: opened, Layla, Libyan, municipal, ambush.
    for (const word of ['فتحت', 'ليلى', 'ليبي', 'بلدي', 'كمين']) expect(isStopword(normalizeArabic(word), STOPWORDS), word).toBe(false);
    // In a question a preposition or quantifier with a pronoun is a function word; لينا (a name) and كلي (total) are not.
    for (const word of ['عندهم', 'وفوقها', 'كلها', 'بينهم', 'معهم', 'معاه', 'معانا']) {
      expect(isStopword(normalizeArabic(word), QUESTION_STOPWORDS, true), word).toBe(true);
      expect(isStopword(normalizeArabic(word), STOPWORDS), word).toBe(false);
    }
    for (const word of ['لينا', 'كلي']) expect(isStopword(normalizeArabic(word), QUESTION_STOPWORDS, true), word).toBe(false);
    expect(isStopword(normalizeArabic('قدام'), QUESTION_STOPWORDS)).toBe(true);
    // عالٍ is "high" in an article; عال is spoken "on the" in a question.
    expect(isStopword(normalizeArabic('عالٍ'), STOPWORDS)).toBe(false);
    expect(isStopword(normalizeArabic('عال'), QUESTION_STOPWORDS)).toBe(true);
    // So are ودي (friendly; spoken "I'd like") and عمّ (prevailed, uncle; the spoken progressive عم).
    for (const word of ['ودي', 'عم']) {
      expect(isStopword(word, STOPWORDS), word).toBe(false);
      expect(isStopword(word, QUESTION_STOPWORDS), word).toBe(true);
    }
    for (const word of ['كما', 'كذلك', 'لذلك']) expect(isStopword(normalizeArabic(word), STOPWORDS), word).toBe(true);
  });

  it('keeps offsets into the original text, marks included', () => {
    const text = 'قالَ «المسلّحة» 2254';
    const tokens = analyze(text, 100);
    expect(tokens.map((token) => text.slice(token.start - 100, token.end - 100))).toEqual(['قالَ', 'المسلّحة', '2254']);
    expect(tokens[1]!.stem).toBe('مسلح');
  });
});

describe('spoken dialect in questions', () => {
  it.each([
    ['حكى', 'قال'],
    ['بيحكي', 'قال'],
    ['الحبس', 'السجن'],
    ['بالحبس', 'بالسجن'],
    ['طلعوا', 'خرج'],
    ['امبارح', 'امس'],
    ['عالحدود', 'الحدود'],
    ['عالانستا', 'الإنستغرام'], // عالـ, then the spoken word behind it
    ['هالمستوى', 'المستوي'],
    ['لهالمستوى', 'للمستوي'],
    ['بهالحبس', 'بالسجن'],
    ['هاله', 'هاله'], // a name, too short to be هالـ + noun
    ['هالكون', 'هالكون'], // words of their own
    ['هالكلام', 'الكلام'],
    ['هالوين', 'هالوين'],
    ['هالاتها', 'هالاتها'],
    ['تفوت', 'دخل'], // listed as يفوت: another person of the same present
    ['بتفوت', 'دخل'],
    ['ينصابوا', 'أصيب'], // listed as انصابوا: the present of a spoken passive
    ['بيتسجن', 'سجن'],
    ['ينسحب', 'ينسحب'], // a standard present is left alone
    ['يتمسك', 'يتمسك'], // the standard تفعّل, not the Egyptian passive اتمسك
    ['بيتمسك', 'اعتقل'], // with the spoken بـ it is
    ['شافوا', 'شاهد'],
    ['سكرت', 'أغلق'], // the feminine past of a past listed in the plural (سكروا)
    ['حطت', 'وضع'],
    ['حمص', 'حمص'],
    ['تقرير', 'تقرير'], // a noun beginning with ت is not read as a verb of another person
    ['يضيف', 'يضيف'], // standard Arabic, not a spoken spelling of another person
    ['انسحبو', 'انسحبوا'], // the chat past plural, its alef dropped, for any verb
    ['دمرو', 'دمروا'],
    ['فيديو', 'فيديو'], // a loanword in يو is left alone
    ['الفاو', 'الفاو'], // a noun with the article is not a chat plural
    ['الجو', 'الجو'],
    ['التزمو', 'التزموا'], // a verb in ال is
    ['القو', 'القوا'], // ألقوا
    ['الناتو', 'الناتو'],
    ['والجو', 'والجو'],
    ['عضو', 'عضو'],
    ['نالت', 'نالت'],
    ['عمل', 'عمل'], // work, a job: the standard noun stays (ما عمل المتهم)
    ['عملوا', 'فعل'], // the Egyptian "did"
    ['بلغت', 'بلغت'], // "reached": a preposition never stands before a past (not ب + لغت "cancelled")
    ['بالطيارات', 'بالطائرة'], // but a plural in ات is a noun (read as its listed standard word)
    ['بيرجعوا', 'عاد'], // and the spoken present's بـ still goes
    ['تلاقى', 'التقى'], // met, not يلاقي's "found"
    ['العيانين', 'المريض'], // the Egyptian sick; bare عيان stays the eyewitness's word
    ['عيان', 'عيان'],
  ])('%s reads as %s', (spoken, standard) => {
    expect(standardWord(normalizeArabic(spoken))).toBe(normalizeArabic(standard));
  });

  it('reads a preposition with a pronoun behind و or ف only: بلدية is no ب + لديه', () => {
    expect(analyze('بلدية وعندهم', 0, QUESTION_STOPWORDS, true).map((token) => token.stop)).toEqual([false, true]);
  });

  it('reads a function word as it is, never as a chat plural', () => {
    // اشنو (Maghrebi "what") ends in و like a chat past plural (قتلو), but it is a question word.
    expect(analyze('اشنو هربو', 0, QUESTION_STOPWORDS, true).map((token) => token.norm)).toEqual(['اشنو', 'هربوا']);
  });

  it('applies to questions only, never to article text', () => {
    expect(analyze('حكى الحبس', 0, STOPWORDS, true).map((token) => token.norm)).toEqual(['قال', 'السجن']);
    expect(analyze('حكى الحبس').map((token) => token.norm)).toEqual(['حكي', 'الحبس']);
  });
});

describe('broken plurals', () => {
  it('relates a singular and its plural, which stemming keeps apart', () => {
    expect(pluralForms(stem('سجين'))).toContain(stem('السجناء'));
    expect(pluralForms(stem('خبير'))).toContain(stem('الخبراء'));
    // Two in its cases and genders, which the stemmer keeps apart (اثنان keeps its ان, اثنين loses its ين).
    expect(pluralForms(stem('اثنان'))).toContain(stem('اثنين'));
  });
});

describe('near-synonyms of news usage', () => {
  it('relates the words of a group, by stem', () => {
    expect(synonymForms(stem('صرح'))).toContain(stem('قال'));
    expect(synonymForms(stem('حرب'))).not.toContain(stem('سلام'));
    // لقي حتفه (met his death) is how news says killed as often as died.
    expect(synonymForms(stem('حتفه'))).toContain(stem('قتل'));
    // Suspending classes is تعليق or تعطيل; a slow response is a late one.
    expect(synonymForms(stem('تعطيل'))).toContain(stem('علق'));
    expect(synonymForms(stem('تباطؤ'))).toContain(stem('تأخر'));
    // Who heads a body is its head: يرأس، يترأس meet رئيس.
    expect(synonymForms(stem('يرأس'))).toContain(stem('رئيس'));
    expect(synonymForms(stem('يترأس'))).toContain(stem('رئيس'));
    // A tanker is the ship of an oil spill; a prisoner is also مسجون، one at large هارب or فار (not طليق: طليقته is an ex-wife).
    expect(synonymForms(stem('الناقلة'))).toContain(stem('السفينة'));
    expect(synonymForms(stem('مسجون'))).toContain(stem('سجين'));
    expect(synonymForms(stem('الهاربين'))).toContain(stem('الفارين'));
    expect(synonymForms(stem('طليقته'))).not.toContain(stem('هارب'));
    // التطهير العرقي (ethnic cleansing) is no disinfection.
    expect(synonymForms(stem('التطهير'))).not.toContain(stem('تعقيم'));
    // A military convoy is a رتل; the lowest is the least; dispersing a sit-in is فضّه.
    expect(synonymForms(stem('القافلة'))).toContain(stem('رتل'));
    expect(synonymForms(stem('أقل'))).toContain(stem('الأدنى'));
    expect(synonymForms(stem('تفريق'))).toContain(stem('فض'));
    // Bail is a financial guarantee; a hideout's مخبأ and hidden مخبأة stem apart.
    expect(synonymForms(stem('الضمان'))).toContain(stem('كفالة'));
    expect(synonymForms(stem('مخبأة'))).toContain(stem('مخبأ'));
    // News names a government by its capital.
    expect(synonymForms(stem('روسيا'))).toContain(stem('موسكو'));
    // Not a seat whose name is an ordinary word (الرباط: a ligament) or a club's (ريال مدريد).
    expect(synonymForms(stem('المغرب'))).not.toContain(stem('الرباط'));
  });
});

describe('lexicon lists', () => {
  it('never runs a group on to the next line', () => {
    // مساء ليل ends one line of the synonym list and قال صرح … begins the next.
    expect(synonymForms(stem('ليل'))).not.toContain(stem('قال'));
    expect(pluralForms(stem('أساس'))).not.toContain(stem('موقع'));
  });
});
