import { normalizeArabic } from '../arabic/normalize.js';
import { lightStem } from '../arabic/stem.js';

/**
 * The words attribution is built from, written naturally and normalized
 * once: reporting verbs in their conjugations, participles of continuation
 * (مضيفًا), attribution frames (بحسب، وفق، جاء في، نقل عن), the particles that
 * open reported speech, and the nouns that mark roles, settings and outlets.
 */

const words = (list: string) => list.split(/\s+/).filter(Boolean).map(normalizeArabic);

/**
 * Reporting verbs: past (3rd masculine), then present (3rd masculine).
 * Conjugations are generated; defective verbs list their feminine past.
 */
const VERBS = `
قال:يقول أعلن:يعلن أكد:يؤكد أضاف:يضيف أفاد:يفيد ذكر:يذكر أشار:يشير أوضح:يوضح صرح:يصرح شدد:يشدد
جدد:يجدد اتفق:يتفق تابع:يتابع نقل:ينقل لفت:يلفت حذر:يحذر اعتبر:يعتبر كشف:يكشف أردف:يردف طالب:يطالب
أبلغ:يبلغ نوه:ينوه زعم:يزعم أقر:يقر اعترف:يعترف رجح:يرجح حث:يحث استطرد:يستطرد علق:يعلق رد:يرد
وصف:يصف تعهد:يتعهد وعد:يعد هدد:يهدد استبعد:يستبعد أعرب:يعرب عبر:يعبر أشاد:يشيد انتقد:ينتقد رفض:يرفض
تساءل:يتساءل أورد:يورد كتب:يكتب روى:يروي ختم:يختم أجاب:يجيب سأل:يسأل صرّح:يصرّح
`;
/** Defective verbs, whose feminine and plural past are irregular: masculine, feminine, plural, present. */
const DEFECTIVE = [
  ['دعا', 'دعت', 'دعوا', 'يدعو'],
  ['نفى', 'نفت', 'نفوا', 'ينفي'],
  ['رأى', 'رأت', 'رأوا', 'يرى'],
];

/** Participles that continue a statement of the same speaker: مضيفًا أن …, قائلًا: «…». */
const PARTICIPLES = `
قائل مضيف مشير لافت موضح مؤكد معتبر محذر مشدد منوه مطالب كاشف مبين مردف مجدد متابع معلن مستطرد
معرب مشيد متعهد واصف مستبعد منتقد متسائل معلق مهدد رافض
`;
/** Participles of defective verbs, listed whole (داعيًا، نافيًا). */
const DEFECTIVE_PARTICIPLES = 'داعيا داعيه نافيا نافيه';

/** Frames that name a source around reported words: بحسب X، وفق ما ذكرت X، جاء في X. */
const SOURCE_FRAMES: ReadonlySet<string> = new Set(words('بحسب حسب وفق وفقا وفقًا طبقا نقلا'));
const DOCUMENT_FRAMES: ReadonlySet<string> = new Set(words('جاء ورد'));

/** Particles that open reported speech (with attached pronouns: إنها، أنهم …). */
export const SPEECH_PARTICLES: ReadonlySet<string> = new Set(
  words('ان بان فان انه انها انهم انهما انهن بانه بانها بانهم بانهما فانه فانها انني اننا انا بانني'),
);

const CLITICS = ['', 'و', 'ف'];

/** Passives with no agent: their statements have speaker "unknown". */
export const AGENTLESS: ReadonlySet<string> = new Set(words('أفيد قيل يقال'));

function verbForms(): Map<string, { feminine: boolean }> {
  const forms = new Map<string, { feminine: boolean }>();
  const add = (form: string, feminine: boolean) => {
    for (const clitic of CLITICS) forms.set(clitic + normalizeArabic(form), { feminine });
  };
  for (const pair of VERBS.split(/\s+/).filter(Boolean)) {
    const [past, present] = pair.split(':') as [string, string];
    add(past, false);
    add(`${past}ت`, true);
    add(`${past}وا`, false);
    add(`${past}تا`, true);
    add(present, false);
    add(`ت${present.slice(1)}`, true);
    add(`${present}ون`, false);
  }
  // Agentless passives, which the extractor reports with speaker "unknown": أُفيد بأن، قيل إن، يُقال إن.
  for (const passive of AGENTLESS) add(passive, false);
  // Purpose ل before a present tense: ليقول إن.
  for (const [form, gender] of [...forms]) if (/^[يت]/.test(form)) forms.set(`ل${form}`, gender);
  for (const [masculine, feminine, plural, present] of DEFECTIVE) {
    add(masculine!, false);
    add(feminine!, true);
    add(plural!, false);
    add(present!, false);
    add(`ت${present!.slice(1)}`, true);
  }
  return forms;
}

function participleForms(): Map<string, { feminine: boolean }> {
  const forms = new Map<string, { feminine: boolean }>();
  for (const base of words(PARTICIPLES)) {
    forms.set(`${base}ا`, { feminine: false });
    forms.set(`${base}ه`, { feminine: true });
    forms.set(`${base}ين`, { feminine: false });
  }
  for (const form of words(DEFECTIVE_PARTICIPLES)) forms.set(form, { feminine: form.endsWith('ه') });
  return forms;
}

export const REPORTING_VERBS = verbForms();
export const CONTINUATIONS = participleForms();
export { SOURCE_FRAMES, DOCUMENT_FRAMES };

/** Common Arabic first names (and kunya starters), which open a person's name in a subject phrase. */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  words(`
محمد أحمد محمود مصطفى علي عمر عثمان حسن حسين خالد خليل إبراهيم إسماعيل يوسف يونس يحيى زكريا موسى عيسى سليمان داود
عبد عبدالله عبدالرحمن عبدالعزيز عبدالكريم طارق طلال طه ياسر ياسين سامي سامر سمير سليم سالم سعيد سعد سعود فهد فيصل
فؤاد فادي فراس فارس فتحي جمال جميل جورج جوزيف جبران جهاد حازم حاتم حامد حمد حمدي حمزة حيدر رامي رامز رائد راشد
رشيد رضا رياض رفيق رمزي زياد زيد زهير شادي شريف شوقي صالح صلاح صابر صبحي ضياء عادل عاطف عامر عماد عمار عصام
عدنان عزت علاء غسان غازي قاسم كريم كمال ماجد مازن مالك مجدي مراد مروان منير منصور مهدي نبيل نادر ناصر نزار نصر
نضال نعيم نور هادي هاني هشام هيثم وائل وليد وسام وجيه ياسر أسامة أنس أيمن أمين أنور أشرف إياد بسام بشار بشير
بلال توفيق ثامر جلال جواد حسام حكيم خليفة رأفت سهيل شكري صفوان عبير عفيف غالب فاضل لؤي مؤيد معاذ مهند نجيب
هيفاء فاطمة عائشة خديجة زينب مريم سارة ليلى ليلي سلمى سلوى سميرة سعاد سهى سوسن نادية نور نورا هدى هند هالة
رنا ريم رشا رانيا رزان دعاء دانة دينا لينا لمى لبنى منى منال مها ميساء ميرا نسرين نجلاء نهى نوال وفاء ياسمين
أمل أسماء إيمان آمال بشرى جميلة حنان خلود رحاب رغد روان زهراء سناء شيماء صفاء عبلة عفاف غادة فدوى كوثر
عمرو ماهر معتز معتصم مصعب منذر مدحت مرتضى مسعود مظفر معن مقتدى ممدوح نايف نبيه نديم نعمان نهاد نواف نوري
هاشم همام وديع وضاح يعقوب أكرم أدهم أسعد أمجد أنيس أيوب أوس إدريس إلياس إيهاب باسل بهاء تامر تميم جابر
جاسم جعفر حسني حسان حمود حمادة خلدون دريد رضوان ريان زاهر زكي سامح سفيان شاكر شفيق صفوت صهيب عاصم
عزام عزمي عقيل غياث قيس كنان لطفي ليث مؤنس ناجي يامن إسحاق صبري زهدي رشدي سعدون عبود غانم فواز
قصي كاظم لقمان مكرم هزاع وسيم ثروت بهجت جودت عبده عطا محيي رؤوف فاروق حمدين مرهف فوزي حمادي عياض لخضر
رمطان بوعلام محند زكرياء شكيب رشاد عيدروس مرزوق سلمان مقرن نهيان طحنون حمدان ذياب قابوس معمر باقر مجتبى عباس برهم
قباد هوشيار نيجيرفان بافل فالح حميدتي بابكر جبريل راجي عبدالفتاح عبدالحميد عبدالمجيد عبدالقادر عبدالسلام عبدالملك عبدالإله عبداللطيف عبدالوهاب عبدالرحيم عبدالباسط
عبدالمنعم عبدالهادي عبدالحليم عبدالغني عبدالجليل عبدالرزاق عبدالحكيم عبدالناصر عبدالمهدي عبدالمحسن عبدربه عبدالخالق عبدالستار عبدالحفيظ عبدالجبار عبدالرؤوف عبدالصمد عبدالوافي عزالدين نورالدين
سعدالدين أنطوان بطرس نقولا جرجس ميخائيل ميشال ميشيل إيلي شربل إميل كميل بيار طوني فيليب ريمون جوزف إدمون كارلوس بولس
ملحم هبة لارا تالا يارا ميار ميسون ميادة ميرفت نيفين نرمين نيرمين نهال نجوى هيام وداد يسرا أسيل آلاء أروى
إسراء بتول بثينة ثريا جيهان رقية رهف رولا ريما ريهام سوزان شذى شيرين صابرين علياء غدير غيداء فيروز كاميليا كندة
لميس لمياء ماجدة مروة منار ميرنا ميس نادين نانسي نهلة رباب سالي فاتن مديحة أريج أسمهان جمانة خولة رضوى رنيم
ريتا سهير صفية لجين ليندا مايا ميرال نوف هديل هنادي نورة موزة شما بهية داليا إيناس نشوى حليمة نعيمة مليكة
فتيحة لويزة كلثوم حوراء سجى رهام دارين كارمن جوليا إليسا لولوة تمارا مرام إنجي شريهان ريتاج رند ليان جون ديفيد
دافيد بيتر مايكل مايك ماري ماريا إيمانويل أنطونيو أنطوني أنتوني فلاديمير فولوديمير سيرغي سيرجي ديمتري دميتري دونالد باراك هيلاري
بيل كامالا جيمس روبرت ريتشارد توماس تشارلز ويليام وليام هنري إدوارد فرانسوا جان بيير نيكولا نيكولاس فرانك بوريس ريشي تيريزا
ليز كير أنجيلا أنغيلا أولاف أورسولا كريستين كريستيان فريدريش أنالينا شارل جوزيب بيدرو خوسيه لويس ميغيل خافيير ماتيو سيلفيو جوزيبي
ماريو ماركو ستيف ستيفن ستيفان إيلون مارك جيف تيم بنيامين يائير نفتالي يوآف أفيغدور إيتمار بتسلئيل إيهود شمعون موشيه غولدا
تسيبي أفيخاي ميري يتسحاق جدعون غدعون ألكسندر أليكسي أليكسندر يفغيني أندريه إيغور نيكولاي يوري فاليري فيكتور ليونيد رمزان إيلينا أولغا
يوليا فيتالي ديميترو أندري بيترو رستم بافيل إيفان كيم وانغ فوميو شينزو ناريندرا شهباز نواز مهاتير رودريغو هاكان تيدروس رافائيل
مارتن توم كوفي غابرييل هانس فولكر ينس فيليبو ستافان سيريل يوويري بول ماكي فيليكس إيمرسون رياك أسيمي هوغو جايير إيناسيو
غوستافو فيدل راؤول ديلسي خوان أندريس مانويل كلوديا دانيال ونستون جاك أوليفييه برونو جيرالد مارين سيغولين إليزابيث كاثرين كاترين ميلانيا
إيفانكا جاريد تشاك ميتش كيفن ليندسي تيد بيرني جاسيندا هيلين إيما كارين جانيت جيروم كريستوفر ماثيو نيد جيك لويد كوندوليزا
مادلين كولن هاري ميغان كاميلا ديانا آدم ليونيل كريستيانو كيليان نيمار كارلو جوزيه لوكا يورغن إيرلينغ دييغو ديدييه بولنت خلوصي
ياشار أوزغور إيال هرتسي ياريف رونين أهارون يوسي عاموس تساحي ميراف كيرياكوس أندرياس
أم أبو ابو
`),
);

/** Titles of respect: dropped from both the name and the role (الدكتورة نادية فرحات → نادية فرحات). */
export const HONORIFICS: ReadonlySet<string> = new Set(words('الدكتور الدكتورة د السيد السيدة الأستاذ الأستاذة المهندس المهندسة الشيخ الحاج اللواء العميد العقيد المقدم الرائد النقيب المستشار المستشارة'));

/** Words that begin the name of an organization or body, never a person's name. */
export const BODY_WORDS: ReadonlySet<string> = new Set(
  words(`وزارة منظمة هيئة نقابة اتحاد لجنة مجلس حزب حركة جماعة جمعية شركة بنك مصرف جامعة مستشفى وكالة صحيفة قناة إذاعة
موقع مركز مرصد إدارة رئاسة حكومة سفارة قيادة جيش شرطة محكمة نيابة بلدية محافظة دائرة مؤسسة مكتب برلمان`),
);

/** Nouns that name where words were said rather than who said them: في مؤتمر صحفي، في بيان، في نشرتها. */
export const SETTING_STEMS: ReadonlySet<string> = new Set(
  words('بيان مؤتمر كلمة تصريح تصريحات حديث مقابلة لقاء تغريدة منشور رسالة خطاب نشرة صفحة حساب ختام بداية مستهل ندوة جلسة اتصال رد مداخلة مقال').map(lightStem),
);

/** Nouns after ل that name a news outlet: لوكالة «فرانس برس»، لقناة «المشرق». */
export const OUTLET_STEMS: ReadonlySet<string> = new Set(
  words('وكالة صحيفة قناة إذاعة موقع مجلة تلفزيون شبكة جريدة منصة').map(lightStem),
);

/** Words that end a subject phrase: the object of the verb begins (التأكيد على …), or نقلت … عن X قوله إن. */
export const OBJECT_MASDARS: ReadonlySet<string> = new Set(
  words('التأكيد الدعوة الإشارة التحذير المطالبة دعمهم دعمه تأكيده قوله قولها قولهم قولهما بالقول حديثه حديثها كلامه كلامها'),
);


/** Nouns of manner after ب, which describe how words were said, not who said them: بنبرة هادئة، بصوت عال. */
export const MANNER_STEMS: ReadonlySet<string> = new Set(words('نبرة صوت حزم وضوح هدوء غضب حسرة ابتسامة اختصار ثقة لهجة حماس أسف').map(lightStem));

/** Pronoun-bearing words a frame may point back with: حسب قوله، على حد تعبيره. */
export const SELF_REFERENCES: ReadonlySet<string> = new Set(words('قوله قولها قولهم تعبيره تعبيرها تعبيرهم كلامه كلامها وصفه وصفها رأيه رأيها'));
