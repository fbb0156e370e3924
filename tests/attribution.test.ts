import { describe, expect, it } from 'vitest';
import { extractStatements } from '../src/attribution/extract.js';
import { parseArticle } from '../src/corpus/article.js';
import { chunkArticles } from '../src/corpus/chunks.js';
import { openLibrary, type Library } from '../src/library.js';
import { corpusDir, projectRoot } from '../src/paths.js';
import { join } from 'node:path';
import { parseWhoSaid, statementsAnswering } from '../src/answer/who-said.js';
import { libraryOf } from './support/article-library.js';
import { answerQuestion } from '../src/answer/answer.js';
import { commands } from '../commands/index.js';
import { toJson } from '../src/render/json.js';

/** The statements answering a who-said question, read from its text. */
const answerWhoSaid = (library: Library, question: string) => statementsAnswering(library, parseWhoSaid(question));

const library = openLibrary(corpusDir());
const text = library.articles[0]!.text;

function statementsOf(body: string) {
  const article = parseArticle('t', 't.txt', `عنوان\n\n${body}`);
  return extractStatements(article, chunkArticles([article])).map(({ speaker, role, cue, outlet, kind, inferred, quote }) => ({ speaker, role, cue, outlet, kind, inferred, quote }));
}

describe('attribution of the bundled article', () => {
  it('finds every statement with speaker, role, cue, outlet, kind and exact offsets', () => {
    const found = library.statements.map(({ speaker, role, cue, outlet, kind, inferred }) => [speaker, role, cue, outlet, kind, inferred]);
    expect(found).toEqual([
      ['وكالة رويترز', null, 'بحسب ما ذكرت', null, 'indirect', false],
      ['رامي عبد الرحمن', 'مدير المرصد السوري لحقوق الإنسان', 'وقال', 'لوكالة فرانس برس', 'direct', false],
      ['رامي عبد الرحمن', 'مدير المرصد السوري لحقوق الإنسان', 'مضيفًا', null, 'direct', false],
      ['قائد حركة أحرار الشام', null, 'قائلًا', null, 'direct', false],
      ['وسائل اعلام سورية معارضة', null, 'أفادت', null, 'indirect', false],
      ['البيان', null, 'وجاء في', null, 'direct', false],
      ['الدول', null, 'وأكدت', null, 'direct', false],
      ['المجتمعون', null, 'أكد', null, 'direct', false],
      ['المجتمعون', null, 'وشدد', null, 'direct', true],
      ['المجتمعون', null, 'وجدد', null, 'direct', false],
      ['المجتمعون', null, 'واتفقوا', null, 'direct', false],
    ]);
    for (const statement of library.statements) expect(text.slice(statement.start, statement.end)).toBe(statement.quote);
    expect(library.statements[2]!.quote).toBe('مئات السجناء خرجوا من سجن حمص المركزي');
  });
});

describe('attribution rules', () => {
  it('continues a statement with a participle, and carries the speaker to the next sentence by gender', () => {
    const found = statementsOf('وقالت وزيرة الصحة الدكتورة نادية فرحات إن "الحالات ارتفعت"، مشيرةً إلى أن الفرق رصدت بؤرتين. وقال الطبيب حسن عيسى إن القسم ممتلئ. وتابعت أن الوزارة ستمدد الساعات.');
    expect(found).toEqual([
      { speaker: 'نادية فرحات', role: 'وزيرة الصحة', cue: 'وقالت', outlet: null, kind: 'direct', inferred: false, quote: 'الحالات ارتفعت' },
      { speaker: 'نادية فرحات', role: 'وزيرة الصحة', cue: 'مشيرةً', outlet: null, kind: 'indirect', inferred: false, quote: 'الفرق رصدت بؤرتين' },
      { speaker: 'حسن عيسى', role: 'الطبيب', cue: 'وقال', outlet: null, kind: 'indirect', inferred: false, quote: 'القسم ممتلئ' },
      { speaker: 'نادية فرحات', role: 'وزيرة الصحة', cue: 'وتابعت', outlet: null, kind: 'indirect', inferred: true, quote: 'الوزارة ستمدد الساعات' },
    ]);
  });

  it('joins a surname and a title to the speaker named in full', () => {
    const found = statementsOf('وقال رئيس الوزراء سليم الحداد إن البلاد بخير. وأضاف الحداد أن الحوار مستمر. وأكد رئيس الوزراء أن الخطة جاهزة.');
    expect(found.map((statement) => statement.speaker)).toEqual(['سليم الحداد', 'سليم الحداد', 'سليم الحداد']);
  });

  it('reads outlets, frames, نقل عن, a quote before its cue, and an agentless passive', () => {
    expect(statementsOf('ونقلت صحيفة «المال» عن مصادر مصرفية أن البنوك رفعت الفائدة.')[0]).toMatchObject({ speaker: 'مصادر مصرفية', outlet: 'صحيفة المال', kind: 'indirect' });
    expect(statementsOf('تراجع المؤشر بنسبة 2 في المئة، وفق ما ذكرت إدارة البورصة في نشرتها.')[0]).toMatchObject({ speaker: 'إدارة البورصة', cue: 'وفق ما ذكرت', quote: 'تراجع المؤشر بنسبة 2 في المئة' });
    expect(statementsOf('وبحسب بيان صادر عن لجنة السياسة النقدية، فإن القرار اتخذ بالأغلبية.')[0]).toMatchObject({ speaker: 'لجنة السياسة النقدية', quote: 'القرار اتخذ بالأغلبية' });
    expect(statementsOf('«سنصل إلى كل طفل»، قالت فرحات في ختام المؤتمر.')[0]).toMatchObject({ speaker: 'فرحات', kind: 'direct', quote: 'سنصل إلى كل طفل' });
    expect(statementsOf('ونُقل أن الرئيس التقى قادة المعارضة.')[0]).toMatchObject({ speaker: 'unknown', inferred: false });
    expect(statementsOf('وقالت أم خالد، وهي والدة طفل مصاب، لقناة «الوطن»: "لم نكن نعرف".')[0]).toMatchObject({ speaker: 'أم خالد', role: 'والدة طفل مصاب', outlet: 'لقناة الوطن', kind: 'direct' });
  });

  it('finds the subject before the verb, behind a parenthesis, a manner or a state, and in an earlier clause', () => {
    expect(statementsOf('لكن مدير المعبر العقيد سامي الزعبي نفى وجود أي قيود، وقال لقناة «الحدث» إن المعبر مفتوح.').map((x) => [x.speaker, x.role, x.outlet])).toEqual([
      ['سامي الزعبي', 'مدير المعبر', 'لقناة الحدث'],
    ]);
    expect(statementsOf('قال أحمد (35 عامًا)، وهو أب لأربعة أطفال، إنه مشى ثلاثة أيام.')[0]).toMatchObject({ speaker: 'أحمد', role: 'أب لأربعة أطفال' });
    expect(statementsOf('وقال الوزير سليم الحداد إن الخطة جاهزة. ويعلّق الحداد بنبرة هادئة: «لا أريد أن أفتح دفاتر قديمة».')[1]).toMatchObject({ speaker: 'سليم الحداد', kind: 'direct' });
    expect(statementsOf('وقال الوزير سليم الحداد إن الخطة جاهزة. وأضاف طالبًا عدم نشر التفاصيل: «لن نتراجع».')[1]).toMatchObject({ speaker: 'سليم الحداد', inferred: true });
    expect(statementsOf('طلبت النائبة هالة القيسي الكلمة، وقالت إن الحكومة مخطئة.')[0]).toMatchObject({ speaker: 'هالة القيسي', inferred: false });
    expect(statementsOf('استقبل المطرب نزار العطار الصحفيين في بيته. وقال: «لم أعتزل يومًا».')[0]).toMatchObject({ speaker: 'نزار العطار', inferred: true });
  });

  it('reads frames that point back at the speaker, and leaves subordinate clauses and passives alone', () => {
    expect(statementsOf('قال الوزير سليم الحداد إن الدعم باق. الزيادة ستوفر 340 مليون دينار، حسب قوله.')[1]).toMatchObject({ speaker: 'سليم الحداد', cue: 'حسب', inferred: true, quote: 'الزيادة ستوفر 340 مليون دينار' });
    expect(statementsOf('«الصوت يشيخ»، يختم العطار حديثه، قبل أن يحتضن العود.')).toEqual([
      expect.objectContaining({ speaker: 'العطار', kind: 'direct', quote: 'الصوت يشيخ' }),
    ]);
    expect(statementsOf('وقيل إن الرئيس عقد اجتماعًا مغلقًا.')[0]).toMatchObject({ speaker: 'unknown' });
    expect(statementsOf('ودعا المانحين إلى «التحرك».').map((x) => x.speaker)).not.toContain('المانحين');
  });

  it('does not take an announced action, a quoted name or a background formula for a statement', () => {
    expect(statementsOf('وأعلن الرئيس حالة الطوارئ في البلاد.')).toEqual([]);
    expect(statementsOf('وأطلقت الحكومة حملة «صحتك أولاً» للتوعية.')).toEqual([]);
    expect(statementsOf('ويُذكر أن البلاد تشهد احتجاجات منذ أشهر.')).toEqual([]);
    expect(statementsOf('ونقلت الوكالة عن مسؤول طلب عدم ذكر اسمه أن الملف سيطرح.').map((s) => s.speaker)).toEqual(['مسؤول طلب عدم ذكر اسمه']);
  });
});

describe('who-said questions', () => {
  it.each([
    ['من قال إن الحل السياسي مطلوب؟', { kind: 'who', phrase: 'الحل السياسي مطلوب' }],
    ['مين صرح بأن السجناء خرجوا', { kind: 'who', phrase: 'السجناء خرجوا' }],
    ['ماذا قال رامي عبد الرحمن؟', { kind: 'what', speaker: 'رامي عبد الرحمن', topic: '' }],
    ['شو قال المرصد عن السجن؟', { kind: 'what', speaker: 'المرصد', topic: 'السجن؟'.replace('؟', '') }],
    ['شنو قال المحافظ عن فرق الإنقاذ؟', { kind: 'what', speaker: 'المحافظ', topic: 'فرق الإنقاذ' }], // Iraqi "what"
    ['وش قال الراكب؟', { kind: 'what', speaker: 'الراكب' }], // Gulf
    ['What did the seismology centre director say about predicting earthquakes?', { kind: 'what', speaker: 'seismology centre director', topic: 'predicting earthquakes?'.replace('?', '') }],
    ['Who warned of a failure?', { kind: 'who', phrase: 'of a failure' }],
    ['What has the envoy called for?', { kind: 'what', speaker: 'envoy', verb: 'called' }],
    ['What did the State Department spokesman say about the deal?', { kind: 'what', speaker: 'State Department spokesman', topic: 'the deal' }],
    ['What did the army add to its forces?', null],
    ['ما عاصمة اليابان؟', null],
  ])('%s', (question, expected) => {
    const parsed = parseWhoSaid(question);
    if (expected === null) expect(parsed).toBeNull();
    else expect(parsed).toMatchObject(expected);
  });

  it('answers from the attribution index, the speaker first', () => {
    const answer = answerQuestion(library, 'من قال إن الحل السياسي مطلوب؟');
    expect(answer.answered).toBe(true);
    expect(answer.statements?.[0]).toMatchObject({ speaker: 'الدول' });
    expect(answer.results[0]!.quote).toContain('الحل السياسي مطلوب');
    const said = answerQuestion(library, 'ماذا قال رامي عبد الرحمن؟');
    expect(said.statements?.map((statement) => statement.cue)).toEqual(['وقال', 'مضيفًا']);
  });

  it('puts first what the speaker said with the question\'s verb, an English verb by its translations, a cue with و too', () => {
    const aid = libraryOf(
      'قافلة المساعدات',
      'وقال منسق الشؤون الإنسانية ماركو بيليني إن المنظمة تقدمت بطلبات كثيرة. ودعا بيليني إلى "وصول آمن ومنتظم".',
    );
    expect(answerWhoSaid(aid, 'What did the humanitarian coordinator call for?')[0]?.cue).toBe('ودعا');
    expect(answerWhoSaid(aid, 'بماذا دعا بيليني؟')[0]?.cue).toBe('ودعا');
    // A root و stays: ووصف meets وصف.
    const deal = libraryOf('الاتفاق', 'وقال الوزير سامر يوسف إن الوضع صعب، ووصف الاتفاق بأنه "تاريخي".');
    expect(answerWhoSaid(deal, 'بماذا وصف سامر يوسف الاتفاق؟')[0]?.cue).toBe('ووصف');
  });

  it("puts first what the speaker said that holds more of the topic, though it is misspelt", () => {
    const roads = libraryOf(
      'الطريق السريع',
      'وقال المتحدث باسم الوزارة منصور الكعبي إن القوات حررت 11 مخطوفا. ولفت الكعبي إلى أن الخاطفين "يعرفون مسبقا من يركب".',
    );
    expect(answerWhoSaid(roads, 'وش قال الكعبي عن الخاطفين')[0]?.quote).toContain('يعرفون مسبقا');
    // الخاطفبن is a typo: the statement holds it only in part, below what counts as on the topic, and still comes first.
    expect(answerWhoSaid(roads, 'وش قال الكعبي عن الخاطفبن')[0]?.quote).toContain('يعرفون مسبقا');
  });

  it('finds an English speaker only when most of the words naming them fit: the health minister is not the finance minister', () => {
    const budget = libraryOf('الموازنة', 'وقال وزير المالية سامر يوسف إن العجز سينخفض.');
    expect(answerWhoSaid(budget, 'What did the finance minister say?')).toHaveLength(1);
    expect(answerWhoSaid(budget, 'What did the health minister say?')).toEqual([]);
  });

  it('leaves "what did X warn of" to ranking when none of X\'s statements has that verb', () => {
    const weather = libraryOf('السيول', 'وأوضحت دائرة الأرصاد الجوية أن المحطة سجلت 86 مليمترا من الأمطار. وحذرت دائرة الأرصاد الجوية من منخفض جوي جديد يوم الجمعة.');
    expect(answerWhoSaid(weather, 'ماذا قالت دائرة الأرصاد الجوية؟')).toHaveLength(1);
    expect(answerWhoSaid(weather, 'ماذا تقول دائرة الأرصاد الجوية؟')).toHaveLength(1);
    expect(answerWhoSaid(weather, 'ما الذي حذرت منه دائرة الأرصاد الجوية؟')).toEqual([]);
    expect(answerQuestion(weather, 'ما الذي حذرت منه دائرة الأرصاد الجوية؟').results[0]?.quote).toContain('منخفض جوي جديد');
  });

  it('leaves an announced action to ranking', () => {
    const answer = answerQuestion(library, 'من أعلن السيطرة على مدينة حمص؟');
    expect(answer.statements).toBeUndefined();
    expect(answer.results[0]!.quote).toContain('وأعلن قائد حركة');
  });
});

describe('/who and /quotes', () => {
  const run = (name: string, options: Record<string, string>) => toJson(commands.get(name)!.run({ library }, options)) as {
    query: string;
    results: Array<Record<string, unknown> & { quote: string; start: number; end: number }>;
    suggestions?: string[];
  };

  it('/who finds a statement by its words, tolerant of spelling, in the documented JSON shape', () => {
    for (const phrase of ['الحل السياسي مطلوب', 'الحَلُّ السِّياسيّ مطلوب', 'حل سياسى مطلوب لوقف العمليات']) {
      const reply = run('who', { phrase });
      expect(reply.results[0], phrase).toMatchObject({ speaker: 'الدول', kind: 'direct' });
    }
    const reply = run('who', { phrase: 'مئات السجناء' });
    expect(Object.keys(reply)).toEqual(['query', 'results']);
    expect(Object.keys(reply.results[0]!)).toEqual(['speaker', 'role', 'cue', 'outlet', 'kind', 'inferred', 'quote', 'article', 'paragraph', 'sentence', 'start', 'end']);
    for (const statement of reply.results) expect(text.slice(statement.start, statement.end)).toBe(statement.quote);
    expect(run('who', { phrase: 'كرة القدم' }).results).toEqual([]);
  });

  it('/quotes lists everything a speaker said in article order, by name, title or near spelling', () => {
    expect(run('quotes', { speaker: 'المجتمعون' }).results.map((statement) => statement.cue)).toEqual(['أكد', 'وشدد', 'وجدد', 'واتفقوا']);
    expect(run('quotes', { speaker: 'مدير المرصد السوري' }).results).toHaveLength(2);
    expect(run('quotes', { speaker: 'رامى عبدالرحمن' }).results.length + run('quotes', { speaker: 'رامي عبد الرحمان' }).results.length).toBeGreaterThan(0);
    // A person's family name among other words of a question (شو قال عبد الرحمن لما سئل), not a function word's look-alike.
    expect(run('quotes', { speaker: 'عبد الرحمن لما سئل' }).results).toHaveLength(2);
    expect(run('quotes', { speaker: 'رد الوزير على الانتقادات' }).results).toEqual([]);
    // In English, by the glossary translations of the role.
    expect(run('quotes', { speaker: 'the Syrian Observatory director' }).results).toHaveLength(2);
    const none = run('quotes', { speaker: 'زيد' });
    expect(none.results).toEqual([]);
    expect(none.suggestions!.length).toBeGreaterThan(0);
  });

  it('autocompletes speakers', () => {
    const choices = commands.get('quotes')!.complete!({ library }, 'speaker', 'رامي');
    expect(choices[0]).toEqual({ name: 'رامي عبد الرحمن (مدير المرصد السوري لحقوق الإنسان)', value: 'رامي عبد الرحمن' });
    expect(commands.get('quotes')!.complete!({ library }, 'speaker', '').length).toBe(7);
  });
});

describe('paging and order', () => {
  it('pages who-said answers by statement', () => {
    const first = answerQuestion(library, 'ماذا قال المجتمعون؟', { limit: 2 });
    const next = answerQuestion(library, 'ماذا قال المجتمعون؟', { limit: 2, offset: 2 });
    expect(first.statements?.map((statement) => statement.cue)).toEqual(['أكد', 'وشدد']);
    expect(next.statements?.map((statement) => statement.cue)).toEqual(['وجدد', 'واتفقوا']);
    expect(next.total).toBe(4);
    for (const passage of next.results) expect(passage.quote).toContain('المجتمعون');
  });

  it('/quotes lists statements in corpus order across several articles', () => {
    const several = openLibrary(join(projectRoot(), 'eval', 'articles', 'dev', 'corpus'));
    const reply = commands.get('quotes')!.run({ library: several }, { speaker: 'رئيس' });
    if (reply.kind !== 'statements') throw new Error(reply.kind);
    const positions = reply.results.map((statement) => several.statements.indexOf(statement));
    expect(new Set(reply.results.map((statement) => statement.article.id)).size).toBeGreaterThan(1);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});
