import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/answer.js';
import { parseQuestion } from '../src/answer/question.js';
import { questionWords } from '../src/answer/rank.js';
import { arabicSkeleton, englishLemmas, englishPhrase, latinSkeleton, translateEnglish } from '../src/arabic/english.js';
import { ENGLISH_GLOSSARY } from '../src/arabic/english-glossary.js';
import { normalizeArabic } from '../src/arabic/normalize.js';
import { openLibrary, type Library } from '../src/library.js';
import { libraryOf } from './support/article-library.js';
import { corpusDir, projectRoot } from '../src/paths.js';

/** Runs `check` on a library made of one throwaway article. */
const withArticle = (text: string, check: (library: Library) => void): void => check(libraryOf(text));

const formsIn = (library: Library, question: string, norm: string) =>
  questionWords(library.index, parseQuestion(question)).find((word) => word.token.norm === norm)!.forms.map((form) => form.term);

describe('English glossary', () => {
  const lines = ENGLISH_GLOSSARY.trim().split('\n');

  it('has one well-formed line per lemma', () => {
    for (const line of lines) expect(line).toMatch(/^[a-z][a-z' -]*: [\u0621-\u064A ]+(, [\u0621-\u064A ]+)*$/);
    const keys = lines.map((line) => line.split(':')[0]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('translates inflected words through their lemma', () => {
    expect(translateEnglish('statements')).toContain(normalizeArabic('بيان'));
    expect(translateEnglish('withdrew')).toContain(normalizeArabic('انسحب'));
    // A vote is often the election itself (the parliamentary vote).
    expect(translateEnglish('vote')).toContain(normalizeArabic('انتخابات'));
    expect(translateEnglish('field')).toContain(normalizeArabic('حقل'));
    expect(translateEnglish('subjects')).toContain(normalizeArabic('مواد'));
    // Pay is also what one is paid; what a union wants is what it demands.
    expect(translateEnglish('pay')).toContain(normalizeArabic('بدل'));
    expect(translateEnglish('wants')).toContain(normalizeArabic('مطالب'));
    // A military academy is often a كلية (الكلية الحربية), and its cadets طلاب ضباط.
    expect(translateEnglish('academy')).toContain(normalizeArabic('كلية'));
    expect(translateEnglish('cadets')).toContain(normalizeArabic('طالب'));
    // A word the glossary lacks is not the nearest it has: inside is not insider; an oil slick is a بقعة, not a سلوك.
    expect(translateEnglish('inside')).toEqual([normalizeArabic('داخل')]);
    expect(translateEnglish('slick')).toContain(normalizeArabic('بقعة'));
    // Nor is storey a store, hardest a harvest, or sorties sorry.
    expect(translateEnglish('storey')).toContain(normalizeArabic('طابق'));
    expect(translateEnglish('hardest')).toContain(normalizeArabic('أشد'));
    expect(translateEnglish('sorties')).toContain(normalizeArabic('طلعات'));
    expect(translateEnglish('xyzzy')).toEqual([]);
  });
});

describe('englishLemmas', () => {
  it.each([
    ['forces', 'force'],
    ['countries', 'country'],
    ['stopped', 'stop'],
    ['announced', 'announce'],
    ['fighting', 'fight'],
    ['took', 'take'],
  ])('%s → %s', (word, lemma) => {
    expect(englishLemmas(word)).toContain(lemma);
  });

  it('joins a phrasal verb in any tense', () => {
    expect(englishPhrase(['took', 'over'])).toBe('take over');
    expect(englishPhrase(['security', 'council'])).toBe('security council');
    expect(englishPhrase(['united', 'arab', 'emirates'])).toBe('united arab emirates');
    expect(englishPhrase(['the', 'council'])).toBeNull();
  });
});

describe('consonant skeletons', () => {
  it.each([
    ['homs', 'حمص'],
    ['qusayr', 'القصير'],
    ['hama', 'حماة'],
    ['hassan', 'حسن'],
    ['astana', 'أستانا'],
    ['shami', 'الشامي'],
  ])('%s sounds like %s', (latin, arabic) => {
    expect(latinSkeleton(latin)).toBe(arabicSkeleton(normalizeArabic(arabic)));
  });

  it.each([
    ['homs', 'حماة'],
    ['rami', 'رامي عبد'],
  ])('%s does not sound like %s', (latin, arabic) => {
    expect(latinSkeleton(latin)).not.toBe(arabicSkeleton(normalizeArabic(arabic)));
  });
});

describe('reading an English question', () => {
  it.each([
    ['Who is the head of the observatory?', 'person'],
    ['Which year was resolution 2254 adopted?', 'when'],
    ['how many fighters left?', 'how-many'],
    ['How far is the camp from the border?', 'how-many'], // a distance, told by a number
  ])('%s is a %s question', (question, kind) => {
    expect(parseQuestion(question).kind).toBe(kind);
  });

  it('takes the counted noun past names and count nouns', () => {
    expect([...parseQuestion('how many Hezbollah fighters left?').answerTypes].map((token) => token.norm)).toEqual(['fighters']);
    expect([...parseQuestion('كم عدد الدول التي وقعت؟').answerTypes].map((token) => token.norm)).toEqual(['الدول']);
  });

  it('reads no names into a question written in Title Case', () => {
    expect(parseQuestion('What Did The Statement Say About Regional Security?').names.size).toBe(0);
    expect([...parseQuestion('what did they say in Doha?').names].map((token) => token.norm)).toEqual(['doha']);
  });

  it('drops the fragments of contractions', () => {
    expect(parseQuestion("What were Hezbollah's fighters doing?").content.map((token) => token.norm)).toEqual(['hezbollah', 'fighters', 'doing']);
  });

  it('drops "happen" and "occur", which only frame the question, as حصل and جرى are dropped from Arabic ones', () => {
    expect(parseQuestion('On what day did the robbery happen?').content.map((token) => token.norm)).toEqual(['day', 'robbery']);
    expect(parseQuestion('When did the attack occur?').content.map((token) => token.norm)).toEqual(['attack']);
    expect(parseQuestion('Which shops have already closed because of the storm?').content.map((token) => token.norm)).toEqual(['shops', 'closed', 'storm']);
  });

  it('drops an English word the glossary renders only by Arabic function words (ago: منذ، قبل)', () => {
    expect(parseQuestion('How many refugees returned two months ago?').content.map((token) => token.norm)).not.toContain('ago');
    expect(parseQuestion('How many refugees returned since January?').content.map((token) => token.norm)).toEqual(['refugees', 'returned', 'january']);
    // Prepositions and conjunctions too, as Arabic's are (بين، خلال، قبل).
    expect(parseQuestion('Who mediated between the sides during the talks?').content.map((token) => token.norm)).toEqual(['mediated', 'sides', 'talks']);
    // "Who is / who are" asks a name, as من هو does: a source that asked not to be named does not answer it.
    expect(parseQuestion('Who are the sources that explained the failure?').whoIs).toBe(true);
    expect(parseQuestion('Who explained the failure?').whoIs).toBe(false);
    // Who was … is mostly a passive (who was killed), not "who is".
    expect(parseQuestion('Who was killed in the attack?').whoIs).toBe(false);
    // The measure after "how" is what the answer's number gives, not a word to look for (big would match كبير).
    expect(parseQuestion('How big are the gas reserves of the field?').content.map((token) => token.norm)).toEqual(['gas', 'reserves', 'field']);
    expect(parseQuestion('How long did the talks last?').content.map((token) => token.norm)).not.toContain('long');
  });
});

describe('misspelled and lower-case English', () => {
  it('translates a word one typo from the glossary (long words only)', () => {
    expect(translateEnglish('presidental').length).toBeGreaterThan(0);
    expect(translateEnglish('univeristy')).toContain(normalizeArabic('جامعة'));
    expect(translateEnglish('xyzzy')).toEqual([]);
  });

  it('does not read a name as a misspelled word', () => {
    // "Miller" is one letter from "killer"; written as a name, it is matched by its sound instead.
    withArticle('عنوان\n\nوقال المتحدث ماثيو ميلر إن الوضع صعب.\n', (article) => {
      const miller = questionWords(article.index, parseQuestion('What did spokesman Matthew Miller say?')).find((word) => word.token.norm === 'miller')!;
      expect(miller.forms.map((form) => form.term)).toContain(normalizeArabic('ميلر'));
    });
  });

  it('finds a lower-case name among the article names by its sound, and only there', () => {
    const library = openLibrary(join(projectRoot(), 'eval', 'articles', 'dev', 'corpus'));
    expect(formsIn(library, 'what did haddad say about the plan', 'haddad')).toContain(normalizeArabic('حداد'));
    // A two-letter sound (md) meets the name عماد، never a common word.
    expect(formsIn(library, 'what did imad say', 'imad')).toContain(normalizeArabic('عماد'));
    // كامل here is an ordinary word ("in full"): written as a name, Kamal may meet it; in lower case only names are searched.
    withArticle('عنوان\n\nوقال سليم الحداد إن الخطة ستطبق بشكل كامل.\n', (article) => {
      expect(formsIn(article, 'What did Kamal say?', 'kamal')).toContain(normalizeArabic('كامل'));
      expect(formsIn(article, 'what did kamal say', 'kamal')).not.toContain(normalizeArabic('كامل'));
    });
  });
});

describe('questions in English', () => {
  const library = openLibrary(corpusDir());

  it('answers from the Arabic article, quoting it verbatim', () => {
    const answer = answerQuestion(library, 'Who took over Homs?');
    expect(answer.answered).toBe(true);
    expect(answer.language).toBe('en');
    expect(answer.results[0]!.quote).toMatch(/السيطرة على (مدينة )?حمص/);
  });

  it('takes a one-word translation of a phrase for the head of its longer one (prison break → هروب من السجن, فرار)', () => {
    const prison = libraryOf(
      'هروب 17 سجيناً من سجن الوادي المركزي',
      'أعلنت وزارة الداخلية صباح الخميس 22 أيار فرار 17 سجيناً من سجن الوادي المركزي، الواقع على أطراف المدينة.',
      'وقالت الوزارة إن البحث متواصل.',
    );
    const answer = answerQuestion(prison, 'When was the prison break announced?');
    expect(answer.answered).toBe(true);
    expect(answer.results[0]!.quote).toContain('22 أيار');
  });

  it('finds a name the glossary lacks by its sound, when it is written as a name', () => {
    const question = parseQuestion('What happened near al-Qusayr?');
    expect([...question.names].map((token) => token.norm)).toEqual(['qusayr']);
    expect(answerQuestion(library, 'Did fighters leave Qusayr?').results[0]!.quote).toContain('القصير');
  });

  it('does not take a known name that is absent for a sound-alike (Hamas is not حمص)', () => {
    const hamas = questionWords(library.index, parseQuestion('What did Hamas say?')).find((word) => word.token.norm === 'hamas')!;
    expect(hamas.forms).toEqual([]);
  });

  it('matches a translation of several words only where the article has them all', () => {
    // This article has المتحدة (of الولايات المتحدة) but not الأمم: "United Nations" must not match it.
    withArticle('عنوان\n\nوقالت الولايات المتحدة إنها تتابع الوضع.\n', (article) => {
      const words = (question: string) => questionWords(article.index, parseQuestion(question));
      expect(words('What did the United Nations say?')[0]!.forms).toEqual([]);
      expect(words('What did the United States say?')[0]!.forms.length).toBeGreaterThan(0);
    });
  });

  it('asks for every word of a phrase translated by several, so that another minister does not answer', () => {
    // الزراعة is commoner here than وزير, so the rarest word alone would be وزير, which both ministers share.
    const text = 'عنوان\n\nوقالت وزيرة الاقتصاد لينا الحسيني إن الأسعار سترتفع.\n\nوقال وزير الزراعة خالد المصري، خلال جولة ميدانية في السهل يوم الأربعاء، إن الموسم صعب على المزارعين.\n\nوتضررت الزراعة من الجفاف. وتراجعت الزراعة في الجنوب.\n';
    withArticle(text, (article) => {
      const words = questionWords(article.index, parseQuestion('What did the agriculture minister say?'));
      expect(words.map((word) => word.part)).toEqual([0, 1]);
      expect(answerQuestion(article, 'Who is the agriculture minister?').results[0]?.quote).toContain('وزير الزراعة');
      expect(answerQuestion(article, 'What did the economy minister say?').results[0]?.quote).toContain('وزيرة الاقتصاد');
    });
  });

  it('declines when a named place is absent from the article', () => {
    expect(answerQuestion(library, 'What time is it in Tokyo?').answered).toBe(false);
    expect(answerQuestion(library, 'Who won the election in Brazil?').answered).toBe(false);
  });
});
