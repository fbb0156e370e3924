import { describe, expect, it } from 'vitest';
import { ANSWER_DEFAULTS, answerQuestion, offTopic, rankForAnswer, readQuestion } from '../src/answer/answer.js';
import { questionWords, type RankedChunk } from '../src/answer/rank.js';
import { isDual, isReached } from '../src/answer/answer-form.js';
import { parseQuestion } from '../src/answer/question.js';
import { openLibrary } from '../src/library.js';
import { libraryOf } from './support/article-library.js';
import { corpusDir } from '../src/paths.js';
import { renderTerminal } from '../src/render/terminal.js';
import { analyze } from '../src/arabic/analyze.js';
import { FIRST_NAMES } from '../src/attribution/lexicon.js';
import { sentenceFeatures, timeGrain } from '../src/search/sentence-features.js';
import { withheldClauses } from '../src/search/withheld.js';

const library = openLibrary(corpusDir());
const textOf = (id: string) => library.articles.find((article) => article.id === id)!.text;
const top = (question: string) => answerQuestion(library, question).results[0]?.quote;

describe('answerQuestion', () => {
  it('answers with the article sentence verbatim and a citation exact to the character', () => {
    const answer = answerQuestion(library, 'من أعلن السيطرة على حمص باسم أحرار الشام؟');
    expect(answer.answered).toBe(true);
    expect(answer.results).toHaveLength(3);
    const [best] = answer.results;
    expect(best!.quote.startsWith('وأعلن قائد حركة «أحرار الشام»')).toBe(true);
    expect(best!.paragraph).toBe(3);
    expect(best!.sentence).toBe(1);
    for (const passage of answer.results) {
      expect(textOf(passage.article.id).slice(passage.start, passage.end)).toBe(passage.quote);
      for (const [start, end] of passage.highlights) expect(passage.quote.slice(start, end).trim()).not.toBe('');
    }
    expect(answer.results.map((passage) => passage.score)).toEqual([...answer.results.map((passage) => passage.score)].sort((a, b) => b - a));
  });

  it('gives the same answer however the question is spelled', () => {
    const plain = top('اين يقع سجن حمص المركزي؟');
    expect(plain).toContain('سجن حمص المركزي');
    for (const variant of [
      'أين يقع سجن حمص المركزي؟', // hamza
      'أَيْنَ يَقَعُ سِجْنُ حِمْصَ المَرْكَزِيُّ؟', // full diacritics
      'اين يقع سجن حمص المركزى', // ى for ي, no question mark
      'اين يقع سـجـن حمـص المركزي؟', // tatweel
      'اين يقع سجن حمص المكرزي؟', // swapped letters
      'اين يقع سجن حمص المركززي؟', // doubled letter
    ]) {
      expect(top(variant), variant).toBe(plain);
    }
    expect(top('ما رقم قرار مجلس الأمن؟')).toBe(top('ما رقم قرار مجلس الامن ٢٢٥٤؟'));
  });

  it('says plainly when the article does not answer', () => {
    for (const question of ['ما عاصمة اليابان؟', 'كم سعر برميل النفط اليوم؟', 'What time is it in Tokyo?']) {
      const answer = answerQuestion(library, question);
      expect(answer.answered, question).toBe(false);
      expect(answer.message).toBeTruthy();
    }
    expect(answerQuestion(library, 'ما عاصمة اليابان؟').message).toBe('لا يجيب المقال عن هذا السؤال.');
    expect(answerQuestion(library, 'What time is it in Tokyo?').message).toBe('The article does not answer this question.');
  });

  it('labels closest passages of an unanswered question as such, never as the answer', () => {
    const answer = answerQuestion(library, 'من هو الأمين العام لحزب الله؟');
    expect(answer.answered).toBe(false);
    expect(answer.results.length).toBeGreaterThan(0);
    for (const passage of answer.results) expect(textOf(passage.article.id).slice(passage.start, passage.end)).toBe(passage.quote);
    const text = renderTerminal({ kind: 'answer', answer });
    expect(text.split('\n').slice(0, 2)).toEqual(['لا يجيب المقال عن هذا السؤال.', 'أقرب ما في المقال (ليس إجابة):']);
    expect(text).not.toContain('من نص المقال:');
  });

  it('does not answer a question of stopwords only', () => {
    const answer = answerQuestion(library, 'ما هو؟');
    expect(answer.answered).toBe(false);
    expect(answer.results).toEqual([]);
  });

  it('pages through the ranking with offset and limit', () => {
    const first = answerQuestion(library, 'حمص', { limit: 2 });
    const next = answerQuestion(library, 'حمص', { limit: 2, offset: 2 });
    expect(first.total).toBe(next.total);
    expect(next.offset).toBe(2);
    expect(next.results[0]?.quote).not.toBe(first.results[0]?.quote);
    expect(first.results).toHaveLength(2);
  });
});

describe('synonyms that would collide', () => {
  it('does not read دور (a role) or الدوري (the league) as a session: دورة stems like them', () => {
    const council = libraryOf('مجلس النواب', 'واعتبر النائب أن المواطن يدفع ثمن سنوات من الإهمال، مطالبًا باستدعاء الوزير إلى جلسة استجواب.');
    expect(answerQuestion(council, 'مين بطل الدوري السنة هاي').answered).toBe(false);
  });

  it('keeps out synonyms whose stem is another common word: حمى (fever) is not دافع, أمر (ordered) is not قائد', () => {
    const defence = libraryOf('الدفاع', 'ودافع الوزير عن قرار رفع أسعار الوقود أمام البرلمان.');
    expect(questionWords(defence.index, parseQuestion('ما أعراض الحمى؟')).flatMap((word) => word.forms.map((form) => form.term))).not.toContain('دافع');
    const army = libraryOf('الجيش', 'وقال قائد الجيش إن القوات انسحبت.');
    expect(questionWords(army.index, parseQuestion('من أمر بالانسحاب؟')).flatMap((word) => word.forms.map((form) => form.term))).not.toContain('قايد');
  });

  it('places no number by a word a near-synonym matches only weakly (مئات السجناء خرجوا for how many soldiers withdrew)', () => {
    expect(answerQuestion(library, 'كم عدد عناصر الجيش الذين انسحبوا من حمص؟').answered).toBe(false);
    // Nor is a noun so matched the one counted (ثلاثة عناصر for كم مسلحًا).
    const strike = libraryOf('غارة', 'وقتل 31 شخصا في غارة جوية على السوق.', 'وكان بين القتلى ثلاثة عناصر من الدفاع المدني.', 'وتبنت جماعة مسلحة الهجوم.');
    expect(rankForAnswer(strike.index, readQuestion(strike, 'كم مسلح قتل بالغارة؟')).some((ranked) => ranked.countsAsked)).toBe(false);
    // A number beside the word itself still counts.
    const army = libraryOf('انسحاب', 'وانسحب 300 جندي من المدينة فجر الأحد.', 'وخرج مئات السكان من بيوتهم.');
    expect(answerQuestion(army, 'كم جنديا انسحب من المدينة؟').results[0]?.quote).toContain('300 جندي');
  });
});

describe('parseQuestion', () => {
  it.each([
    ['من قال ذلك؟', 'who'],
    ['مين قال ذلك؟', 'who'],
    ['متى صدر البيان؟', 'when'],
    ['كم عدد الدول؟', 'how-many'],
    ['اين يقع السجن', 'where'],
    ['لوين راحوا المعلمين؟', 'where'], // "to where": ل is not "for" here
    ['لامتى رح تضل الطرق مسكرة؟', 'when'],
    ['بيا سنة صار الحادث', 'when'], // Iraqi بيا: which
    ['الانفجار حصل الساعة كام؟', 'when'], // what time
    ['كم الساعة وصلوا', 'when'],
    ['قديش ساعة استمر الاجتماع', 'how-many'], // how many hours
    ['حتى الساعة، كم عدد المصابين؟', 'how-many'], // so far
    ['لحد الساعه كام مصاب؟', 'how-many'],
    ['هل انسحبوا؟', 'yes-no'],
    ['How many states signed?', 'how-many'],
    ['ما اسم قائد الحركة؟', 'person'],
    ['ما اسم الحركة؟', 'name'],
    ['What are the names of the villages?', 'name'],
    ['من هو رئيس الوزراء؟', 'person'],
    ['مين رئيس الاتحاد', 'person'],
    ['من أعلن السيطرة؟', 'who'],
    ['من وين اجت الفصائل؟', 'where'],
    ['How long have the protests been going on?', 'when'],
    ['بأي سنة صدر القرار؟', 'when'],
    ['What is the new date of the surgery?', 'when'],
    ['ما اسما الشركتين المتهمتين؟', 'name'], // the dual of اسم
    ['بسبب ايش تأجلت المباراة؟', 'why'], // "because of what"
    ['بسبب ما حدث أمس، ما الذي تغير؟', 'what'], // "because of what happened"
    ['What happened on the day of the attack?', 'what'], // no date is asked
    ['حمص', 'other'],
    ['مصر كانت من ضمن الدول؟', 'other'],
    ['ما اسم الشخص الذي يقود الحزب؟', 'person'],
    ['كم اسم ورد في القائمة؟', 'how-many'],
    ['How many names were on the list?', 'how-many'],
    ['من المسؤول عن الهجوم؟', 'who'],
    ['How old is the minister?', 'how-many'],
    ['Who is the interior minister?', 'person'], // an English phrase ending in an office
    ['علاش انسحبوا من المدينة؟', 'why'], // Maghrebi
    ['شكون اللي أعلن السيطرة؟', 'who'],
    ['وقتاش صدر البيان؟', 'when'],
    ['شوكت صدر البيان؟', 'when'], // Iraqi
    ['منين جات الفصائل؟', 'where'],
    ['من أي تاريخ تسري العقوبة؟', 'when'], // "from which date", not "who"
    ['من متى بدأت الأزمة؟', 'when'],
    ['بكم مركز أعيد الفرز؟', 'how-many'], // a question word behind an attached letter
    ['ومتى صدر البيان؟', 'when'],
    ['شكد قرية تضررت؟', 'how-many'], // Iraqi
    ['شحال من واحد مات؟', 'how-many'], // Maghrebi
    ['منو اللي أعلن السيطرة؟', 'who'],
    ['اشلون دخلوا المدينة؟', 'how'],
    ['الاتحاد اعلن القرار ده امتى', 'when'], // the question word at the end
    ['هي لازم ترجع كام فلوس للاتحاد', 'how-many'],
    ['انسحبت القوات أمس من المدينة', 'other'], // من later in the question is "from"
    ['وزير الصحة اسمه ايه', 'person'], // the name word after the office, in spoken order
    ['شسمه السجين اللي هرب', 'name'],
    ['الدولار بقى بكام', 'how-many'],
    ['ما سبب انهيار المباني؟', 'why'], // a reason noun after "what"
    ['شو أسباب الأزمة', 'why'],
    ['What was the reason for the delay?', 'why'],
    ['ما نتيجة التحقيق؟', 'what'],
    ['ما عدد الجنود الذين جرحوا؟', 'how-many'], // a measure noun after "what"
    ['وش عمر رئيس النقابة؟', 'how-many'], // the age is a measure too
    ['ما قيمة الصفقة؟', 'how-many'],
    ['What is the number of injured?', 'how-many'],
    ['وش كثر وصلت الحرارة', 'how-many'], // Gulf "how much"
    ['قد إيه الخسائر؟', 'how-many'], // Egyptian
  ])('%s is a %s question', (question, kind) => {
    expect(parseQuestion(question).kind).toBe(kind);
  });

  it('drops the كثر of وش كثر (how much), and keeps the verb كثر (increased) elsewhere', () => {
    expect(parseQuestion('وش كثر وصلت الحرارة').content.map((token) => token.norm)).toEqual(['وصلت', 'الحراره']);
    expect(parseQuestion('لماذا كثر الحديث عن الأزمة؟').content.map((token) => token.norm)).toContain('كثر');
    // Read alike wherever "what" asks how much: the kind and the dropped word agree.
    const what = parseQuestion('شنو كثر وصلت الحرارة');
    expect([what.kind, what.content.map((token) => token.norm)]).toEqual(['how-many', ['وصلت', 'الحراره']]);
  });

  it('drops the reason noun that frames a "why" question, as اسم of a name question', () => {
    expect(parseQuestion('ما سبب انهيار المباني؟').content.map((token) => token.norm)).toEqual(['انهيار', 'المباني']);
  });
});

describe('the asker\'s own words', () => {
  it('drops the addressee after يا, and only there', () => {
    expect(parseQuestion('يا شباب متى صدر البيان؟').content.map((token) => token.norm)).toEqual(['صدر', 'البيان']);
    expect(parseQuestion('هل في دور للشباب بالحوار؟').content.map((token) => token.norm)).toContain('للشباب');
  });

  it('reads the واحد of قديش واحد as whoever is counted, and only there', () => {
    expect(parseQuestion('قديش واحد طلع من السجن؟').content.map((token) => token.norm)).not.toContain('واحد');
    expect(parseQuestion('هل بقي واحد من المتهمين في السجن؟').content.map((token) => token.norm)).toContain('واحد');
  });

  it('reads الواحد after a definite noun as "each one" of it, not a topic (للمصاب الواحد answered by لكل مصاب)', () => {
    expect(parseQuestion('الشركة هتدفع كام للمصاب الواحد؟').content.map((token) => token.norm)).toEqual(['الشركه', 'هتدفع', 'للمصاب']);
    expect(parseQuestion('هل نجا الواحد منهم؟').content.map((token) => token.norm)).toContain('الواحد');
    expect(parseQuestion('كم طفلا في العائلة الواحدة؟').content.map((token) => token.norm)).not.toContain('الواحده');
    expect(parseQuestion('من هو الواحد الذي نجا؟').content.map((token) => token.norm)).toContain('الواحد');
    // Only in a how-much question: elsewhere it may be a term of its own (حكم الحزب الواحد، حل الدولة الواحدة).
    expect(parseQuestion('متى انتهى حكم الحزب الواحد؟').content.map((token) => token.norm)).toContain('الواحد');
  });

  it('reads the Egyptian زي as "like" before a word without the article, not زي الفرقة (a uniform)', () => {
    expect(parseQuestion('مين اللي قال انه سمع صوت زي جبل وقع').content.map((token) => token.norm)).not.toContain('زي');
    expect(parseQuestion('ليش الأسعار ما ضلت زي ما هي؟').content.map((token) => token.norm)).not.toContain('زي');
    expect(parseQuestion('ما لون زي الفرقة؟').content.map((token) => token.norm)).toContain('زي');
    const company = libraryOf('العبارة', 'وأعلنت الشركة صرف تعويض فوري قدره 1500 دينار لكل مصاب.', 'وقال الواحد من الركاب إن الرحلة كانت هادئة.');
    expect(answerQuestion(company, 'الشركة هتدفع كام للمصاب الواحد؟').results[0]?.quote).toContain('1500 دينار لكل مصاب');
  });

  it('reads a name word after why, when, where or how as no name question (لماذا لم تُذكر أسماء الشهود)', () => {
    expect(parseQuestion('لماذا لم تُذكر أسماء الشهود في التقرير؟').kind).toBe('why');
    expect(parseQuestion('متى تغير اسم الشارع؟').kind).toBe('when');
    expect(parseQuestion('هل كُشف اسم المتهم؟').kind).not.toBe('yes-no');
    expect(parseQuestion('ما اسم السد؟').kind).toBe('name');
  });

  it('drops الآن (now) from a question but keeps آلان (Alain), which normalizes alike', () => {
    expect(parseQuestion('كم عدد القتلى الآن؟').content.map((token) => token.norm)).toEqual(['عدد', 'القتلي']);
    expect(parseQuestion('ماذا قال آلان عون عن الحكومة؟').content.map((token) => token.norm)).toContain('الان');
  });

  it('reads بلغ right after كم as framing "how much", not a topic (كم يبلغ عدد النازحين)', () => {
    expect(parseQuestion('كم يبلغ عدد النازحين؟').content.map((token) => token.norm)).toEqual(['عدد', 'النازحين']);
    expect(parseQuestion('كم بلغت قيمة الصفقة؟').content.map((token) => token.norm)).toEqual(['قيمه', 'الصفقه']);
    expect(parseQuestion('متى بلغ الوفد العاصمة؟').content.map((token) => token.norm)).toContain('بلغ');
  });

  it('drops the spoken possessive تبع from questions, not from articles', () => {
    expect(parseQuestion('مين المحامية تبع المتهم').content.map((token) => token.norm)).toEqual(['المحاميه', 'المتهم']);
    expect(analyze('وتبعه إطلاق نار').filter((token) => !token.stop).map((token) => token.norm)).toContain('وتبعه');
  });

  it('drops "according to", as it drops بحسب: it frames the question', () => {
    expect(parseQuestion('According to the minister, why did taxes go up?').content.map((token) => token.norm)).toEqual(['minister', 'taxes', 'go up']);
  });

  it('reads "won" as the past of win, except in "won\'t"', () => {
    expect(parseQuestion('Who won the final?').content.map((token) => token.norm)).toEqual(['won', 'final']);
    expect(parseQuestion("Why won't they attend?").content.map((token) => token.norm)).toEqual(['attend']);
    expect(parseQuestion('Were farmers as well as traders hit?').content.map((token) => token.norm)).toEqual(['farmers', 'traders', 'hit']);
    expect(parseQuestion('How many wells were closed?').content.map((token) => token.norm)).toContain('wells');
  });
});

describe('near misses that only the whole article shows', () => {
  const schools = libraryOf(
    'المعلمون يضربون',
    'وانسحبت الشرطة من الشوارع مساء الاثنين.',
    'وستعلن البلدية خطتها للنقل مطلع العام المقبل.',
    'وأضرب المعلمون في المدارس الحكومية منذ أشهر احتجاجا على تأخر الرواتب. وقال المعلمون إن مطالبهم عادلة.',
    'وأغلقت المدارس الحكومية أبوابها يوم الاثنين بسبب العاصفة.',
  );
  const answered = (question: string) => answerQuestion(schools, question).answered;

  it('does not answer "when is the next one" with when the last one was', () => {
    expect(answered('متى انسحبت الشرطة من الشوارع؟')).toBe(true);
    expect(answered('متى الانسحاب المقبل للشرطة من الشوارع؟')).toBe(false);
    expect(answered('امتى الانسحاب الجاي للشرطة من الشوارع؟')).toBe(false);
    // A future answers it.
    expect(answered('متى تعلن البلدية خطتها المقبلة للنقل؟')).toBe(true);
    expect(parseQuestion('When is the next withdrawal?').upcoming).toBe(true);
    // "When will it begin" is not answered by times all marked past, nor by بعد (yet) ending a clause.
    const prison = libraryOf('السجن', 'وكانت الحكومة قد أعلنت العام الماضي خطة لبناء سجن جديد في المحافظة، لكن العمل فيه لم يبدأ بعد.');
    expect(answerQuestion(prison, 'متى سيبدأ بناء السجن الجديد؟').answered).toBe(false);
    expect(answerQuestion(prison, 'متى أعلنت الحكومة خطة بناء السجن الجديد؟').answered).toBe(true);
    const plan = prison.index.chunks.find((entry) => entry.chunk.paragraph === 1)!;
    expect(plan.features.time.map((at) => plan.tokens[at]!.norm)).toEqual(['العام']);
    // Also after a negated verb before a function word (لم يبدأ بعد ولا …); بعد before a noun is "after".
    const times = (text: string) => {
      const tokens = analyze(text);
      return sentenceFeatures(tokens).time.map((at) => tokens[at]!.norm);
    };
    expect(times('لكن العمل لم يبدأ بعد ولا يعرف متى ينطلق')).toEqual([]);
    expect(times('ولم يعد بعد الحرب إلى بيته')).toEqual(['بعد']);
    // A past time right after the asked event's own words says it has begun.
    const trial = libraryOf('محاكمة', 'وبدأت محاكمة القبطان أمس أمام محكمة الجنايات.');
    expect(answerQuestion(trial, 'متى ستبدأ محاكمة القبطان؟').answered).toBe(true);
  });

  it('does not answer "where will it be held" with where the last one was, and reads "scheduled" as to come', () => {
    const talks = libraryOf(
      'مفاوضات',
      'وكانت جولة أولى من المحادثات قد عقدت في العاصمة تموز الماضي وانتهت من دون اتفاق.',
      'ومن المقرر أن يبدأ المبعوث مشاوراته مع الكتل يوم الأربعاء في مقر البرلمان.',
    );
    expect(answerQuestion(talks, 'أين ستعقد الجولة الثانية من المحادثات؟').answered).toBe(false);
    expect(answerQuestion(talks, 'وين رح تنعقد الجولة الجاي من المحادثات').answered).toBe(false);
    expect(answerQuestion(talks, 'أين عقدت الجولة الأولى من المحادثات؟').answered).toBe(true);
    const consultations = answerQuestion(talks, 'وين رح يبدأ المبعوث مشاوراته؟');
    expect(consultations.answered).toBe(true);
    expect(consultations.results[0]?.quote).toContain('مقر البرلمان');
    // What was scheduled and did not happen (وكان من المقرر أن …) is past, and a rapporteur (المقرر الخاص) is no schedule.
    const council = libraryOf(
      'مجلس الأمن',
      'وكان من المقرر أن يعقد مجلس الأمن اجتماعه بشأن الأزمة يوم الثلاثاء الماضي لكنه أرجئ.',
      'وزار المقرر الخاص للأمم المتحدة المخيم في 3 آذار 2024.',
    );
    expect(answerQuestion(council, 'متى الاجتماع المقبل لمجلس الأمن بشأن الأزمة؟').answered).toBe(false);
    expect(council.index.chunks.every((entry) => entry.features.future.length === 0)).toBe(true);
    // English "will" the noun is no future.
    const vote = libraryOf('انتخابات', 'وأظهر الناخبون في مدينة الرمال إرادة سياسية واضحة عبر المشاركة الواسعة في الاقتراع.');
    expect(answerQuestion(vote, 'Where did voters show political will?').answered).toBe(true);
  });

  it('does not answer from a sentence about something else when the one about the question lacks the answer', () => {
    // The strike sentence gives only a vague time; the closure sentence has an exact one but is about the schools alone.
    expect(answered('متى بالضبط أضرب المعلمون في المدارس الحكومية؟')).toBe(false);
    expect(answered('متى أغلقت المدارس الحكومية أبوابها؟')).toBe(true);
  });

  it('prefers, for "where", the sentence that places the thing asked about', () => {
    const prison = libraryOf('فرار سجناء', 'ولم يوضح المصدر كيف دخلت الأدوات إلى السجن.', 'ويقع السجن على بعد 40 كيلومترا جنوب العاصمة.');
    expect(answerQuestion(prison, 'السجن ده فين؟').results[0]?.quote).toContain('جنوب العاصمة');
  });

  it('prefers, for "when", the sentence with an exact time to one with only a relative one', () => {
    const stampede = libraryOf(
      'تدافع في الملعب',
      'لقي 11 شخصا حتفهم مساء الجمعة 9 أيار في تدافع عند البوابة الشمالية للملعب.',
      'وبدأ التدافع بعد نحو عشرين دقيقة من صافرة النهاية، بحسب شهود عيان.',
    );
    expect(answerQuestion(stampede, 'امتى صار التدافع').results[0]?.quote).toContain('مساء الجمعة 9 أيار');
  });

  it('finds the name after the whole office the question names, however long', () => {
    const grid = libraryOf('انقطاع الكهرباء', 'وأوضح المدير العام للشركة الوطنية لنقل الكهرباء المهندس سمير النجار أن الأحمال بلغت ذروتها.');
    expect(answerQuestion(grid, 'من هو المدير العام للشركة الوطنية لنقل الكهرباء؟').answered).toBe(true);
  });

  it('does not answer "who" from a sentence saying no party is named, but still answers "who said" from an unnamed source', () => {
    const damages = libraryOf('تعويض المتضررين', 'وانقطعت الكهرباء عن العاصمة يوم الأحد.', 'ولم تحدد الوزارة بعد الجهة التي ستعوض المتضررين عن الأجهزة التالفة.');
    expect(answerQuestion(damages, 'مين رح يعوض المتضررين عن الأجهزة التالفة؟').answered).toBe(false);
    const stock = libraryOf('اللقاحات', 'وقال مصدر في الوزارة طلب عدم ذكر اسمه إن مخزون اللقاح يكفي أسبوعين.');
    expect(answerQuestion(stock, 'من قال إن مخزون اللقاح يكفي أسبوعين؟').answered).toBe(true);
    // "Who is that source" asks the name it withholds; the sentence is still shown, as the closest.
    const landing = libraryOf('تحطم طائرة', 'ونقلت صحيفة «الرائد» عن مصدر في سلطة الطيران المدني، طلب عدم كشف هويته، أن نظام الهبوط تعطل قبل دقائق من الحادث.', 'وقال شهود إن الطائرة سقطت في حقل.');
    const source = answerQuestion(landing, 'مين المصدر اللي حكى لصحيفة الرائد عن عطل نظام الهبوط؟');
    expect(source.answered).toBe(false);
    expect(source.results[0]?.quote).toContain('طلب عدم كشف هويته');
    expect(parseQuestion('مين المسؤول اللي حكى للصحيفة؟').whoIs).toBe(true);
    expect(parseQuestion('مين حكى للصحيفة؟').whoIs).toBe(false);
    // Not "responsible for" (من المسؤول عن الهجوم asks who did it), nor the verb "saw" (شاهد).
    const claim = libraryOf('هجوم على حاجز', 'وأعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم على الحاجز، بحسب مصدر أمني طلب عدم ذكر اسمه.');
    expect(answerQuestion(claim, 'من المسؤول عن الهجوم على الحاجز؟').answered).toBe(true);
    expect(parseQuestion('من شاهد المسلحين يدخلون القرية؟').whoIs).toBe(false);
  });

  it('does not take a person\'s name for the name of a kind of place (في أي شارع، on which street)', () => {
    const water = libraryOf('تلوث المياه', 'وأرجع المتحدث باسم المديرية كريم عبد الزهرة كسر الأنبوب إلى أعمال حفر.');
    expect(answerQuestion(water, 'في أي شارع انكسر الأنبوب؟').answered).toBe(false);
    expect(answerQuestion(water, 'On which street did the pipe break?').answered).toBe(false);
  });

  it('takes any word of a translated phrase as the thing asked about (news agency → وكالة + أنباء)', () => {
    // The article has both words, so the phrase is asked word by word; the sentence has only وكالة, and says which.
    const aid = libraryOf(
      'قافلة المساعدات',
      'وتواترت أنباء عن اشتباكات قرب الطريق.',
      'وقال رئيس المجلس المحلي عبد الرحمن الشامي إن ما دخل قليل. وأوضح الشامي لوكالة رويترز أن سعر الطحين ارتفع.',
    );
    expect(answerQuestion(aid, 'Which news agency did al-Shami speak to?').results[0]?.quote).toContain('رويترز');
    expect(answerQuestion(aid, 'Which news agency did al-Shami speak to?').answered).toBe(true);
  });

  it('leaves a name untold where the article says no party is named (ما اسم الجهة)', () => {
    // A name stands near, but it is the minister's.
    const damages = libraryOf('تعويض المتضررين', 'وانقطعت الكهرباء عن العاصمة يوم الأحد.', 'ولم تحدد الوزارة بعد الجهة التي ستعوض المتضررين، وقال الوزير سامر يوسف إن الدراسة جارية.');
    expect(answerQuestion(damages, 'ما اسم الجهة التي ستعوض المتضررين؟').answered).toBe(false);
  });

  it('answers "what did X <verb>" from X\'s statement with that verb, even where the sentence names X only by surname', () => {
    const library = libraryOf(
      'قافلة مساعدات',
      'وقال منسق الشؤون الإنسانية للأمم المتحدة في البلاد ماركو بيليني إن المنظمة الدولية تقدمت منذ حزيران بـ14 طلباً لإدخال قوافل إلى المدينة.',
      'ودعا بيليني إلى "وصول آمن ومنتظم ودون عوائق".',
      'ووصلت القافلة إلى المدينة مساء الأحد.',
    );
    const answer = answerQuestion(library, 'What did the UN humanitarian coordinator call for?');
    expect(answer.statements).toBeDefined();
    expect(answer.results[0]?.quote).toContain('وصول آمن');
    // Not a statement with the verb on another topic than the question's.
    const hamas = libraryOf('حماس', 'وأكد المتحدث باسم حماس حازم قاسم أن الحركة لن تتخلى عن سلاحها.', 'وتبنت كتائب القسام الهجوم على الموقع العسكري في رفح فجر الأحد.');
    expect(answerQuestion(hamas, 'What did the Hamas spokesman confirm about the attack on the military post?').results[0]?.quote).toContain('تبنت');
  });

  it('does not answer "what did X say" from a sentence naming no X when the article quotes no X', () => {
    const library = libraryOf(
      'محاولة اغتيال',
      'نجا محافظ وادي السدر حمدان العكيلي صباح الثلاثاء من محاولة اغتيال بعبوة ناسفة.',
      'ودان رئيس مجلس المحافظة ناصر البياتي الهجوم، واصفاً إياه بأنه «عمل جبان».',
      'وقال وزير الداخلية إن التحقيق جار.',
    );
    expect(answerQuestion(library, 'وش قال رئيس الوزراء عن محاولة اغتيال المحافظ؟').answered).toBe(false);
    // A body named in one word is often quoted under another name (متحدث عسكري for الجيش): no such check.
    const raids = libraryOf('قصف', 'قصفت طائرات حربية مواقع في شمال البلاد ليل الاثنين.', 'وقال متحدث عسكري إن الغارات استهدفت مخازن أسلحة.', 'وأضاف أن العملية ستستمر.');
    expect(answerQuestion(raids, 'ماذا قال الجيش عن الغارات؟').answered).toBe(true);
    // A name of one word is such a speaker (نتنياهو), and so is a capitalized English one.
    const attack = libraryOf('هجوم', 'وقال وزير الدفاع يوآف غالانت إن الهجوم على الموقع العسكري لن يمر دون رد.', 'وقتل ثلاثة جنود في الهجوم فجر الأحد.');
    expect(answerQuestion(attack, 'ماذا قال نتنياهو عن الهجوم على الموقع العسكري؟').answered).toBe(false);
    expect(answerQuestion(attack, 'What did Netanyahu say about the attack on the military post?').answered).toBe(false);
    // One the article quotes is answered, by the attribution index.
    const minister = answerQuestion(library, 'ماذا قال وزير الداخلية عن التحقيق؟');
    expect(minister.answered).toBe(true);
    expect(minister.results[0]?.quote).toContain('التحقيق جار');
  });

  it('answers a how-many question covered in part when an exact number stands right before the noun it counts', () => {
    const library = libraryOf(
      'سقوط الكلية',
      'ونقلت إذاعة محلية عن مصدر عسكري أن نحو 300 طالب ضابط كانوا يتدربون في الكلية مطلع الشهر.',
      'وقال سكان إن مئات العائلات فرت من المدينة.',
      'وتحدث مسعفون عن مقتل 14 شخصا.',
    );
    const cadets = answerQuestion(library, 'كم طالبا كانوا في الكلية وقت الهجوم');
    expect(cadets.answered).toBe(true);
    expect(cadets.results[0]!.quote).toContain('300 طالب');
    expect(rankForAnswer(library.index, readQuestion(library, 'كم طالبا كانوا في الكلية وقت الهجوم'))[0]!.coverage).toBeLessThan(ANSWER_DEFAULTS.minCoverage);
    // Not with a vague figure (مئات العائلات), which the article gives when it has no count.
    expect(answerQuestion(library, 'كم عائلة فرت وقت الاقتحام الليلي').answered).toBe(false);
    // Nor with a list of words, which counts nothing (المدارس والمستشفيات والجامعات والمساجد).
    const tour = libraryOf('جولة المحافظ', 'وتفقد المحافظ المدارس والمستشفيات والجامعات والمساجد في المدينة صباح الأحد.', 'وقالت مصادر إن القصف استمر طوال الليل.');
    const mosques = rankForAnswer(tour.index, readQuestion(tour, 'كم مسجدا أغلق في المدينة بسبب القصف؟'))[0]!;
    expect(mosques.countsExactly).toBe(false);
  });

  it('answers from the best sentence that covers the question when a higher-scored one covers too little', () => {
    const aid = libraryOf('قافلة المساعدات', 'ونقلت وكالة الأنباء الرسمية عن المحافظ قوله إن الطريق آمن.', 'وأوضح عبد الرحمن الشامي لوكالة رويترز أن سعر الطحين ارتفع.');
    const answer = answerQuestion(aid, 'Which news agency did al-Shami speak to?');
    expect(answer.answered).toBe(true);
    expect(answer.results[0]?.quote).toContain('رويترز');
  });

  it('declines as off-topic only when the more topical sentence lacks the answer; for "why" only when it is a near miss', () => {
    const ranked = (coverage: number, topicality: number, nearMiss: boolean) =>
      ({ entry: { chunk: { paragraph: 1 } }, score: coverage, coverage, topicality, nearMiss, countsAsked: false, countsExactly: false, matched: [] }) as unknown as RankedChunk;
    // The reason sentence refers back by a pronoun (اتخذ قراره حقنًا للدماء); the event sentence, more topical, gives no reason.
    const reasonFirst = [ranked(0.74, 0.74, false), ranked(0.7, 1, false)];
    expect(offTopic(reasonFirst, 'when')).toBe(true);
    expect(offTopic(reasonFirst, 'why')).toBe(false);
    // The more topical sentence says the article does not tell why (ولم يوضح لماذا لم تنضم).
    expect(offTopic([ranked(0.74, 0.74, false), ranked(0.3, 1, true)], 'why')).toBe(true);
    // A number right before the counted noun (سبعة بنود for كم بندًا) answers however topical another sentence is.
    expect(offTopic([{ ...ranked(0.31, 0.31, false), countsAsked: true }, ranked(0.19, 0.39, false)], 'how-many')).toBe(false);
    expect(offTopic([ranked(0.31, 0.31, false), ranked(0.19, 0.39, false)], 'how-many')).toBe(true);
  });

  it('does not answer "when" from a sentence that only dates something else by the event (منذ انتهاء الحرب)', () => {
    const returns = libraryOf('عودة اللاجئين', 'وقال الوزير إن هذه أكبر عودة جماعية منذ انتهاء الحرب الأهلية في البلاد.');
    expect(answerQuestion(returns, 'متى انتهت الحرب الأهلية؟').answered).toBe(false);
    const ended = libraryOf('عودة اللاجئين', 'وانتهت الحرب الأهلية في البلاد عام 2011 باتفاق سلام.');
    expect(answerQuestion(ended, 'متى انتهت الحرب الأهلية؟').answered).toBe(true);
    // Past the function words of a clause: قبل أن تسلّم.
    const weapons = libraryOf('المحادثات', 'وأكد الوزير أن حكومته لن تبحث تقاسم السلطة قبل أن تسلّم الحركة أسلحتها الثقيلة.');
    expect(answerQuestion(weapons, 'متى ستسلم الحركة أسلحتها الثقيلة؟').answered).toBe(false);
  });

  it('does not take the headline, which names the topic and never its details, as the sentence most about it', () => {
    const prison = libraryOf('هروب 17 سجينا من سجن الوادي', 'وأوضحت الوزارة أن فرار السجناء اكتشف عند الساعة السادسة.');
    expect(answerQuestion(prison, 'متى اكتشف هروب السجناء من الوادي').answered).toBe(true);
  });
});

describe('sentence features', () => {
  it('reads a dual as "two" also for a noun with ا as its second letter (صاروخين), not for the participle\'s plural (عاملين)', () => {
    expect(isDual(analyze('صاروخين')[0]!)).toBe(true);
    expect(isDual(analyze('حزبين')[0]!)).toBe(true);
    expect(isDual(analyze('عاملين')[0]!)).toBe(false);
    expect(isDual(analyze('عالميين')[0]!)).toBe(false); // a nisba's plural
  });

  it('reads a number as the total its clause reaches past an approximation (يبلغ نحو 340 ألفًا)', () => {
    const tokens = analyze('ما زال عدد اللاجئين المسجلين لديها في أرجان يبلغ نحو 340 ألف شخص');
    expect(isReached(tokens, 10)).toBe(true);
    expect(isReached(analyze('وقال إن 340 شخصا وصلوا'), 2)).toBe(false);
  });

  it('reads how finely a time word dates: a weekday behind و, a date, a month, a year; أحد without its article is "one"', () => {
    const grains = (text: string) => analyze(text).map((_, at, tokens) => timeGrain(tokens, at));
    expect(grains('يومي الأربعاء والخميس')).toEqual([null, 'weekday', 'weekday']);
    expect(grains('في 4 آذار')).toEqual([null, null, 'date']);
    expect(grains('في حزيران عام 2019')).toEqual([null, 'month', null, 'year']);
    // فبراير begins with a letter that attaches elsewhere; وفبراير has one attached.
    expect(grains('في 4 فبراير ثم وفبراير')).toEqual([null, null, 'date', null, 'month']);
    expect(grains('أحد المسؤولين')).toEqual([null, null]);
    expect(sentenceFeatures(analyze('قبل الأربعاء والخميس')).time).toEqual([0, 1, 2]);
  });

  it('does not read a place after أبو as a kunya (أبو ظبي)', () => {
    expect(sentenceFeatures(analyze('وصل الوفد إلى أبو ظبي'), { firstNames: FIRST_NAMES }).person).not.toContain(4);
  });

  it('reads the name after a generic outlet noun as part of the outlet (وكالة أنباء نوران)', () => {
    expect(sentenceFeatures(analyze('ونقلت وكالة أنباء نوران الرسمية عن')).outlet).toEqual([2, 3]);
  });

  it('reads place names as names, with or without the article as the name requires', () => {
    expect(sentenceFeatures(analyze('عقد الاجتماع في الدوحة')).name).toEqual([3]);
    expect(sentenceFeatures(analyze('انسحبوا من القصير')).name).toEqual([2]);
    // قصير without ال is the adjective "short", not the town.
    expect(sentenceFeatures(analyze('بعد وقت قصير')).name).toEqual([]);
  });

  it('reads the name after an indefinite kind of place or state, in construct, as a place name', () => {
    const name = (text: string) => sentenceFeatures(analyze(text)).name;
    expect(name('نزحوا إلى بلدة المنصورة')).toEqual([3]);
    expect(name('نقلوا إلى مستشفى بلدة الرميلة وولاية سنار')).toEqual([4, 6]);
    expect(name('قبالة مدينة رأس النخيل')).toEqual([2, 3]);
    expect(name('وزيرة خارجية جمهورية كيلان')).toEqual([3]);
    // An ordinary adjective is no name; another kind of place says whose (the village's stadium), not which.
    expect(name('في منطقة عسكرية مغلقة')).toEqual([]);
    expect(name('في ملعب القرية')).toEqual([]);
    // A present tense is no name; a name before an adjective is one word; a preposition ends the name.
    expect(name('في منطقة تشهد الاشتباكات')).toEqual([]);
    expect(name('في جمهورية كيلان المجاورة')).toEqual([2]);
    expect(name('في مخيم ثان للنازحين')).toEqual([]);
    // A name in ت, and two bare words (تل كيفان); not a verb behind و after an ordinary word.
    expect(name('في ولاية تنيسي')).toEqual([2]);
    expect(name('في بلدة تل كيفان')).toEqual([2, 3]);
    expect(name('إلى ساحة خلفية وتسلقوا السور')).toEqual([]);
  });

  it('learns a one-word place name from its construct and reads it as a name wherever the corpus uses it', () => {
    const library = libraryOf('غاز', 'واعترضت وزارة الخارجية في جمهورية كيلان على الإعلان.', 'وقالت كيلان إن الحقل يقع في مياه متنازع عليها.', 'وعقد لقاء في حي يخرج منه الصيادون.');
    const names = library.index.chunks.map((entry) => entry.features.name.map((at) => entry.tokens[at]!.norm));
    expect(names[2]).toContain('كيلان');
    expect(names.flat()).not.toContain('يخرج');
    expect(answerQuestion(library, 'أي دولة قالت إن الحقل في مياه متنازع عليها؟').answered).toBe(true);
  });

  it('reads where a sentence places something: a place name, a direction, nearness or a kind of place', () => {
    const place = (text: string) => sentenceFeatures(analyze(text)).place;
    expect(place('عقد الاجتماع في الدوحة')).toEqual([3]);
    expect(place('السجن الواقع على بعد 40 كيلومترا جنوب العاصمة')).toEqual([6]);
    expect(place('في قرية نائية وبالقرب من الحدود')).toEqual([1, 3, 5]);
    expect(place('ولم يوضح المصدر كيف دخلت الأدوات إلى السجن')).toEqual([]);
    expect(place('واعتصموا أمام مبنى البرلمان')).toEqual([1, 2]);
  });

  it('counts duals and accusatives of number and time words, not words that only contain one', () => {
    const features = (text: string) => sentenceFeatures(analyze(text));
    expect(features('بقيمة ملياري دينار').quantity).toEqual([1]);
    expect(features('لمدة ساعتين').time).toEqual([1]);
    expect(features('واستمرت المحاكمة 14 شهرًا').time).toEqual([3]);
    expect(features('استغرقت العملية أقل من سبع دقائق').time).toEqual([5]);
    expect(features('مدت في ستينيات القرن الماضي').time).toEqual([2, 3]);
    expect(features('تسعى الحكومة').quantity).toEqual([]);
    // Causes and purposes, stated in several ways.
    expect(features('احتجاجات بداعي ارتفاع الأسعار').reason).toEqual([1]);
    expect(features('أغلقت الطرق تفاديا لوقوع حوادث').reason).toEqual([2]);
    expect(features('أغلقت الطرق مساء أمس').reason).toEqual([]);
    expect(features('وعزت الوزارة التأخير إلى تعطل الجهاز').reason).toEqual([0]);
    expect(features('اعتقل على خلفية الاحتجاجات').reason).toEqual([2]);
    // "It came after" an event gives its cause; after a span of time it only dates it.
    expect(features('وجاءت الحملة بعد تأكيد إصابة طفلين').reason).toEqual([0]);
    expect(features('جاء ذلك بعد يومين من الهجوم').reason).toEqual([]);
    // رقم names a number (القرار رقم 2254), it does not give one.
    expect(features('قرار مجلس الأمن رقم 2254').quantity).toEqual([4]);
    // A year named as one is a time, not a quantity.
    expect(features('بين عامي 2019 و2022 حصل على 2000 دولار').quantity).toEqual([6]);
    expect(features('بين عامي 2019 و2022').time).toEqual([2, 3]);
    // So is the day of a date (منذ 29 حزيران), but not a number before another noun (29 قناصًا).
    expect(features('يحاصره قناصة منذ 29 حزيران').quantity).toEqual([]);
    expect(features('بين 29 و30 حزيران').quantity).toEqual([]);
    expect(features('من 29 إلى 30 حزيران').quantity).toEqual([]);
    expect(features('وانتشر 29 قناصًا في 4 آب').quantity).toEqual([1]);
    expect(features('المصلحة العامة').time).toEqual([]);
    // آب is August after a day, father elsewhere.
    expect(features('فتحت العينة في 28 آب').time).toEqual([4]);
    expect(features('وقال الأب إن ابنه بخير').time).toEqual([]);
    // So is it after a part of the month (مطلع آب); مطلع itself opens a time only before one: مصدر مطلع is informed.
    expect(features('أغرقت الأمطار المخيمات مطلع آب').time).toEqual([3, 4]);
    expect(features('عن مصدر مطلع على المفاوضات').time).toEqual([]);
    expect(features('وقال مصدر مطلع إن الوفد وصل مطلع العام').time).toEqual([6, 7]);
  });

  it('does not read the preposition على as the name علي', () => {
    expect(sentenceFeatures(analyze('وأكد على أهمية الحوار'), { firstNames: FIRST_NAMES }).person).toEqual([]);
    expect(sentenceFeatures(analyze('وقال علي حسن إن الحوار مهم'), { firstNames: FIRST_NAMES }).person).toEqual([2]);
  });

  it('reads the word after a title or rank as a name, known or not', () => {
    expect(sentenceFeatures(analyze('وأفاد المتحدث العقيد ماهر السعدي بأن'), { firstNames: FIRST_NAMES }).person).toEqual([3]);
    expect(sentenceFeatures(analyze('وقالت الدكتورة سوزان ميلر'), { firstNames: FIRST_NAMES }).person).toEqual([2]);
    // Not a noun with the article after it (الطلب المقدم الأخير).
    expect(sentenceFeatures(analyze('الطلب المقدم الأخير'), { firstNames: FIRST_NAMES }).person).toEqual([]);
  });

  it('reads الإثنين with the article as Monday, a time, and اثنين without it as a number', () => {
    const features = sentenceFeatures(analyze('وقبل الرئيس الاستقالة صباح الإثنين وكلف اثنين من الوزراء'));
    expect(features.quantity).toEqual([6]);
    expect(features.time).toContain(4);
  });

  it('reads an accusative of purpose (احتجاجًا، حقنًا) and "aims to" (يهدف) as a reason', () => {
    expect(sentenceFeatures(analyze('انسحب الوفد احتجاجاً على القرار')).reason).toEqual([2]);
    expect(sentenceFeatures(analyze('وقال إن التعديل يهدف إلى تسريع الإصلاحات')).reason).toEqual([3]);
  });

  it('reads a verb of resulting before عن as a reason (نجم الحريق عن), not the star نجم', () => {
    expect(sentenceFeatures(analyze('وقال إن الحريق نجم عن تماس كهربائي')).reason).toEqual([3]);
    expect(sentenceFeatures(analyze('وسجل نجم الفريق هدفين')).reason).toEqual([]);
  });

  it('reads a bare word right after an outlet noun as the outlet\'s name (لوكالة رويترز), not an adjective (صحيفة محلية)', () => {
    const reuters = sentenceFeatures(analyze('وأوضح الشامي لوكالة رويترز أن'));
    expect(reuters.outlet).toEqual([3]);
    expect(reuters.name).toContain(3);
    expect(sentenceFeatures(analyze('ونقلت صحيفة محلية عن')).outlet).toEqual([]);
    expect(sentenceFeatures(analyze('ونقلت وكالة الأنباء الرسمية')).outlet).toEqual([]);
  });

  it("reads a kunya's second word as a name, known or not (أبو البراء)", () => {
    expect(sentenceFeatures(analyze('قال المتحدث الذي يعرف باسم أبو البراء'), { firstNames: FIRST_NAMES }).person).toContain(6);
    expect(sentenceFeatures(analyze('وقال أبو الوليد إن'), { firstNames: FIRST_NAMES }).person).toContain(2);
  });
});

describe('what the article says it does not tell', () => {
  const clauses = (text: string) => withheldClauses(analyze(text)).map(({ kinds, pointsBack }) => ({ kinds, pointsBack }));

  it('reads the kind of thing left untold, and whether it is the sentence\'s own topic', () => {
    expect(clauses('تجهيز مخيم ثان للنازحين، من دون أن يحدد مكانه')).toEqual([{ kinds: ['where'], pointsBack: true }]);
    expect(clauses('من دون أن تكشف عن عدد المخالفات التي سجلتها')).toEqual([{ kinds: ['how-many'], pointsBack: false }]);
    expect(clauses('وقال عضو في المجلس، طلب عدم ذكر اسمه، إن')).toEqual([{ kinds: ['identity'], pointsBack: true }]);
    expect(clauses('واتهمت أطرافا خارجية لم تسمها بتمويل الجماعة')).toEqual([{ kinds: ['identity'], pointsBack: true }]);
    // The ة of قيمة is not a pronoun; the ته of قيمته is.
    expect(clauses('من دون أن تذكر قيمة الوثيقة')).toEqual([{ kinds: ['how-many'], pointsBack: false }]);
    expect(clauses('من دون أن تذكر قيمته')).toEqual([{ kinds: ['how-many'], pointsBack: true }]);
    // A verb of concealing withholds by itself, with no negation.
    expect(clauses('وأخفى التقرير أسماء جميع الشهود حفاظا على سلامتهم')[0]?.kinds).toEqual(['identity']);
    const report = libraryOf('تقرير', 'وأخفى التقرير أسماء جميع الشهود حفاظا على سلامتهم.', 'وقالت المنظمة إن التقرير شامل.');
    expect(answerQuestion(report, 'شو أسماء الشهود اللي حكوا مع المنظمة؟').answered).toBe(false);
    // The side behind something (who claimed, who is to blame, who pays) is a party; a name is an identity.
    expect(clauses('ولم تعلن أي جهة مسؤوليتها عن الهجوم')[0]?.kinds).toEqual(['party']);
    expect(clauses('ولم تتبن أي جهة الهجوم')[0]?.kinds).toEqual(['party']);
    expect(clauses('ولم تحمّل اللجنة أياً من الطرفين المسؤولية عن القصف')[0]?.kinds).toEqual(['party']);
    expect(clauses('ولم تصدر الحكومة تقديراً رسمياً للخسائر')[0]?.kinds).toEqual(['how-many']);
    // What is suspended until further notice has no date to resume.
    expect(clauses('وتعليق جميع مباريات الدوري حتى إشعار آخر')).toEqual([{ kinds: ['when'], pointsBack: true }]);
    expect(clauses('أرجئت الجلسة إلى أجل غير مسمى')).toEqual([{ kinds: ['when'], pointsBack: true }]);
    // Giving no explanation withholds the reason.
    expect(clauses('أعيدت من المعبر من دون تقديم أي تفسير')).toEqual([{ kinds: ['why'], pointsBack: true }]);
    expect(clauses('من دون أن يقدم الرفاعي تفسيرا لهذا التفاوت')).toEqual([{ kinds: ['why'], pointsBack: true }]);
    // An attached object points back to the nearest noun before it: the reasons, not the day.
    expect(clauses('لم يُنفذ حتى اليوم لأسباب لم تعلنها الحكومة')).toEqual([{ kinds: ['why'], pointsBack: true }]);
    // Refusing to set a date (رافضًا تحديد موعد), and "it could not be verified" (لم يتسن التحقق من هوية الطرف).
    expect(clauses('أن الإجراء مؤقت، رافضاً تحديد موعد لرفعه')[0]?.kinds).toEqual(['when']);
    expect(clauses('ولم يتسن التحقق من هوية الطرف الذي أطلق النار أولاً')[0]?.kinds).toContain('identity');
    // "Still" is no negation, a verification committee withholds nothing, and إذا alone is "if".
    expect(clauses('ولا تزال لجنة التحقق تدرس 120 طعنا')).toEqual([]);
    expect(withheldClauses(analyze('وإذا لم يحدد بعد')).flatMap((clause) => clause.kinds)).not.toContain('whether');
    // Without any explanation: the reason is withheld with no verb of telling.
    expect(clauses('لكنه مُنع من الدخول من دون أي تفسير')).toEqual([{ kinds: ['why'], pointsBack: true }]);
    expect(clauses('ورفض الطلب بدون سبب')).toEqual([{ kinds: ['why'], pointsBack: true }]);
    // Not telling how, or whether (ما إذا), leaves a "how" or a yes-or-no question unanswered.
    expect(clauses('من دون أن توضح كيف ضبطت الحالات')[0]?.kinds).toEqual(['how']);
    expect(clauses('ولم تعلن الشركة ما إذا كانت ستوقف طائراتها')[0]?.kinds).toEqual(['whether']);
    // Whether of the words after ما إذا, however far the refusal stands, and of a thing joined to it by أو.
    const refusal = analyze('رافضاً الإفصاح عن جنسية القبطان أو ما إذا كان قد أوقف');
    const aboutWords = (text: string) => {
      const tokens = analyze(text);
      return withheldClauses(tokens)[0]!.about.map((at) => tokens[at]!.norm);
    };
    expect(withheldClauses(refusal)[0]!.about.map((at) => refusal[at]!.norm)).toEqual(['جنسيه', 'القبطان', 'كان', 'قد', 'اوقف']);
    // Not the verb's subject (the company), nor a relative clause, which states what it describes.
    expect(aboutWords('ولم تعلن الشركة ما إذا كانت ستوقف طائراتها')).toEqual(['كانت', 'ستوقف', 'طايراتها']);
    expect(aboutWords('ولم تعلن الشركة عن خسائرها ولا عما إذا كانت ستغلق المصنع')).toEqual(['خسايرها', 'كانت', 'ستغلق', 'المصنع']);
    expect(aboutWords('ولم يوضح المتحدث باسم الشركة في مؤتمره ما إذا كانت ستعوض الركاب الذين ألغيت رحلاتهم')).toEqual(['كانت', 'ستعوض', 'الركاب']);
    // Nor past a comma (as the index reads the sentence).
    const storm = libraryOf('عاصفة', 'ولم تعلن الشركة ما إذا كانت ستعوض الركاب، وقال مسافرون إن الرحلات ألغيت بسبب العاصفة.');
    expect(answerQuestion(storm, 'هل ألغيت الرحلات بسبب العاصفة؟').answered).toBe(true);
    expect(answerQuestion(storm, 'هل ستعوض الشركة الركاب؟').answered).toBe(false);
    // من before a verb asks who: the party is untold; من before a definite noun, a pronoun or after التحقق is "from" or "of".
    expect(clauses('ولم يتضح من يقف وراء الهجوم')[0]?.kinds).toEqual(['party']);
    expect(clauses('ولم يوضح من كان وراء الهجوم')[0]?.kinds).toEqual(['party']);
    for (const text of ['ولم يعلن من جهته أي تفاصيل', 'ولم يتسن التحقق من يقين الرواية', 'ولم يتضح من تقارير أولية عدد الضحايا', 'ولم يتضح من الجيش شيء', 'ولم يحدد من جديد موعد الجلسة', 'ولم يتضح من يوم الحادث شيء']) {
      expect(clauses(text)[0]?.kinds ?? [], text).not.toContain('party');
    }
    const rockets = libraryOf('صواريخ', 'وأعلنت حركة الجهاد مسؤوليتها عن إطلاق الصواريخ على البلدة، ولم يتضح من تقارير أولية عدد الصواريخ التي أطلقت.');
    expect(answerQuestion(rockets, 'من أطلق الصواريخ على البلدة؟').answered).toBe(true);
    // ما fused with من or عن before إذا asks whether too.
    expect(clauses('كما لم يتسن التحقق مما إذا كانوا قد احتجزوا')[0]?.kinds).toEqual(['whether']);
    expect(clauses('ولم يكشف عما إذا كان سيستقيل')[0]?.kinds).toEqual(['whether']);
    const tanker = libraryOf('الناقلة', 'وأفاد مدير الهيئة بأن الناقلة انحرفت عن الممر المعتاد لسبب لا يزال قيد التحقيق، رافضاً الإفصاح عن جنسية القبطان أو ما إذا كان قد أوقف.');
    expect(answerQuestion(tanker, 'ما جنسية قبطان الناقلة؟').answered).toBe(false);
    expect(answerQuestion(tanker, 'هل أوقفت السلطات قبطان الناقلة؟').answered).toBe(false);
    // As the index reads a sentence, with its commas: a comma before another clause ends the clause, and what follows
    // is told; a comma that sets a phrase aside does not.
    const indexed = (text: string) => libraryOf('عنوان', text).index.chunks.find((entry) => entry.chunk.paragraph === 1)!.features.withheld[0];
    expect(indexed('ولم تحدد المؤسسة موعدا لاستئناف الرحلات، فيما قال ركاب إن الحافلات لا تكفي.')?.about).toEqual([2, 3, 4, 5]);
    expect(indexed('ولم تحدد الوزارة شيئا، وقال الوزير إن موعد الامتحانات قريب.')?.kinds).toEqual([]);
    expect(indexed('ولم تعلن الوزارة، حتى الآن، موعد الامتحانات.')?.kinds).toEqual(['when']);
    expect(indexed('ولم تكشف الشرطة، في بيان، هوية القتيل.')?.kinds).toEqual(['identity']);
    // The object behind عن, and an adverb after a passive verb (لم يحدد رسميا).
    expect(clauses('وألغي الحفل لأسباب لم يكشف عنها')).toEqual([{ kinds: ['why'], pointsBack: true }]);
    expect(clauses('وموعدها الجديد لم يحدد رسميا')).toEqual([{ kinds: ['when'], pointsBack: true }]);
    // تسميه after أن is the verb with its object, not the noun تسمية.
    expect(clauses('عن مصدر طبي من دون أن تسميه أن عدد الوفيات يتجاوز الستين')).toEqual([{ kinds: ['identity'], pointsBack: true }]);
    // An adverb of time is no withheld subject, and a verb with its object after it is no passive.
    expect(clauses('قتل خمسة أشخاص على طريق المطار اليوم ولم تكشف السلطات عن ملابسات الحادث')[0]?.kinds).toEqual([]);
    // A passive verb withholds its subject, before it: the new date is untold.
    expect(clauses('إن موعده الجديد لم يُحدد بعد')).toEqual([{ kinds: ['when'], pointsBack: true }]);
    // Negation without a verb of making known withholds nothing.
    expect(clauses('ولم يسفر الحريق عن إصابات')).toEqual([]);
    // A verb with its object attached withholds that object, not what follows it: the number here is told.
    const source = withheldClauses(analyze('نقلت عن مصدر طبي لم تسمّه أن عدد الوفيات الحقيقي يتجاوز الستين'));
    expect(source).toEqual([expect.objectContaining({ kinds: ['identity'], about: [], pointsBack: true })]);
    expect(clauses('ولم تحددها الوزارة')).toEqual([{ kinds: [], pointsBack: true }]);
  });

  const camps = libraryOf(
    'النازحون في المخيمات',
    'وأقيم مخيم مؤقت للنازحين في ملعب مدينة القصر.',
    'وتعمل المحافظة على تجهيز مخيم ثان للنازحين، من دون أن يحدد المحافظ مكانه.',
    'وجالت فرق الرقابة على عشرات المحال، من دون أن تكشف عن عدد المخالفات التي سجلتها.',
    'وقال مصدر طلب عدم ذكر اسمه إن المخزون يكفي أسبوعين. واتهمت الوزارة أطرافا خارجية لم تسمها بتمويل الجماعة.',
    'وستعرض الخطة على المجلس في الأسابيع المقبلة، من دون أن تحدد موعدا لذلك.',
    'وينتخب الأعضاء رئيس البلدية في جلستهم الأولى، التي لم يحدد موعدها بعد.',
    'وتبرع رجل أعمال، طلب عدم ذكر اسمه، بمئة خيمة للنازحين.',
    'ولم تعلن الوزارة حتى الآن نتائج التحقيق في حريق المخيم.',
  );
  const answered = (question: string) => answerQuestion(camps, question).answered;

  it('does not answer with a sentence that says the asked thing is not told', () => {
    expect(answered('وين المخيم المؤقت للنازحين؟')).toBe(true);
    expect(answered('وين رح يكون المخيم التاني للنازحين؟')).toBe(false);
    expect(answered('كم مخالفة سجلت فرق الرقابة؟')).toBe(false);
    expect(answered('أي أطراف خارجية اتهمتها الوزارة بتمويل الجماعة؟')).toBe(false);
    // The untold date is the session's, which the question asks about.
    expect(answered('امتى أول جلسة للأعضاء؟')).toBe(false);
    expect(answered('What did the investigation into the camp fire find?')).toBe(false);
    // An accepted loss: "when is the mayor elected" is answered "at their first session", whose date is not set. بعد
    // (yet) is no time and a session is none either, so the sentence no longer answers (it did through بعد as "after").
    expect(answered('متى ينتخب رئيس البلدية؟')).toBe(false);
  });

  it('still answers from such a sentence what it does tell', () => {
    // "Who said / did it" is answered by "a source who asked not to be named"; "who is he" is not.
    expect(answered('مين قال إن المخزون يكفي أسبوعين؟')).toBe(true);
    expect(answered('من هو رجل الأعمال الذي تبرع بالخيام للنازحين؟')).toBe(false);
    expect(answered('مين تبرع بالخيام للنازحين؟')).toBe(true);
    // A vague time elsewhere in the sentence answers "when", though no date is set.
    expect(answered('متى ستعرض الخطة على المجلس؟')).toBe(true);
  });
});
