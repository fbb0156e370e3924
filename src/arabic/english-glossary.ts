/**
 * English → Arabic glossary for questions asked in English: each line is
 * `lemma: arabic, arabic, …` (Arabic in dictionary form, undiacritised).
 * Multi-word English keys (e.g. "security council", "interest rate", "take over") are allowed and are written with single spaces.
 * A general news vocabulary; not written from any test question.
 */
export const ENGLISH_GLOSSARY = `
government: حكومة, حكومي, حكومات
cabinet: حكومة, مجلس الوزراء
president: رئيس, رؤساء, رئاسة
presidency: رئاسة, رئاسي
presidential: رئاسي, رئاسة
prime minister: رئيس الوزراء, رئيس الحكومة
minister: وزير, وزراء
ministry: وزارة, وزارات
foreign minister: وزير الخارجية
foreign ministry: وزارة الخارجية, الخارجية
ministry of foreign affairs: وزارة الخارجية, الخارجية
interior ministry: وزارة الداخلية, الداخلية
defense ministry: وزارة الدفاع, الدفاع
defence ministry: وزارة الدفاع, الدفاع
finance ministry: وزارة المالية, المالية
health ministry: وزارة الصحة, الصحة
ministry of health: وزارة الصحة, الصحة
foreign: خارجي, خارجية, أجنبي, أجانب
interior: داخلي, داخلية
defense: دفاع, دفاعي
defence: دفاع, دفاعي
affair: شأن, شؤون
king: ملك, ملوك, عاهل
prince: أمير, أمراء
crown prince: ولي العهد
emir: أمير
sultan: سلطان
leader: زعيم, زعماء, قائد, قادة
leadership: قيادة, قيادات
official: مسؤول, مسؤولون, رسمي
authority: سلطة, سلطات, هيئة
authorities: سلطة, سلطات
state: دولة, دول, ولاية, ذكر, صرح
country: بلد, بلدان, بلاد, دولة, دول
countries: بلد, بلدان, دولة, دول
nation: أمة, أمم, شعب, وطن
national: وطني, قومي
regime: نظام, أنظمة
system: نظام, منظومة
administration: إدارة
policy: سياسة, سياسات
politics: سياسة, سياسي
political: سياسي, سياسية
politician: سياسي, سياسيون
election: انتخابات, انتخاب, اقتراع
elect: انتخب, انتخاب
vote: صوت, تصويت, أصوات, اقتراع
voter: ناخب, ناخبون
ballot: اقتراع, ورقة اقتراع, صندوق
poll: استطلاع, اقتراع, انتخابات
candidate: مرشح, مرشحون
candidacy: ترشح, ترشيح
run: ترشح, خاض, أدار
ran: ترشح, خاض, أدار
campaign: حملة, حملات
turnout: إقبال, مشاركة, نسبة المشاركة
referendum: استفتاء
constitution: دستور
constitutional: دستوري
constitutional committee: اللجنة الدستورية
parliament: برلمان, مجلس النواب, مجلس الشعب, برلماني
parliamentary: برلماني, نيابي
lawmaker: نائب, نواب, برلماني, مشرع
deputy: نائب, نواب
mp: نائب, نواب
senate: مجلس الشيوخ
congress: كونغرس, مؤتمر
party: حزب, أحزاب, طرف, أطراف
parties: حزب, أحزاب, طرف, أطراف
coalition: ائتلاف, تحالف
alliance: تحالف, حلف
ally: حليف, حلفاء
bloc: كتلة, كتل
movement: حركة, حركات
opposition: معارضة, معارض
oppose: عارض, معارضة, رفض
dialogue: حوار
negotiation: مفاوضات, تفاوض
negotiate: تفاوض, مفاوضات
negotiator: مفاوض, مفاوضون
talks: محادثات, مفاوضات, مباحثات
talk: تحدث, حديث, محادثات
reform: إصلاح, إصلاحات
protest: احتجاج, احتجاجات, احتج, تظاهرة, مظاهرة
protester: محتج, محتجون, متظاهر, متظاهرون
demonstration: مظاهرة, تظاهرة, تظاهر
demonstrator: متظاهر, متظاهرون
rally: تجمع, حشد, مسيرة
strike: إضراب, ضربة, ضربات, غارة, ضرب
revolution: ثورة, ثوري
uprising: انتفاضة, ثورة
coup: انقلاب
transition: انتقال, مرحلة انتقالية
transitional: انتقالي
prisoner: سجين, سجناء, أسير, أسرى, معتقل
detainee: معتقل, معتقلون, محتجز, موقوف
detain: اعتقل, احتجز, اعتقال, احتجاز
detention: اعتقال, احتجاز
arrest: اعتقل, اعتقال, قبض, توقيف, أوقف
prison: سجن, سجون, معتقل
jail: سجن, سجون
hostage: رهينة, رهائن
kidnap: خطف, اختطف, اختطاف
abduct: خطف, اختطف, اختطاف
missing: مفقود, مفقودون
disappearance: اختفاء, إخفاء, تغييب
right: حق, حقوق
human rights: حقوق الإنسان
freedom: حرية, حريات
democracy: ديمقراطية
democratic: ديمقراطي
law: قانون, قوانين
legal: قانوني, شرعي
illegal: غير قانوني, غير شرعي
legitimacy: شرعية
legitimate: شرعي
court: محكمة, محاكم, قضاء
judge: قاض, قاضي, قضاة
justice: عدالة, عدل, قضاء
judicial: قضائي
judiciary: قضاء, سلطة قضائية
trial: محاكمة, محاكمات
sentence: حكم, أحكام, عقوبة
verdict: حكم
ruling: حكم, قرار
charge: تهمة, تهم, اتهام
accuse: اتهم, اتهام, تهمة
accusation: اتهام, اتهامات
crime: جريمة, جرائم
criminal: مجرم, جنائي
war crime: جرائم حرب
investigation: تحقيق, تحقيقات
investigate: حقق, تحقيق
prosecutor: مدع عام, نيابة, نائب عام
police: شرطة
policeman: شرطي
corruption: فساد
decree: مرسوم, مراسيم
amnesty: عفو
pardon: عفو
punishment: عقوبة, عقوبات
fine: غرامة, غرامات
execution: إعدام
execute: أعدم, إعدام, نفذ
accountability: محاسبة, مساءلة
impunity: إفلات من العقاب
transparency: شفافية
army: جيش, جيوش
military: عسكري, عسكريون, جيش
force: قوة, قوات
forces: قوة, قوات
troops: قوات, جنود
soldier: جندي, جنود
officer: ضابط, ضباط
general: عام, لواء, جنرال
commander: قائد, قادة
faction: فصيل, فصائل
fighter: مقاتل, مقاتلون, مسلح, عنصر, عناصر
militant: مسلح, مسلحون, متشدد
militia: ميليشيا, ميليشيات
rebel: متمرد, متمردون, مسلح, ثائر, ثوار, معارضة مسلحة
insurgent: متمرد, مسلح
armed: مسلح
armed group: جماعة مسلحة, فصيل مسلح
group: مجموعة, جماعة, جماعات, فصيل
organization: منظمة, تنظيم
organisation: منظمة, تنظيم
extremist: متطرف, متشدد
extremism: تطرف
jihadist: جهادي, جهاديون
terrorism: إرهاب
terrorist: إرهابي, إرهابيون
attack: هجوم, هجمات, هاجم, اعتداء, استهدف
assault: هجوم, اعتداء
raid: غارة, غارات, مداهمة, داهم
airstrike: غارة, غارات, غارة جوية, قصف جوي
air strike: غارة, غارات, غارة جوية, قصف جوي
bomb: قنبلة, قنابل, قصف, تفجير
bombing: قصف, تفجير
shelling: قصف
shell: قذيفة, قذائف, قصف
missile: صاروخ, صواريخ
rocket: صاروخ, صواريخ, قذيفة
drone: طائرة مسيرة, مسيرة, طائرة بدون طيار
aircraft: طائرة, طائرات
plane: طائرة, طائرات
warplane: طائرة حربية, مقاتلة
tank: دبابة, دبابات
weapon: سلاح, أسلحة
arms: أسلحة, سلاح
ammunition: ذخيرة, ذخائر
explosion: انفجار, تفجير
blast: انفجار, تفجير
explode: انفجر, انفجار
car bomb: سيارة مفخخة
suicide: انتحاري, انتحار
control: سيطر, سيطرة, تحكم
seize: استولى, سيطر, استيلاء, ضبط
capture: أسر, سيطر, استولى, اعتقل
take over: سيطر, استولى, سيطرة, تسلم
take: أخذ, تناول, سيطر, استولى
took: أخذ, تناول, سيطر, استولى
taken: أخذ, تناول, سيطر, استولى
occupy: احتل, احتلال
occupation: احتلال
liberate: حرر, تحرير
regain: استعاد, استعادة
recapture: استعاد, استعادة
withdraw: انسحب, انسحاب, سحب
withdrew: انسحب, انسحاب, سحب
withdrawal: انسحاب, سحب
retreat: تراجع, انسحب, انسحاب
advance: تقدم
offensive: هجوم, عملية عسكرية
operation: عملية, عمليات
battle: معركة, معارك
fight: قاتل, قتال, حارب, معارك
fought: قاتل, قتال, حارب
fighting: قتال, اشتباكات, معارك
war: حرب, حروب
civil war: حرب أهلية
conflict: نزاع, صراع, أزمة
crisis: أزمة, أزمات
crises: أزمة, أزمات
clash: اشتباك, اشتباكات, اشتبك
confrontation: مواجهة, مواجهات
ceasefire: وقف إطلاق النار, هدنة
cease-fire: وقف إطلاق النار, هدنة
truce: هدنة
escalation: تصعيد
escalate: صعد, تصعيد
de-escalation: خفض التصعيد, تهدئة
calm: هدوء, تهدئة
tension: توتر, توترات
violence: عنف
violent: عنيف
violation: انتهاك, انتهاكات, خرق, خروقات
violate: انتهك, خرق, انتهاك
breach: خرق, خروقات
siege: حصار
besiege: حاصر, حصار
blockade: حصار
surround: طوق, حاصر, تطويق
security: أمن, أمني
secure: أمن, تأمين, ضمان
guard: حرس, حارس
border: حدود, حدودي
front: جبهة, جبهات
frontline: جبهة, خط المواجهة
zone: منطقة, مناطق
buffer zone: منطقة عازلة
safe zone: منطقة آمنة
checkpoint: حاجز, حواجز
base: قاعدة, قواعد
camp: مخيم, مخيمات, معسكر
refugee: لاجئ, لاجئون
displaced: نازح, نازحون, مهجر, مهجرون
displacement: نزوح, تهجير
flee: فر, هرب, نزح, فرار
fled: فر, هرب, نزح, فرار
evacuate: أجلى, إجلاء
evacuation: إجلاء
casualty: ضحية, ضحايا, إصابات, قتيل, خسائر
victim: ضحية, ضحايا
kill: قتل, مقتل
killed: قتيل, قتلى, مقتل, قتل
dead: قتيل, قتلى, ميت, موتى, وفاة
death: وفاة, وفيات, موت, مقتل
die: توفي, مات, لقي حتفه, وفاة
wound: جرح, جريح, أصاب
wounded: جريح, جرحى, مصاب, مصابون
injure: أصاب, جرح, إصابة
injury: إصابة, إصابات
injured: مصاب, جريح, جرحى
martyr: شهيد, شهداء
toll: حصيلة
destroy: دمر, تدمير
destruction: دمار, تدمير
damage: أضرار, ضرر
target: استهدف, هدف, أهداف
shoot: أطلق النار, إطلاق النار
shot: رصاص, رصاصة, أطلق النار
fire: نار, إطلاق نار, حريق
gunman: مسلح, مسلحون
sniper: قناص
massacre: مجزرة, مجازر
genocide: إبادة
chemical: كيميائي, كيماوي
nuclear: نووي
threat: تهديد, تهديدات
threaten: هدد, تهديد
danger: خطر, أخطار
dangerous: خطير
risk: خطر, مخاطر
defeat: هزيمة, هزم
victory: انتصار, نصر
win: فاز, فوز, انتصر
won: فاز, فوز, انتصر
lose: خسر, خسارة, فقد
lost: خسر, خسارة, فقد
loss: خسارة, خسائر
intelligence: استخبارات, مخابرات
navy: بحرية
air force: سلاح الجو, القوات الجوية
ground: بري, أرض, ميداني
field: ميدان, ميداني, مجال
airport: مطار, مطارات
port: ميناء, موانئ
road: طريق, طرق
highway: طريق سريع, طريق دولي
bridge: جسر, جسور
crossing: معبر, معابر
corridor: ممر, ممرات
humanitarian: إنساني
aid: مساعدات, إغاثة, معونة
assistance: مساعدة, مساعدات
relief: إغاثة
convoy: قافلة, قوافل
food: غذاء, طعام, غذائي, مواد غذائية
water: مياه, ماء
electricity: كهرباء
fuel: وقود, محروقات
bread: خبز
famine: مجاعة
hunger: جوع
shortage: نقص, شح
reinforcement: تعزيزات, تعزيز
reinforce: عزز, تعزيز
deploy: نشر, انتشار
deployment: انتشار, نشر
storm: اقتحم, اقتحام, عاصفة
invade: غزا, اجتاح
invasion: غزو, اجتياح
ambush: كمين
torture: تعذيب
intercept: اعترض, اعتراض
shoot down: أسقط, إسقاط
surrender: استسلم, استسلام
hand over: سلم, تسليم
defend: دافع, دفاع
erupt: اندلع, اندلاع
break out: اندلع, اندلاع
statement: بيان, تصريح
joint: مشترك
meeting: اجتماع, لقاء, اجتمع
meet: التقى, اجتمع, لقاء, اجتماع
met: التقى, اجتمع, لقاء, اجتماع
summit: قمة
conference: مؤتمر, مؤتمرات
press conference: مؤتمر صحفي
agreement: اتفاق, اتفاقية, اتفاقات
deal: اتفاق, صفقة
accord: اتفاق, اتفاقية
treaty: معاهدة
memorandum: مذكرة, مذكرة تفاهم
understanding: تفاهم, تفاهمات
resolution: قرار, قرارات
council: مجلس, مجالس
security council: مجلس الأمن
general assembly: الجمعية العامة
united nations: الأمم المتحدة, أممي
un: الأمم المتحدة, أممي
secretary-general: الأمين العام, أمين عام
secretary general: الأمين العام, أمين عام
secretary: أمين, وزير
sovereignty: سيادة
unity: وحدة
national unity: وحدة وطنية
territorial integrity: وحدة الأراضي, سلامة الأراضي
integrity: سلامة, وحدة, نزاهة
territory: أرض, أراضي, إقليم
stability: استقرار
stable: مستقر
solution: حل, حلول
political solution: حل سياسي
political process: عملية سياسية, مسار سياسي
process: عملية, مسار
envoy: مبعوث, موفد
special envoy: مبعوث خاص
mediator: وسيط, وسطاء
mediation: وساطة
mediate: توسط, وساطة
sanction: عقوبة, عقوبات
embassy: سفارة, سفارات
ambassador: سفير, سفراء
consulate: قنصلية
diplomat: دبلوماسي, دبلوماسيون
diplomatic: دبلوماسي
diplomacy: دبلوماسية
relation: علاقة, علاقات
cooperation: تعاون
cooperate: تعاون
partnership: شراكة
partner: شريك, شركاء
peace: سلام, سلم
peaceful: سلمي
initiative: مبادرة
proposal: اقتراح, مقترح, مقترحات
propose: اقترح, اقتراح
plan: خطة, خطط, مخطط, اعتزم
roadmap: خارطة طريق, خريطة طريق
road map: خارطة طريق, خريطة طريق
guarantor: ضامن, ضامنة, دول ضامنة
guarantee: ضمان, ضمانات, ضمن
delegation: وفد, وفود
delegate: مندوب, ممثل
representative: ممثل, مندوب, مندوبون
represent: تمثيل, ممثل
visit: زيارة, زار
tour: جولة
round: جولة, جولات
trip: رحلة, زيارة
host: استضاف, استضافة
session: جلسة, جلسات, دورة
agenda: جدول أعمال
framework: إطار
mechanism: آلية, آليات
commitment: التزام, التزامات
commit: التزم, ارتكب
implement: نفذ, تنفيذ, طبق
implementation: تنفيذ, تطبيق
international: دولي
community: مجتمع, جالية
international community: المجتمع الدولي
regional: إقليمي
region: منطقة, مناطق, إقليم
global: عالمي
world: عالم, عالمي
independence: استقلال
independent: مستقل
recognition: اعتراف
recognize: اعترف, اعتراف
normalization: تطبيع
committee: لجنة, لجان
commission: لجنة, مفوضية, هيئة
body: هيئة, جهة, جثة, جثث
observer: مراقب, مراقبون
monitor: راقب, مراقبة, رصد
mission: بعثة, مهمة
peacekeeping: حفظ السلام
peacekeeper: قوات حفظ السلام
bilateral: ثنائي
side: طرف, أطراف, جانب
stance: موقف, مواقف
position: موقف, مواقف, منصب, موقع
step: خطوة, خطوات
measure: إجراء, إجراءات, تدبير
action: إجراء, عمل, تحرك
move: خطوة, تحرك, نقل, انتقل
effort: جهد, جهود, مساع
pressure: ضغط, ضغوط
intervention: تدخل
interfere: تدخل
reconciliation: مصالحة
settlement: تسوية, مستوطنة, مستوطنات
settler: مستوطن, مستوطنون
compromise: تسوية, حل وسط
consensus: توافق, إجماع
unicef: يونيسف, اليونيسف
unhcr: مفوضية اللاجئين, المفوضية السامية
world health organization: منظمة الصحة العالمية
world food programme: برنامج الأغذية العالمي
wfp: برنامج الأغذية العالمي
red cross: الصليب الأحمر
red crescent: الهلال الأحمر
european union: الاتحاد الأوروبي
eu: الاتحاد الأوروبي
nato: الناتو, حلف شمال الأطلسي
arab league: جامعة الدول العربية, الجامعة العربية
imf: صندوق النقد الدولي
international monetary fund: صندوق النقد الدولي
world bank: البنك الدولي
african union: الاتحاد الأفريقي
gulf cooperation council: مجلس التعاون الخليجي
opec: أوبك
amnesty international: منظمة العفو الدولية
human rights watch: هيومن رايتس ووتش
international criminal court: المحكمة الجنائية الدولية
hezbollah: حزب الله
hamas: حماس
islamic state: تنظيم الدولة, الدولة الإسلامية, داعش
isis: داعش, تنظيم الدولة
isil: داعش, تنظيم الدولة
daesh: داعش
al-qaeda: القاعدة, تنظيم القاعدة
al qaeda: القاعدة, تنظيم القاعدة
nusra: النصرة, جبهة النصرة
taliban: طالبان
houthi: حوثي, الحوثيين, أنصار الله
muslim brotherhood: الإخوان المسلمين, الإخوان
fatah: فتح
sdf: قسد, قوات سوريا الديمقراطية
hts: هيئة تحرير الشام
free syrian army: الجيش الحر, الجيش السوري الحر
white helmets: الخوذ البيضاء, الدفاع المدني
syrian observatory: المرصد السوري
observatory: مرصد
revolutionary guard: الحرس الثوري
pentagon: البنتاغون
white house: البيت الأبيض
kremlin: الكرملين
state department: الخارجية الأمريكية, وزارة الخارجية
economy: اقتصاد
economic: اقتصادي
economist: خبير اقتصادي, اقتصادي
central bank: البنك المركزي, المصرف المركزي
bank: بنك, بنوك, مصرف, مصارف
banking: مصرفي
interest rate: سعر الفائدة, أسعار الفائدة, فائدة
interest: فائدة, فوائد, مصلحة, مصالح, اهتمام
rate: سعر, معدل, نسبة
inflation: تضخم
currency: عملة, عملات
exchange rate: سعر الصرف
exchange: صرف, تبادل
dollar: دولار, دولارات
euro: يورو
pound: جنيه, ليرة, إسترليني
lira: ليرة
riyal: ريال
dinar: دينار
budget: موازنة, ميزانية
deficit: عجز
debt: دين, ديون, مديونية
bond: سند, سندات
loan: قرض, قروض
credit: ائتمان, قرض
price: سعر, أسعار
cost: كلفة, تكلفة, تكاليف
growth: نمو
grow: نما, نمو, ازداد
grew: نما, نمو, ازداد
recession: ركود, انكماش
unemployment: بطالة
unemployed: عاطل, عاطلون
job: وظيفة, وظائف, عمل, فرص عمل
employment: توظيف, تشغيل
tax: ضريبة, ضرائب
customs: جمارك, جمركي
tariff: تعريفة, رسوم جمركية
trade: تجارة, تجاري, تبادل تجاري
commercial: تجاري
export: تصدير, صادرات, صدر
import: استيراد, واردات, استورد
retail: تجزئة, بيع بالتجزئة
shop: متجر, متاجر, محل, محلات
store: متجر, محل, مخزن
market: سوق, أسواق
stock market: البورصة, سوق الأسهم
stock: أسهم, سهم, مخزون
share: سهم, أسهم, حصة, شارك
salary: راتب, رواتب, أجر
wage: أجر, أجور, راتب
income: دخل
revenue: إيرادات, عائدات
profit: ربح, أرباح
investment: استثمار, استثمارات
invest: استثمر, استثمار
investor: مستثمر, مستثمرون
fund: صندوق, تمويل, أموال
funding: تمويل
finance: مالية, تمويل
financial: مالي
fiscal: مالي
monetary: نقدي
money: مال, أموال, نقود
cash: نقد, سيولة
liquidity: سيولة
reserve: احتياطي, احتياطيات
billion: مليار, مليارات
million: مليون, ملايين
thousand: ألف, آلاف
hundred: مئة, مائة, مئات
percent: بالمئة, بالمائة, نسبة
percentage: نسبة
oil: نفط, بترول, نفطي
gas: غاز
energy: طاقة
industry: صناعة
industrial: صناعي
agriculture: زراعة, زراعي
farmer: مزارع, مزارعون, فلاح
company: شركة, شركات
business: أعمال, تجارة
sector: قطاع, قطاعات
private sector: القطاع الخاص
private: خاص
public: عام, عامة, جمهور
project: مشروع, مشاريع
production: إنتاج
produce: أنتج, إنتاج
supply: إمداد, إمدادات, توريد, عرض, مخزون
demand: طلب, طالب, مطالبة, مطالب
goods: سلع, بضائع
commodity: سلعة, سلع
subsidy: دعم
poverty: فقر
poor: فقير, فقراء
gdp: الناتج المحلي, الناتج المحلي الإجمالي
output: إنتاج, ناتج
consumer: مستهلك, مستهلكون
consumption: استهلاك
buy: اشترى, شراء
bought: اشترى, شراء
sell: باع, بيع
sold: باع, بيع
sale: بيع, مبيعات
pay: دفع, سدد
paid: دفع, سدد
payment: دفع, دفعة, سداد
spend: أنفق, إنفاق
spent: أنفق, إنفاق
fee: رسوم, رسم
increase: زيادة, ارتفاع, زاد, رفع
decrease: انخفاض, تراجع, خفض
decline: تراجع, انخفاض, انخفض
drop: انخفاض, تراجع, هبط, هبوط
cut: خفض, قطع, تخفيض
reduce: خفض, قلص, تخفيض
rise: ارتفع, ارتفاع, صعود
rose: ارتفع, ارتفاع
raise: رفع, زيادة
fall: انخفض, انخفاض, تراجع, سقط, سقوط
fell: انخفض, انخفاض, تراجع, سقط
hike: رفع, زيادة
double: ضاعف, ضعف
record: سجل, تسجيل, قياسي, رقم قياسي
level: مستوى, مستويات
high: مرتفع, عال, أعلى
low: منخفض, أدنى
value: قيمة
tourism: سياحة
health: صحة, صحي
outbreak: تفشي, تفش, انتشار, اندلاع
spread: انتشار, انتشر, تفشى
disease: مرض, أمراض
epidemic: وباء, أوبئة
pandemic: جائحة, وباء
virus: فيروس, فيروسات
coronavirus: كورونا, فيروس كورونا
covid: كورونا, كوفيد
cholera: كوليرا
polio: شلل الأطفال
measles: حصبة
case: حالة, حالات, قضية
infection: إصابة, إصابات, عدوى
infect: أصاب, إصابة
infected: مصاب, مصابون
patient: مريض, مرضى
vaccine: لقاح, لقاحات
vaccination: تطعيم, تلقيح, لقاح
vaccinate: لقح, طعم, تلقيح
dose: جرعة, جرعات
hospital: مستشفى, مستشفيات
clinic: عيادة, مستوصف
health center: مركز صحي, مراكز صحية
child: طفل, أطفال
children: طفل, أطفال
baby: رضيع, طفل
infant: رضيع, طفل
doctor: طبيب, أطباء
nurse: ممرض, ممرضة
medical: طبي
medicine: دواء, أدوية, طب
drug: دواء, أدوية, مخدرات
treatment: علاج
treat: عالج, علاج
symptom: عرض, أعراض
test: فحص, فحوصات, اختبار
laboratory: مختبر
quarantine: حجر صحي
lockdown: إغلاق, حظر
curfew: حظر تجول
mask: كمامة, كمامات
shipment: شحنة, شحنات
recover: تعافى, شفي
recovery: تعافي, شفاء, انتعاش
malnutrition: سوء التغذية
emergency: طوارئ
ambulance: إسعاف
health care: رعاية صحية
care: رعاية
elderly: مسن, مسنون, كبار السن
age: عمر, سن
mother: أم, أمهات
father: أب, والد
son: ابن, أبناء, نجل
daughter: ابنة, بنت
brother: أخ, شقيق
family: عائلة, عائلات, أسرة, أسر
news agency: وكالة أنباء, وكالة
agency: وكالة, وكالات, هيئة
news: أنباء, أخبار, خبر
newspaper: صحيفة, صحف, جريدة
website: موقع, موقع إلكتروني
site: موقع, مواقع
channel: قناة, قنوات
tv: تلفزيون, قناة, تلفزيوني
television: تلفزيون, تلفزيوني
radio: إذاعة, راديو
media: إعلام, وسائل الإعلام, إعلامي
journalist: صحفي, صحافي, صحفيون
reporter: مراسل, مراسلون
correspondent: مراسل
source: مصدر, مصادر
informed: مطلع, مطلعة
spokesman: متحدث, ناطق, متحدث باسم
spokesperson: متحدث, ناطق
spokeswoman: متحدثة, ناطقة
expert: خبير, خبراء
analyst: محلل, محللون
researcher: باحث, باحثون
report: تقرير, تقارير, أفاد, ذكر
interview: مقابلة, حوار, لقاء
social media: وسائل التواصل الاجتماعي, مواقع التواصل
video: فيديو, مقطع
photo: صورة, صور
document: وثيقة, وثائق, وثق, توثيق
letter: رسالة, رسائل
message: رسالة, رسائل
information: معلومات
detail: تفاصيل
data: بيانات, معطيات
figure: رقم, أرقام
statistic: إحصاء, إحصائيات
study: دراسة, دراسات
survey: مسح, استطلاع
list: قائمة, لائحة
capital: عاصمة, رأس المال
city: مدينة, مدن
cities: مدينة, مدن
town: بلدة, بلدات, مدينة
village: قرية, قرى
province: محافظة, محافظات, ولاية, إقليم
governorate: محافظة, محافظات
governor: محافظ, حاكم
district: منطقة, حي, ناحية
neighborhood: حي, أحياء
neighbourhood: حي, أحياء
area: منطقة, مناطق, مساحة
countryside: ريف
rural: ريف, ريفي
suburb: ضاحية, ضواحي
resident: مقيم, ساكن, سكان, أهالي
population: سكان
civilian: مدني, مدنيون
people: شعب, ناس, أشخاص, سكان, مواطنون
person: شخص, أشخاص
citizen: مواطن, مواطنون
man: رجل, رجال
men: رجل, رجال
woman: امرأة, نساء, سيدة
women: امرأة, نساء
youth: شباب, شاب
student: طالب, طلاب
school: مدرسة, مدارس
university: جامعة, جامعات
education: تعليم, تربية
teacher: معلم, مدرس
minority: أقلية, أقليات
sect: طائفة, طوائف
sectarian: طائفي
religion: دين, أديان
religious: ديني
muslim: مسلم, مسلمون
christian: مسيحي, مسيحيون
sunni: سني, سنة
shiite: شيعي, شيعة
shia: شيعي, شيعة
alawite: علوي, علويون
druze: درزي, دروز
jewish: يهودي, يهود
kurd: كردي, أكراد
kurdish: كردي
tribe: عشيرة, عشائر, قبيلة, قبائل
society: مجتمع
social: اجتماعي
union: اتحاد, نقابة
association: جمعية, رابطة
ngo: منظمة غير حكومية
activist: ناشط, ناشطون
worker: عامل, عمال
employee: موظف, موظفون
volunteer: متطوع, متطوعون
house: منزل, منازل, بيت, بيوت
home: منزل, بيت, وطن
building: مبنى, مبان
housing: سكن, إسكان
infrastructure: بنية تحتية
reconstruction: إعمار, إعادة الإعمار
mosque: مسجد, جامع
church: كنيسة, كنائس
street: شارع, شوارع
square: ساحة, ميدان
migration: هجرة
migrant: مهاجر, مهاجرون
asylum: لجوء
citizenship: جنسية
identity: هوية
say: قال, أفاد, ذكر
said: قال, أفاد, ذكر
tell: قال, أبلغ, أخبر
told: قال, أبلغ, أخبر
announce: أعلن, إعلان
announcement: إعلان
declare: أعلن, إعلان
declaration: إعلان
confirm: أكد, تأكيد
stress: شدد, أكد, تشديد
emphasize: أكد, شدد, تأكيد
emphasise: أكد, شدد, تأكيد
warn: حذر, تحذير
warning: تحذير, تحذيرات
add: أضاف, إضافة
explain: أوضح, شرح
point out: أشار, لفت
indicate: أشار, دل
mention: ذكر, أشار
deny: نفى, نفي, أنكر
call for: دعا, طالب, دعوة
call: دعا, دعوة, اتصال, اتصل
urge: حث, دعا, ناشد
appeal: ناشد, نداء, مناشدة, استئناف
reject: رفض
refuse: رفض
welcome: رحب, ترحيب
condemn: أدان, إدانة, استنكر, ندد
denounce: ندد, تنديد, استنكر, شجب
criticize: انتقد, انتقاد, انتقادات
criticise: انتقد, انتقاد, انتقادات
blame: حمل المسؤولية, لوم
express: أعرب, عبر
concern: قلق, مخاوف
worry: قلق, مخاوف
hope: أمل, أعرب عن أمله
believe: اعتقد, رأى
consider: اعتبر, رأى, درس
describe: وصف
claim: زعم, ادعى, تبنى
responsibility: مسؤولية
ask: سأل, طلب
request: طلب, طلبات
respond: رد, استجاب
response: رد, استجابة
reply: رد, أجاب
comment: علق, تعليق
note: أشار, لاحظ, مذكرة
reveal: كشف
disclose: كشف, أفصح
quote: نقل عن, نقل
inform: أبلغ, أخبر, أفاد
promise: وعد, تعهد
pledge: تعهد, تعهدات
vow: تعهد, توعد
insist: أصر, تمسك
acknowledge: أقر, اعترف
admit: اعترف, أقر
agree: اتفق, وافق, اتفاق, موافقة
disagreement: خلاف, خلافات
dispute: خلاف, نزاع
approve: وافق, أقر, صادق, مصادقة
ratify: صادق, مصادقة
discuss: ناقش, بحث, مناقشة, تناول
address: تناول, خاطب, عنوان, خطاب
speech: خطاب, كلمة
speak: تحدث, تكلم
spoke: تحدث, تكلم
according: وفقا, حسب, بحسب
sign: وقع, توقيع
issue: أصدر, إصدار, قضية, مسألة
continue: استمر, تواصل, واصل, استمرار
support: دعم, أيد, تأييد, مساندة
hold: عقد, أجرى, أقام, احتجز
held: عقد, أجرى, أقام, احتجز
enter: دخل, دخول
leave: غادر, ترك, مغادرة
left: غادر, ترك, يسار
start: بدأ, بدء, انطلق, انطلاق
begin: بدأ, بدء
began: بدأ, بدء
end: انتهى, إنهاء, نهاية, أنهى
stop: توقف, أوقف, وقف
halt: أوقف, وقف, علق
suspend: علق, تعليق
resume: استأنف, استئناف
release: أفرج, إفراج, أطلق سراح, إطلاق سراح
free: حر, أفرج, حرر
reach: بلغ, وصل, توصل
arrive: وصل, وصول
decide: قرر, قرار
decision: قرار, قرارات
launch: أطلق, إطلاق, شن
form: شكل, تشكيل
formation: تشكيل
establish: أسس, أنشأ, تأسيس, إنشاء
create: أنشأ, إنشاء
build: بنى, بناء
built: بنى, بناء
hinder: عرقل, عرقلة, أعاق
obstruct: عرقل, عرقلة, أعاق
prevent: منع
ban: حظر, منع
allow: سمح
protect: حمى, حماية
protection: حماية
respect: احترم, احترام
achieve: حقق, تحقيق, أنجز
return: عاد, عودة, أعاد, إعادة
receive: تلقى, استقبل, تسلم
send: أرسل, بعث, إرسال
sent: أرسل, بعث, إرسال
deliver: سلم, أوصل, تسليم
join: انضم, انضمام
lead: قاد, ترأس, قيادة
led: قاد, ترأس, قيادة
head: رئيس, ترأس, توجه
chair: ترأس, رئيس
appoint: عين, تعيين
resign: استقال, استقالة
dismiss: أقال, إقالة
participate: شارك, مشاركة
take part: شارك, مشاركة
attend: حضر, شارك, حضور
open: فتح, افتتح
close: أغلق, إغلاق
closure: إغلاق
need: حاجة, احتياجات, احتاج
provide: قدم, وفر, تقديم, توفير
offer: عرض, قدم
give: أعطى, منح, قدم
gave: أعطى, منح, قدم
grant: منح
get: حصل
got: حصل
find: وجد, عثر
found: وجد, عثر, أسس
see: رأى, شهد
saw: رأى, شهد
witness: شهد, شاهد, شهود
go: ذهب, توجه
went: ذهب, توجه
come: جاء, أتى
came: جاء, أتى
make: صنع, جعل, أجرى
made: صنع, جعل, أجرى
use: استخدم, استخدام
try: حاول, محاولة
attempt: محاولة, حاول
seek: سعى, مسعى
sought: سعى, مسعى
aim: هدف, سعى
work: عمل
help: ساعد, مساعدة
include: شمل, تضمن
change: تغيير, تغير, تعديل
improve: حسن, تحسين
develop: طور, تطوير
development: تطور, تطورات, تنمية
face: واجه
confront: واجه, تصدى
prepare: أعد, استعد, تحضير
expect: توقع, توقعات
estimate: قدر, تقدير, تقديرات
cause: تسبب, سبب, أدى
result: نتيجة, نتائج
follow: تابع, تلا
accept: قبل, قبول
remain: بقي, استمر
stay: بقي, أقام
live: عاش, معيشة, أقام
transfer: نقل
carry out: نفذ, قام
conduct: أجرى
restore: استعاد, أعاد
extend: مدد, تمديد
renew: جدد, تجديد
postpone: أجل, تأجيل
delay: تأخير, تأجيل
cancel: ألغى, إلغاء
adopt: اعتمد, تبنى
pass: أقر, مرر
publish: نشر
broadcast: بث
escape: فر, هرب
hit: ضرب, أصاب, استهدف
struck: ضرب, أصاب, استهدف
burn: أحرق, حرق
collapse: انهيار, انهار
deteriorate: تدهور
worsen: تفاقم, تدهور
succeed: نجح, نجاح
fail: فشل, إخفاق
expand: وسع, توسيع
mobilize: حشد
gather: تجمع, احتشد
write: كتب
wrote: كتب
day: يوم, أيام
week: أسبوع, أسابيع
month: شهر, أشهر, شهور
year: عام, سنة, أعوام, سنوات
decade: عقد
century: قرن
hour: ساعة, ساعات
minute: دقيقة, دقائق
evening: مساء
morning: صباح
night: ليل, ليلة, مساء
afternoon: ظهر, عصر
noon: ظهر
dawn: فجر
today: اليوم
yesterday: أمس
tomorrow: غدا
date: تاريخ, موعد
time: وقت, زمن, مرة
period: فترة, مدة
deadline: مهلة, موعد نهائي
weekend: عطلة نهاية الأسبوع
monday: الاثنين, اثنين
tuesday: الثلاثاء
wednesday: الأربعاء
thursday: الخميس
friday: الجمعة
saturday: السبت
sunday: الأحد
january: يناير, كانون الثاني
february: فبراير, شباط
march: مارس, آذار, مسيرة
april: أبريل, نيسان
may: مايو, أيار
june: يونيو, حزيران
july: يوليو, تموز
august: أغسطس, آب
september: سبتمبر, أيلول
october: أكتوبر, تشرين الأول
november: نوفمبر, تشرين الثاني
december: ديسمبر, كانون الأول
ramadan: رمضان
eid: عيد
holiday: عطلة, عيد
anniversary: ذكرى
next: مقبل, قادم, تالي
previous: سابق
recent: أخير, مؤخرا
early: مطلع, بداية, مبكر
late: أواخر, متأخر
beginning: بداية, مطلع
first: أول, أولى
second: ثاني, ثانية
third: ثالث, ثالثة
two: اثنان, اثنين, اثنتين
three: ثلاثة, ثلاث
four: أربعة, أربع
five: خمسة, خمس
six: ستة, ست
seven: سبعة, سبع
eight: ثمانية, ثماني
nine: تسعة, تسع
ten: عشرة, عشر
twenty: عشرون, عشرين
half: نصف
dozen: عشرات
number: عدد, أعداد, رقم
total: إجمالي, مجموع, حصيلة
winter: شتاء
summer: صيف
syria: سوريا, سورية
syrian: سوري, سوريون
lebanon: لبنان
lebanese: لبناني
iraq: عراق
iraqi: عراقي
egypt: مصر
egyptian: مصري
jordan: أردن
jordanian: أردني
saudi arabia: سعودية, سعودي, المملكة العربية السعودية
saudi: سعودي, سعودية
qatar: قطر
qatari: قطري
kuwait: كويت
kuwaiti: كويتي
bahrain: بحرين
oman: عمان, سلطنة عمان
emirates: إمارات, إماراتي
uae: إمارات, إماراتي
united arab emirates: الإمارات العربية المتحدة, إمارات
emirati: إماراتي
yemen: يمن
yemeni: يمني
turkey: تركيا
turkish: تركي
iran: إيران
iranian: إيراني
russia: روسيا
russian: روسي
israel: إسرائيل
israeli: إسرائيلي
palestine: فلسطين
palestinian: فلسطيني
gaza: غزة
west bank: الضفة الغربية
jerusalem: القدس
united states: الولايات المتحدة, أمريكا, واشنطن
usa: الولايات المتحدة, أمريكا
america: أمريكا, أميركا
american: أمريكي, أميركي
washington: واشنطن
libya: ليبيا
libyan: ليبي
tunisia: تونس
tunisian: تونسي
algeria: جزائر
algerian: جزائري
morocco: مغرب
moroccan: مغربي
sudan: سودان
sudanese: سوداني
afghanistan: أفغانستان
pakistan: باكستان
india: هند
china: صين
chinese: صيني
japan: يابان
france: فرنسا
french: فرنسي
britain: بريطانيا, المملكة المتحدة
united kingdom: المملكة المتحدة, بريطانيا
uk: بريطانيا, المملكة المتحدة
british: بريطاني
germany: ألمانيا
german: ألماني
italy: إيطاليا
europe: أوروبا
european: أوروبي
ukraine: أوكرانيا
ukrainian: أوكراني
africa: أفريقيا, إفريقيا
arab: عربي, عرب
gulf: خليج, خليجي
middle east: الشرق الأوسط
kurdistan: كردستان
west: غرب, غربي
western: غربي
east: شرق, شرقي
eastern: شرقي
north: شمال, شمالي
northern: شمالي
south: جنوب, جنوبي
southern: جنوبي
central: مركزي, وسط
damascus: دمشق
aleppo: حلب
homs: حمص
hama: حماة
idlib: إدلب
raqqa: رقة
deir ez-zor: دير الزور
deir ezzor: دير الزور
daraa: درعا
latakia: لاذقية
tartus: طرطوس
ghouta: غوطة
eastern ghouta: الغوطة الشرقية
afrin: عفرين
manbij: منبج
qamishli: قامشلي
palmyra: تدمر
quneitra: قنيطرة
suwayda: سويداء
hasakah: حسكة
golan: جولان
beirut: بيروت
tripoli: طرابلس
baghdad: بغداد
mosul: موصل
basra: بصرة
erbil: أربيل
kirkuk: كركوك
cairo: قاهرة
alexandria: إسكندرية
sinai: سيناء
amman: عمان
riyadh: رياض
jeddah: جدة
doha: دوحة
dubai: دبي
abu dhabi: أبو ظبي
sanaa: صنعاء
aden: عدن
tehran: طهران
ankara: أنقرة
istanbul: إسطنبول
moscow: موسكو
astana: أستانا, أستانة
sochi: سوتشي
geneva: جنيف
vienna: فيينا
paris: باريس
london: لندن
berlin: برلين
brussels: بروكسل
new york: نيويورك
beijing: بكين
tel aviv: تل أبيب
ramallah: رام الله
khartoum: خرطوم
assad: الأسد, أسد
putin: بوتين
erdogan: أردوغان
trump: ترامب
biden: بايدن
obama: أوباما
netanyahu: نتنياهو
lavrov: لافروف
de mistura: دي ميستورا
pedersen: بيدرسون, بيدرسن
guterres: غوتيريش, غوتيريس
macron: ماكرون
nasrallah: نصر الله
sisi: سيسي
event: حدث, أحداث
incident: حادث, حادثة
accident: حادث, حوادث
situation: وضع, أوضاع, حالة
condition: شرط, شروط, حالة, وضع
question: سؤال, مسألة, قضية
problem: مشكلة, مشاكل
challenge: تحد, تحديات
fate: مصير
future: مستقبل
history: تاريخ
goal: هدف, أهداف
reason: سبب, أسباب
role: دور, أدوار
power: سلطة, قوة, طاقة
rule: حكم, قاعدة, قواعد
opportunity: فرصة, فرص
option: خيار, خيارات
alternative: بديل, بدائل
fact: حقيقة
impact: تأثير, أثر, آثار
effect: تأثير, أثر, آثار
consequence: تداعيات, عواقب
repercussion: تداعيات
vehicle: سيارة, مركبة, آلية
car: سيارة, سيارات
bus: حافلة, حافلات
truck: شاحنة, شاحنات
ship: سفينة, سفن
boat: قارب, زورق
flight: رحلة, طيران
training: تدريب
exercise: مناورة, تمرين
equipment: معدات
land: أرض, أراضي
sea: بحر
river: نهر
mountain: جبل, جبال
coast: ساحل
island: جزيرة
earthquake: زلزال
flood: فيضان, سيول
weather: طقس
climate: مناخ
environment: بيئة
drought: جفاف
institution: مؤسسة, مؤسسات
municipality: بلدية, بلديات
department: إدارة, دائرة, قسم
directorate: مديرية
palace: قصر
headquarters: مقر
office: مكتب, منصب
post: منصب, موقع
seat: مقعد, مقاعد, مقر
majority: أغلبية, أكثرية
term: ولاية, فترة
mandate: تفويض, ولاية
order: أمر, أوامر, نظام
new: جديد
old: قديم
large: كبير
big: كبير
small: صغير
major: كبير, رئيسي
main: رئيسي
important: مهم, هام
serious: خطير, جدي
severe: حاد, شديد
heavy: كثيف, عنيف, ثقيل
strong: قوي
weak: ضعيف
complete: كامل, أكمل
comprehensive: شامل
partial: جزئي
permanent: دائم
temporary: مؤقت
sustainable: مستدام
lasting: دائم
immediate: فوري
urgent: عاجل
direct: مباشر
local: محلي
domestic: محلي, داخلي
civil: مدني
current: حالي, راهن
former: سابق
special: خاص
positive: إيجابي
negative: سلبي
difficult: صعب
possible: ممكن, محتمل
likely: محتمل, مرجح
unknown: مجهول
safe: آمن
united: موحد, متحد
unilateral: أحادي
mutual: متبادل
popular: شعبي
key: رئيسي, أساسي
basic: أساسي
necessary: ضروري
fair: عادل, نزيه
life: حياة, أرواح
lives: حياة, أرواح
pull back: انسحب, انسحاب, تراجع
pull out: انسحب, انسحاب
back down: تراجع
locate: واقع, يقع, موقع
`;
