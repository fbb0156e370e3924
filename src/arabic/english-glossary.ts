/**
 * English → Arabic glossary for questions asked in English: each line is
 * `lemma: arabic, arabic, …` (Arabic in dictionary form, undiacritised).
 * Multi-word English keys (e.g. "security council", "interest rate", "take over") are allowed and are written with single spaces.
 * A general news vocabulary; not written from any test question. The last part
 * is general vocabulary gone through letter by letter, A to Z, with irregular
 * forms the lemma reducer cannot derive (slept, mice, teeth) and a few names
 * that a typo look-up would otherwise read as one of its words (Martin, Prague).
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
state: دولة, دول, ولاية
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
vote: صوت, تصويت, أصوات, اقتراع, انتخابات, صوت لصالح
voter: ناخب, ناخبون
ballot: اقتراع, ورقة اقتراع, صندوق
poll: استطلاع, اقتراع, انتخابات
candidate: مرشح, مرشحون
candidacy: ترشح, ترشيح
run: ترشح, خاض, أدار, ركض, أجرى
ran: ترشح, خاض, أدار, أجرى
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
strike: إضراب, ضربة, ضربات, غارة, ضرب, أضرب, مضرب, إضرابات
revolution: ثورة, ثوري
uprising: انتفاضة, ثورة
coup: انقلاب
transition: انتقال, مرحلة انتقالية
transitional: انتقالي
prisoner: سجين, سجناء, أسير, أسرى, معتقل, محكوم, موقوف, نزيل
detainee: معتقل, معتقلون, محتجز, موقوف
detain: اعتقل, احتجز, اعتقال, احتجاز
detention: اعتقال, احتجاز
arrest: اعتقل, اعتقال, قبض, توقيف, أوقف
prison: سجن, سجون, معتقل
jail: سجن, سجون
hostage: رهينة, رهائن, محتجز, محتجزين, محتجزون, احتجاز رهائن
kidnap: خطف, اختطف, اختطاف
abduct: خطف, اختطف, اختطاف
missing: مفقود, مفقودون, مفقودين, فقد, في عداد المفقودين
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
charge: تهمة, تهم, اتهام, اتهم, رسوم
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
fine: غرامة, غرامات, تغريم, غرم
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
shelling: قصف, قصف مدفعي, قذائف
shell: قذيفة, قذائف, قصف, قذائف مدفعية
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
seize: استولى, سيطر, استيلاء, ضبط, انتزع, صادر, حجز, بسط سيطرته
capture: أسر, سيطر, استولى, اعتقل, أسير, سيطرة, استيلاء, وقع في الأسر
take over: سيطر, استولى, سيطرة, تسلم, بسط سيطرته, استلم, سيطرت
take: أخذ, تناول, سيطر, استولى
took: أخذ, تناول, سيطر, استولى
taken: أخذ, تناول, سيطر, استولى
occupy: احتل, احتلال
occupation: احتلال
liberate: حرر, تحرير
regain: استعاد, استعادة
recapture: استعاد, استعادة, أعاد القبض, إعادة القبض, ألقى القبض, القبض
withdraw: انسحب, انسحاب, سحب, انكفأ, أخلى, سحب قواته
withdrew: انسحب, انسحاب, سحب
withdrawal: انسحاب, سحب, إخلاء, سحب القوات
retreat: تراجع, انسحب, انسحاب
advance: تقدم, تقدم ميداني, زحف, توغل, تقدمت
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
clash: اشتباك, اشتباكات, اشتبك, مواجهات, معارك, اشتباكات عنيفة
confrontation: مواجهة, مواجهات
ceasefire: وقف إطلاق النار, هدنة, وقف القتال, وقف الأعمال العدائية, تهدئة
cease-fire: وقف إطلاق النار, هدنة, وقف القتال, وقف الأعمال العدائية, تهدئة
truce: هدنة, تهدئة, وقف إطلاق النار, هدن
escalation: تصعيد
escalate: صعد, تصعيد
de-escalation: خفض التصعيد, تهدئة
calm: هدوء, تهدئة
tension: توتر, توترات
violence: عنف
violent: عنيف
violation: انتهاك, انتهاكات, خرق, خروقات
violate: انتهك, خرق, انتهاك
breach: خرق, خروقات, اختراق, انتهاك
siege: حصار, محاصر, طوق
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
refugee: لاجئ, لاجئون, لاجئين
displaced: نازح, نازحون, مهجر, مهجرون, نازحين, مهجرين, نزح, نزوح, مشردين
displacement: نزوح, تهجير
flee: فر, هرب, نزح, فرار
fled: فر, هرب, نزح, فرار
evacuate: أجلى, إجلاء, أخلى, إخلاء, نقل, إخلاء السكان
evacuation: إجلاء, إخلاء
casualty: ضحية, ضحايا, إصابات, قتيل, خسائر, قتلى, جرحى, مصابين, وفيات
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
toll: حصيلة, حصيلة القتلى, حصيلة الضحايا
destroy: دمر, تدمير
destruction: دمار, تدمير
damage: أضرار, ضرر, خسائر, تضرر, أضرار مادية
target: استهدف, هدف, أهداف
shoot: أطلق النار, إطلاق النار
shot: رصاص, رصاصة, أطلق النار
fire: نار, إطلاق نار, حريق
gunman: مسلح, مسلحون, مسلحين, رجل مسلح, مسلح مجهول, مجهولون
sniper: قناص, قناصة, قنص
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
field: ميدان, ميداني, مجال, حقل, حقول
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
relief: إغاثة, إغاثية, مساعدات
convoy: قافلة, قوافل
food: غذاء, طعام, غذائي, مواد غذائية
water: مياه, ماء
electricity: كهرباء, تيار كهربائي, التيار الكهربائي
fuel: وقود, محروقات, أجج, بنزين, مازوت, مشتقات نفطية
bread: خبز
famine: مجاعة
hunger: جوع
shortage: نقص, شح
reinforcement: تعزيزات, تعزيز
reinforce: عزز, تعزيز
deploy: نشر, انتشار
deployment: انتشار, نشر
storm: اقتحم, اقتحام, عاصفة, عواصف, منخفض جوي
invade: غزا, اجتاح
invasion: غزو, اجتياح
ambush: كمين, كمائن, نصب كمينا
torture: تعذيب
intercept: اعترض, اعتراض
shoot down: أسقط, إسقاط, أسقطت, سقوط
surrender: استسلم, استسلام, سلم نفسه, تسليم نفسه
hand over: سلم, تسليم, سلم نفسه
defend: دافع, دفاع
erupt: اندلع, اندلاع
break out: اندلع, اندلاع, فرار, هروب
statement: بيان, تصريح, إعلان, بلاغ
joint: مشترك
meeting: اجتماع, لقاء, اجتمع
meet: التقى, اجتمع, لقاء, اجتماع
met: التقى, اجتمع, لقاء, اجتماع
summit: قمة, مؤتمر قمة, قمم
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
envoy: مبعوث, موفد, مبعوث خاص, ممثل خاص, مبعوثين
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
delegate: مندوب, ممثل, مندوبين, موفد
representative: ممثل, مندوب, مندوبون
represent: تمثيل, ممثل
visit: زيارة, زار
tour: جولة
round: جولة, جولات
trip: رحلة, زيارة
host: استضاف, استضافة, مستضيف, مضيف, احتضن, البلد المضيف
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
observer: مراقب, مراقبون, مراقبين, بعثة مراقبين
monitor: راقب, مراقبة, رصد, مراقب, مراقبون, متابعة, مرصد
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
inflation: تضخم, غلاء, ارتفاع الأسعار
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
deficit: عجز, عجز مالي, عجز الموازنة
debt: دين, ديون, مديونية
bond: سند, سندات
loan: قرض, قروض
credit: ائتمان, قرض
price: سعر, أسعار
cost: كلفة, تكلفة, تكاليف, كلف
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
store: متجر, محل, مخزن, خزن, تخزين
market: سوق, أسواق
stock market: البورصة, سوق الأسهم
stock: أسهم, سهم, مخزون
share: سهم, أسهم, حصة, شارك
salary: راتب, رواتب, أجر, مرتب, مرتبات
wage: أجر, أجور, راتب, رواتب, أجرة
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
cash: نقد, سيولة, أموال نقدية, نقدا, مبالغ مالية
liquidity: سيولة
reserve: احتياطي, احتياطيات
nature reserve: محمية, محمية طبيعية
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
subsidy: دعم, إعانة, مدعوم, إعانات, دعم حكومي, دعم الأسعار
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
pay: دفع, سدد, راتب, رواتب, أجر, أجور, بدل
paid: دفع, سدد
payment: دفع, دفعة, سداد
spend: أنفق, إنفاق
spent: أنفق, إنفاق
fee: رسوم, رسم
increase: زيادة, ارتفاع, زاد, رفع
decrease: انخفاض, تراجع, خفض
decline: تراجع, انخفاض, انخفض
drop: انخفاض, تراجع, هبط, هبوط
cut: خفض, قطع, تخفيض, قلص, تقليص
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
outbreak: تفشي, تفش, انتشار, اندلاع, ظهور, تفشي الوباء, انتشار المرض
spread: انتشار, انتشر, تفشى, تفش, تفشي, امتد, امتداد
slick: بقعة
oil slick: بقعة نفطية
disease: مرض, أمراض
epidemic: وباء, أوبئة, جائحة
pandemic: جائحة, وباء
virus: فيروس, فيروسات
coronavirus: كورونا, فيروس كورونا
covid: كورونا, كوفيد
cholera: كوليرا, الكوليرا
polio: شلل الأطفال
measles: حصبة, الحصبة
case: حالة, حالات, قضية, قضايا, إصابة, إصابات
infection: إصابة, إصابات, عدوى
infect: أصاب, إصابة
infected: مصاب, مصابون
patient: مريض, مرضى, مصاب, مصابين
vaccine: لقاح, لقاحات, تطعيم, تلقيح, طعم
vaccination: تطعيم, تلقيح, لقاح, حملة تلقيح, تطعيمات
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
laboratory: مختبر, مختبرات
quarantine: حجر صحي
lockdown: إغلاق, حظر
curfew: حظر تجول, حظر التجول, منع التجول, حظر تجوال
mask: كمامة, كمامات
shipment: شحنة, شحنات
recover: تعافى, شفي, استرد, انتشل, انتشال
recovery: تعافي, شفاء, انتعاش
malnutrition: سوء التغذية
emergency: طوارئ, طارئ, حالة طوارئ
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
radio station: إذاعة, محطة إذاعية
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
document: وثيقة, وثائق, وثق, توثيق, موثق
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
union: اتحاد, نقابة, نقابات, اتحاد عمال, نقابي
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
warning: تحذير, تحذيرات, إنذار, تنبيه
add: أضاف, إضافة
explain: أوضح, شرح
point out: أشار, لفت
indicate: أشار, دل
mention: ذكر, أشار
deny: نفى, نفي, أنكر
call for: دعا, طالب, دعوة
call: دعا, دعوة, اتصال, اتصل
urge: حث, دعا, ناشد
appeal: ناشد, نداء, مناشدة, استئناف, طعن
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
claim: زعم, ادعى, تبنى, مطالبة, طالب
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
sign: وقع, توقيع
issue: أصدر, إصدار, قضية, مسألة
continue: استمر, تواصل, واصل, استمرار
support: دعم, أيد, تأييد, مساندة
hold: عقد, أجرى, أقام, احتجز, استوعب, استيعاب
held: عقد, أجرى, أقام, احتجز
enter: دخل, دخول
leave: غادر, ترك, مغادرة
left: غادر, ترك, يسار
start: بدأ, بدء, انطلق, انطلاق
begin: بدأ, بدء
began: بدأ, بدء
end: انتهى, إنهاء, نهاية, أنهى, انتهاء
stop: توقف, أوقف, وقف
halt: أوقف, وقف, علق
suspend: علق, تعليق
resume: استأنف, استئناف
release: أفرج, إفراج, أطلق سراح, إطلاق سراح, إخلاء سبيل, أخلي سبيل
free: حر, أفرج, حرر, مجاني, مجانا
reach: بلغ, وصل, توصل
arrive: وصل, وصول
decide: قرر, قرار
decision: قرار, قرارات
launch: أطلق, إطلاق, شن
form: شكل, تشكيل
formation: تشكيل
establish: أسس, أنشأ, تأسيس, إنشاء, تأسس
create: أنشأ, إنشاء
build: بنى, بناء
built: بنى, بناء
hinder: عرقل, عرقلة, أعاق
obstruct: عرقل, عرقلة, أعاق
prevent: منع
ban: حظر, منع
allow: سمح, أتاح
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
head: رئيس, ترأس
chair: ترأس, رئيس
appoint: عين, تعيين
resign: استقال, استقالة
dismiss: أقال, إقالة
participate: شارك, مشاركة
take part: شارك, مشاركة
attend: حضر, شارك, حضور
open: فتح, افتتح, افتتاح
close: أغلق, إغلاق, قريب, مقرب
closure: إغلاق
need: حاجة, احتياجات, احتاج, لازم, يلزم
provide: قدم, وفر, تقديم, توفير
offer: عرض, قدم
give: أعطى, منح, قدم
gave: أعطى, منح, قدم
grant: منح, منحة, هبة
get: حصل
got: حصل
find: وجد, عثر
found: وجد, عثر, أسس, تأسس
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
expect: توقع, توقعات, متوقع, مرتقب
estimate: قدر, تقدير, تقديرات
cause: تسبب, سبب, أدى
result: نتيجة, نتائج
follow: تابع, تلا
accept: قبل, قبول
remain: بقي, استمر
stay: بقي, أقام, إقامة, مكث
live: عاش, معيشة, أقام, سكن
transfer: نقل, حوالة
carry out: نفذ, قام
conduct: أجرى
restore: استعاد, أعاد, استعادة, إعادة
extend: مدد, تمديد
renew: جدد, تجديد
postpone: أجل, تأجيل
delay: تأخير, تأجيل
cancel: ألغى, إلغاء
adopt: اعتمد, تبنى, أقر, اعتماد, إقرار
pass: أقر, مرر
publish: نشر
broadcast: بث
escape: فر, هرب, فرار, هروب, لاذ بالفرار, تمكن من الفرار, نجا
hit: ضرب, أصاب, استهدف
struck: ضرب, أصاب, استهدف
burn: أحرق, حرق
collapse: انهيار, انهار, سقوط, تهدم, انهيار مبنى
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
weekend: عطلة نهاية الأسبوع, نهاية الأسبوع
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
total: إجمالي, مجموع, حصيلة, مجمل, إجمالا, في المجموع
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
omani: عماني
bahraini: بحريني
pakistani: باكستاني
afghan: أفغاني
somali: صومالي
ethiopian: إثيوبي
mauritanian: موريتاني
eritrean: إريتري
kenyan: كيني
nigerian: نيجيري
chadian: تشادي
djiboutian: جيبوتي
cypriot: قبرصي
belgian: بلجيكي
indonesian: إندونيسي
malaysian: ماليزي
azerbaijani: أذربيجاني
georgian: جورجي
kazakh: كازاخي
uzbek: أوزبكي
bangladeshi: بنغلاديشي
filipino: فلبيني
vietnamese: فيتنامي
austrian: نمساوي
finnish: فنلندي
argentine: أرجنتيني
venezuelan: فنزويلي
nigerien: نيجري
senegalese: سنغالي
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
accident: حادث, حوادث, حادثة
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
ship: سفينة, سفن, شحن
boat: قارب, زورق
flight: رحلة, طيران
training: تدريب
exercise: مناورة, تمرين
equipment: معدات
land: أرض, أراضي, هبط
sea: بحر
river: نهر
mountain: جبل, جبال
coast: ساحل
island: جزيرة
earthquake: زلزال
flood: فيضان, سيول, فيضانات, غمر, فاض, غرق, طوفان, سيل
weather: طقس, أحوال جوية, حالة الطقس, الأرصاد الجوية, جوي
climate: مناخ
environment: بيئة
drought: جفاف, شح الأمطار, قلة الأمطار
institution: مؤسسة, مؤسسات
municipality: بلدية, بلديات
department: إدارة, دائرة, قسم
directorate: مديرية
palace: قصر
headquarters: مقر
office: مكتب, منصب
post: منصب, موقع, منشور, منشورات, نشر
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
safe: آمن, خزنة, خزينة
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
pull back: انسحب, انسحاب, تراجع, سحب, انكفأ
pull out: انسحب, انسحاب, سحب, إخلاء, خرج
back down: تراجع
locate: واقع, يقع, موقع
participant: مشارك, مشاركون, مجتمع, مجتمعون
attendee: حاضر, حضور, مشارك
located: واقع, يقع, موقع
happen: حدث, وقع, جرى
occur: حدث, وقع, جرى
take place: جرى, عقد, وقع, حدث
amount: مبلغ, كمية, قيمة, حجم
exactly: بالضبط, تحديدا, بالتحديد, بدقة, تماما
precisely: بالضبط, تحديدا, بدقة, بالتحديد
name: اسم, أسماء, سمى, تسمية
place: مكان, أماكن, موقع
location: موقع, مكان, مواقع
view: رأي, موقف, وجهة نظر
opinion: رأي, آراء, وجهة نظر
reaction: رد فعل, ردود فعل, رد
last: أخير, ماضي, استمر, دام, استغرق
final: نهائي, أخير, ختامي
purpose: غرض, هدف, أهداف
status: وضع, مكانة, وضعية
fear: خوف, مخاوف, خشية, خشي
assist: ساعد, مساعدة
ensure: ضمن, كفل, ضمان
manage: أدار, إدارة, تمكن
permit: سمح, تصريح, رخصة
forbid: منع, حظر
predict: توقع, تنبأ
think: اعتقد, رأى, فكر
thought: اعتقد, رأى, فكرة
mean: عنى, يعني, قصد
meant: عنى, قصد
meaning: معنى
refer: أشار, إشارة
reference: إشارة, مرجع
involve: شمل, تضمن, تورط
contain: تضمن, احتوى
consist: تألف, تكون
unite: وحد, توحيد, اتحد
divide: قسم, تقسيم, انقسم
partition: تقسيم
split: انقسم, انقسام, انشقاق
distribute: وزع, توزيع
distribution: توزيع
cover: غطى, تغطية, شمل
coverage: تغطية
affect: أثر, تأثر, تأثير
suffer: عانى, معاناة, تكبد
survive: نجا, نجاة
survivor: ناج, ناجون, ناجين, نجا, ناجية
survival: بقاء, نجاة
cure: علاج, شفاء
lower: خفض, أدنى, تخفيض
travel: سافر, سفر
traveller: مسافر, مسافرون
traveler: مسافر, مسافرون
come back: عاد, عودة
go back: عاد, عودة
preside: ترأس, رئاسة
nominate: رشح, ترشيح
nomination: ترشيح
nominee: مرشح
replace: استبدل, خلف, حل محل
replacement: بديل, استبدال
successor: خليفة, خلف
inclusive: شامل, جامع
ordinary people: مواطنون, عامة الناس, المواطنين
ethnic: عرقي, إثني
neighbour: جار, جيران, مجاور
neighbor: جار, جيران, مجاور
neighbouring: مجاور, جار
neighboring: مجاور, جار
nearby: قريب, مجاور
surrounding: محيط, مجاور
middle: وسط, منتصف, أوسط
set up: أنشأ, أسس, إنشاء, تأسيس
come to power: وصل إلى السلطة, تولى السلطة, تسلم السلطة
take power: تولى السلطة, استولى على السلطة
seize power: استولى على السلطة, انقلاب
step down: تنحى, استقال, تنحي
call off: ألغى, إلغاء
put forward: طرح, قدم, اقترح
bring about: أحدث, أدى إلى
go on: استمر, تواصل
end up: انتهى
look into: بحث, درس, تحقيق
give up: تخلى, تنازل
give in: رضخ, استسلم
set off: فجر, أطلق
blow up: فجر, تفجير
carry on: واصل, استمر
come up with: توصل, طرح
find out: اكتشف, عرف
lead to: أدى, أسفر
result in: أسفر, أدى
stem from: نجم, نبع
due to: بسبب, نتيجة
in charge: مسؤول, مكلف
in favor: لصالح, مؤيد
in favour: لصالح, مؤيد
turn out: تبين, اتضح
turn down: رفض
turn to: لجأ
take control: سيطر, سيطرة
take back: استعاد, استعادة
take into account: أخذ بعين الاعتبار, مراعاة
cut off: قطع, عزل, معزول, انقطع, مقطوع, محاصر, عزل عن العالم
shut down: أغلق, إغلاق
crack down: قمع, حملة
crackdown: حملة قمع, قمع, حملة
back up: دعم, ساند
bring back: أعاد, إعادة
bring down: أسقط, خفض
break down: انهار, انهيار
break up: فض, تفكيك
build up: حشد, تعزيز
buildup: حشد, تعزيز
call on: دعا, ناشد
call up: استدعى, استدعاء
come under: تعرض
deal with: تعامل, عالج
fight back: تصدى, رد
follow up: تابع, متابعة
get rid of: تخلص
go ahead: مضى قدما
go down: انخفض, تراجع
go up: ارتفع
lay off: سرح, تسريح
look for: بحث عن
play down: قلل من شأن, قلل
put down: أخمد, قمع
put off: أجل, تأجيل
rule out: استبعد
run out: نفد, نفاد
run for: ترشح
send back: أعاد, ترحيل
speak out: تحدث علنا, ندد
spill over: امتد
stand by: وقف إلى جانب, دعم
stand down: تنحى
step up: كثف, صعد
wipe out: محا, أباد
scale back: قلص, خفض
turn over: سلم, تسليم
round up: اعتقل, اعتقالات
roll out: أطلق, طرح
lock down: أغلق, إغلاق
phase out: ألغى تدريجيا
sit-in: اعتصام, اعتصامات, وقفة احتجاجية
ability: قدرة, مقدرة
abroad: خارج, الخارج
abuse: انتهاك, إساءة, انتهاكات
access: وصول, نفاذ
account: حساب, رواية
achievement: إنجاز, إنجازات
activity: نشاط, أنشطة
additional: إضافي
adviser: مستشار
advisor: مستشار
aide: مساعد, مستشار
alive: حي, على قيد الحياة
allegation: ادعاء, اتهام, مزاعم
alleged: مزعوم, مشتبه
almost: تقريبا, قرابة
amendment: تعديل, تعديلات
amid: وسط, خضم
analysis: تحليل, تحليلات
annual: سنوي
answer: جواب, إجابة, رد
apologize: اعتذر, اعتذار
approach: نهج, اقترب, مقاربة
approval: موافقة, مصادقة
approximately: حوالي, تقريبا, قرابة
around: حوالي, قرابة
arrival: وصول
assassinate: اغتال, اغتيال
assassination: اغتيال
assembly: جمعية, مجلس
assess: قيم, تقييم
assessment: تقييم
asset: أصل, أصول
available: متاح, متوفر
average: متوسط, معدل
avoid: تجنب, تفادى
award: جائزة, منح
background: خلفية
barrel: برميل, براميل
barrier: حاجز, عائق
battalion: كتيبة, كتائب
beat: ضرب, هزم
become: أصبح, صار
became: أصبح, صار
behalf: نيابة, باسم
behind: وراء, خلف, يقف وراء
belong: انتمى, تابع
beneficiary: مستفيد, مستفيدين
benefit: فائدة, استفاد
bill: مشروع قانون, فاتورة
boost: عزز, تعزيز
born: ولد
borrow: اقترض, اقتراض
boundary: حدود
bring: جلب, أحضر
brought: جلب, أحضر
burden: عبء, أعباء
bury: دفن
capacity: قدرة, طاقة, سعة
carry: حمل, نقل
caught: قبض, أمسك
ceremony: حفل, مراسم
chairman: رئيس
chaos: فوضى
chief: رئيس, قائد
circumstance: ظرف, ظروف
colonel: عقيد
command: قيادة, أمر
commissioner: مفوض
communication: اتصال, اتصالات
compensation: تعويض, تعويضات, تعويض مالي, جبر الضرر, تعويضات مالية
complaint: شكوى, شكاوى
concession: تنازل, تنازلات
conclude: اختتم, خلص
congratulate: هنأ, تهنئة
construction: بناء, إنشاء, تشييد
consultation: مشاورات, تشاور
contract: عقد, عقود
contribute: ساهم, مساهمة
contribution: مساهمة, إسهام
controversial: مثير للجدل, مثيرة للجدل
controversy: جدل
convene: عقد, انعقد
convict: أدان, إدانة, مدان
conviction: إدانة, قناعة
coordinate: نسق, تنسيق
coordination: تنسيق
counterpart: نظير, نظراء
critic: منتقد, منتقدون
criticism: انتقاد, انتقادات
crowd: حشد, حشود
crucial: حاسم, جوهري
currently: حاليا
daily: يومي, يوميا
deadly: دامي, قاتل, مميت
debate: نقاش, جدل
decisive: حاسم
defendant: متهم
demolish: هدم
demolition: هدم
demonstrate: أظهر, تظاهر
departure: مغادرة, رحيل
deprive: حرم
destination: وجهة
detect: رصد, اكتشف
determine: حدد, تحديد
difficulty: صعوبة, صعوبات
disability: إعاقة
disabled: معاق, ذوي الإعاقة
disappear: اختفى
disaster: كارثة, كوارث
discrimination: تمييز
discussion: نقاش, مناقشة
dismantle: فكك, تفكيك
displace: هجر, شرد, تهجير
dispatch: أرسل, أوفد
dissolve: حل, حل البرلمان
donate: تبرع
donation: تبرع, تبرعات
donor: مانح, مانحون, المانحين
draft: مسودة, مشروع
earlier: في وقت سابق, سابقا
eliminate: قضى على, أزال
emerge: ظهر, برز
encourage: شجع, تشجيع
endorse: أيد, صادق, أقر, تأييد
enemy: عدو, أعداء
enforce: فرض, طبق
entity: كيان, كيانات
equip: جهز, زود
especially: خصوصا, لا سيما
establishment: إنشاء, مؤسسة
eventually: في نهاية المطاف
evidence: دليل, أدلة
exceed: تجاوز, فاق
exclude: استبعد
executive: تنفيذي
exempt: أعفى, إعفاء
expansion: توسع, توسيع
expel: طرد
exploit: استغل, استغلال
explosive: متفجرات, ناسفة
expose: كشف, عرض
extent: مدى
extremely: للغاية
facility: منشأة, منشآت
factor: عامل, عوامل
factory: مصنع, مصانع
failure: فشل, إخفاق, تقصير
fake: مزيف, مزور
famous: مشهور, شهير
fatality: قتيل, قتلى, وفاة, وفيات, ضحايا
few: قليل
finally: أخيرا, في النهاية
finding: نتيجة, نتائج
focus: ركز, تركيز
forecast: توقع, توقعات, نشرة جوية, تنبؤات
formally: رسميا
formerly: سابقا
foundation: مؤسسة, أساس
founder: مؤسس
frequently: كثيرا
full: كامل
fully: كليا, بالكامل
funeral: جنازة, تشييع
gain: كسب, حقق, مكاسب
govern: حكم
gradually: تدريجيا
guilty: مذنب
hearing: جلسة استماع, جلسة, جلسات
helicopter: مروحية, طائرة مروحية, هليكوبتر, مروحيات, طائرات مروحية
historic: تاريخي
historical: تاريخي
holy: مقدس
huge: ضخم, هائل
human: إنسان, بشري
humanity: إنسانية
identify: حدد, تعرف
illness: مرض
immediately: فورا
immigrant: مهاجر
immigration: هجرة
importance: أهمية
impose: فرض
imprison: سجن
improvement: تحسن, تحسين
including: بما في ذلك, من بينهم
increasingly: بشكل متزايد
index: مؤشر
individual: فرد, أفراد, فردي
influence: نفوذ, تأثير
inflict: ألحق, كبد
initial: أولي
initially: في البداية
inmate: سجين, نزيل, سجناء, نزلاء, محكوم, محكومين, موقوف, موقوفين
innocent: بريء, أبرياء
inquiry: تحقيق
inspection: تفتيش
inspector: مفتش
intend: اعتزم, نوى
intensify: كثف, صعد
intention: نية, نوايا
interrogate: استجوب, استجواب
intervene: تدخل
introduce: قدم, طرح
invite: دعا, دعوة
involvement: تورط, مشاركة
isolate: عزل
isolation: عزل, عزلة
keep: أبقى, حافظ
kept: أبقى, حافظ
kingdom: مملكة
known: معروف
lack: نقص, افتقر
later: لاحقا
latest: أحدث, أخير
lawyer: محام, محامي, محامون
leading: بارز, رائد
legislation: تشريع, تشريعات
legislative: تشريعي
liberation: تحرير
lift: رفع
limit: حد, حدود, قيد
limited: محدود
line: خط, خطوط
loot: نهب, سلب, سرق, سرقة, غنائم
looting: نهب, سلب, سرقة, عمليات نهب, أعمال نهب
maintain: حافظ, أبقى
maintenance: صيانة
management: إدارة
manufacture: صنع, تصنيع
many: عديد, كثير
mass: جماعي, حشود
massive: ضخم, هائل
mayor: رئيس البلدية, عمدة
meanwhile: في الأثناء, في غضون ذلك
member: عضو, أعضاء
mental: نفسي, عقلي
midnight: منتصف الليل
minimum: حد أدنى, أدنى
minor: بسيط, طفيف, قاصر
monthly: شهري
mourn: نعى, حداد
mourning: حداد
murder: قتل, جريمة قتل
nearly: قرابة, تقريبا
normal: طبيعي, عادي
notify: أبلغ, أخطر
objective: هدف, أهداف
obligation: التزام, التزامات
observe: لاحظ, راقب
obtain: حصل
officially: رسميا
often: غالبا
ongoing: مستمر, جار
opponent: معارض, خصم
ordinary: عادي
organize: نظم, تنظيم
organise: نظم, تنظيم
organizer: منظم
outcome: نتيجة, نتائج
outside: خارج
overcome: تغلب, تجاوز
overnight: ليلا, خلال الليل
overseas: خارج, الخارج
overthrow: أطاح, إطاحة
overthrew: أطاح
overthrown: أطيح, مخلوع
own: ملك, امتلك
owner: مالك, صاحب
participation: مشاركة
particularly: خصوصا, لا سيما
partly: جزئيا
passenger: راكب, ركاب
passport: جواز سفر
past: ماضي, سابق
patrol: دورية, دوريات
peak: ذروة
pension: معاش تقاعدي, معاشات, معاش, رواتب التقاعد, معاشات تقاعدية
perhaps: ربما
permission: إذن, تصريح
persecution: اضطهاد
personnel: أفراد, عناصر, موظفون
phase: مرحلة, مراحل
pilot: طيار
pipeline: خط أنابيب
plant: محطة, مصنع, نبات, زرع
point: نقطة, أشار
poison: سم, تسميم
possibly: ربما
potential: محتمل
powerful: قوي
prayer: صلاة
present: حاضر, قدم
previously: سابقا
priority: أولوية, أولويات
procedure: إجراء, إجراءات
program: برنامج, برامج
programme: برنامج, برامج
progress: تقدم
prohibit: حظر, منع
prominent: بارز
promote: عزز, روج
property: ملكية, ممتلكات, عقار
prosecution: ادعاء, نيابة
prospect: آفاق, احتمال
prosecute: حاكم, لاحق قضائيا
provoke: استفز, أثار
publicly: علنا
punish: عاقب, معاقبة
purchase: شراء, اشترى
pursue: سعى, تابع
push: دفع, ضغط
quantity: كمية
quarter: ربع
quickly: بسرعة, سريعا
quit: استقال, ترك
racism: عنصرية
rain: مطر, أمطار, هطول الأمطار, أمطار غزيرة
rapidly: بسرعة
rebuild: أعاد بناء, إعادة إعمار
recently: مؤخرا, حديثا
recommend: أوصى, توصية
recommendation: توصية, توصيات
recruit: جند, تجنيد
reduction: خفض, تخفيض
regarding: بشأن, بخصوص
register: سجل, تسجيل
registration: تسجيل
regulation: لوائح, تنظيم
related: متعلق, ذو صلة
relationship: علاقة
relative: قريب, أقارب, نسبي
relatively: نسبيا
remark: تصريح, تصريحات
remaining: متبقي
remove: أزال, إزالة
removal: إزالة
repair: إصلاح, أصلح
repeatedly: مرارا
reportedly: بحسب التقارير, حسبما أفادت
republic: جمهورية
republican: جمهوري
require: تطلب, استلزم
requirement: متطلبات, شرط
rescue: إنقاذ, أنقذ, انتشال, عمليات الإنقاذ, فرق الإنقاذ
research: بحث, أبحاث
resist: قاوم
resistance: مقاومة
resolve: حل, تسوية
resource: مورد, موارد
restriction: قيد, قيود
retaliate: رد, انتقم
retaliation: رد, انتقام
retire: تقاعد, متقاعد, اعتزل
review: مراجعة, راجع
revenge: انتقام, ثأر
rich: غني, أغنياء
rifle: بندقية
riot: شغب, أعمال شغب
risen: ارتفع
rival: منافس, خصم
roughly: تقريبا, قرابة
route: طريق, مسار
royal: ملكي
rubble: أنقاض, ركام
rumor: شائعة, شائعات
rumour: شائعة, شائعات
safety: سلامة
satellite: قمر صناعي, فضائي
save: أنقذ, وفر, ادخر
scandal: فضيحة
scenario: سيناريو
schedule: جدول, موعد, مقرر, مواعيد, جدول زمني
scientist: عالم, علماء
search: بحث
secret: سري, سر
secretly: سرا
senior: كبير, رفيع
sensitive: حساس
separate: منفصل, فصل
serve: خدم, شغل
service: خدمة, خدمات
settle: سوى, استقر
several: عدة
shelter: مأوى, ملجأ, ملاجئ, مراكز إيواء, إيواء
shock: صدمة
shooting: إطلاق نار
shortly: قريبا
show: أظهر, عرض
shut: أغلق
sick: مريض
significant: كبير, ملحوظ, هام
significantly: بشكل كبير
simultaneously: بالتزامن
smuggle: هرب, تهريب
smuggling: تهريب
smuggler: مهرب, مهربون
soon: قريبا
speaker: رئيس البرلمان, متحدث
specifically: تحديدا
spending: إنفاق
staff: موظفون, طاقم
stage: مرحلة, مراحل
station: محطة
steal: سرق, سرقة, سطا, سلب
stolen: مسروق, مسروقات, سرق, سرقت
still: لا يزال, ما زال, لا تزال, ما زالت, مازال, لم يزل
strategic: استراتيجي
strategy: استراتيجية
strengthen: عزز, تعزيز
struggle: نضال, صراع, كافح
submit: قدم
subsequently: لاحقا
success: نجاح
successful: ناجح
suddenly: فجأة
sue: قاضى, دعوى, رفع دعوى
suggest: اقترح, أشار
summon: استدعى, استدعاء
supporter: مؤيد, أنصار
suppress: قمع
supreme: أعلى
surgery: جراحة
suspect: مشتبه, اشتبه, مشتبه به, مشتبه بهم, متهم, مشتبه فيه
suspicion: اشتباه, شبهة
sworn: أدى اليمين
swear: أدى اليمين
tackle: عالج, تصدى
team: فريق, فرق, منتخب
technology: تكنولوجيا, تقنية
temperature: درجة الحرارة, درجات الحرارة, حرارة
tent: خيمة, خيام
terms: شروط
testify: أدلى بشهادة
testimony: شهادة, إفادة
thank: شكر
throw: رمى, ألقى
threw: رمى, ألقى
tie: علاقة, روابط
top: أعلى, كبار
traffic: حركة المرور, ازدحام, حركة السير
tragedy: مأساة
train: قطار, درب
transport: نقل
trigger: أثار, فجر
trust: ثقة
tunnel: نفق, أنفاق
twice: مرتين
type: نوع, أنواع
ultimately: في نهاية المطاف
unable: عاجز, لم يتمكن
undermine: قوض, تقويض
unit: وحدة, وحدات
unlikely: مستبعد
unusual: غير عادي, غير مألوف
urban: حضري
usually: عادة
verify: تحقق
veteran: محارب قديم, مخضرم
vice president: نائب الرئيس
visitor: زائر, زوار
vital: حيوي
vulnerable: ضعيف, هش
want: أراد, رغب, طلب, مطالب
waste: نفايات, هدر
wave: موجة
wealth: ثروة
weekly: أسبوعي
welfare: رعاية, رفاه
wheat: قمح
widely: على نطاق واسع
widespread: واسع النطاق
wife: زوجة
worse: أسوأ
worst: أسوأ
worth: قيمة, بقيمة
written: مكتوب, كتب
yield: عائد, أسفر
young: شاب, شباب
one: واحد, واحدة
trillion: تريليون
fourth: رابع, رابعة
fifth: خامس, خامسة
sixth: سادس, سادسة
multiple: متعدد, عدة
upcoming: مقبل, قادم
coming: قادم, مقبل
following: تالي, عقب, إثر
duration: مدة
timeline: جدول زمني
timetable: جدول زمني
again: مجددا, مرة أخرى
together: معا
jointly: بشكل مشترك
heavily: بشدة, بكثافة
seriously: بجدية, بشكل خطير
severely: بشدة
nationwide: أنحاء البلاد, على مستوى البلاد
worldwide: العالم, عالميا
globally: عالميا
politically: سياسيا
economically: اقتصاديا
militarily: عسكريا
northeast: شمال شرق, شمال شرقي
northwest: شمال غرب, شمال غربي
southeast: جنوب شرق, جنوب شرقي
southwest: جنوب غرب, جنوب غربي
northeastern: شمال شرقي
northwestern: شمال غربي
southeastern: جنوب شرقي
southwestern: جنوب غربي
coastal: ساحلي
peninsula: شبه جزيرة
african: أفريقي, أفريقيا
outskirts: أطراف, ضواحي
stronghold: معقل, معاقل
enclave: جيب
inhabitant: ساكن, سكان, أهالي
residential: سكني
tribal: قبلي, عشائري
clan: عشيرة, عشائر
jew: يهودي, يهود
islam: إسلام
islamic: إسلامي
islamist: إسلامي, إسلاميون
secular: علماني
sheikh: شيخ
cleric: رجل دين, رجال الدين
imam: إمام
brigade: لواء, ألوية
artillery: مدفعية
mortar: هاون, قذائف هاون
bullet: رصاصة, رصاص
gunfire: إطلاق نار, نيران
grenade: قنبلة يدوية
landmine: لغم أرضي, ألغام
barrel bomb: برميل متفجر, براميل متفجرة
cluster: عنقودي, عنقودية
toxic: سام
ballistic: باليستي
air defense: دفاع جوي, دفاعات جوية
air defence: دفاع جوي, دفاعات جوية
jet: طائرة, مقاتلة
fighter jet: مقاتلة, طائرة مقاتلة
warship: سفينة حربية, بارجة
armored: مدرع
armoured: مدرع
incursion: توغل, اجتياح
infiltrate: تسلل
infiltration: تسلل
deter: ردع
deterrence: ردع
stalemate: جمود
encircle: طوق, حاصر
jihad: جهاد
caliphate: خلافة
insurgency: تمرد
rebellion: تمرد
defect: انشق
defector: منشق
defection: انشقاق
mercenary: مرتزق, مرتزقة
paramilitary: شبه عسكري
conscription: تجنيد إجباري
corpse: جثة, جثث
mass grave: مقبرة جماعية
cemetery: مقبرة
condolence: تعزية, تعازي
senator: سيناتور, عضو مجلس الشيوخ
consul: قنصل
civil servant: موظف حكومي, موظفين حكوميين, موظفي الدولة, موظف عام
reshuffle: تعديل وزاري
caretaker: تصريف الأعمال, مؤقت
interim: مؤقت, انتقالي
veto: فيتو, حق النقض, استخدم الفيتو, نقض
charter: ميثاق
pact: ميثاق, اتفاق
embargo: حظر
boycott: قاطع, مقاطعة
extradite: سلم, تسليم
extradition: تسليم
deport: رحل, ترحيل
deportation: ترحيل
exile: منفى, نفي
returnee: عائد, عائدون
resettlement: إعادة توطين
nationality: جنسية
visa: تأشيرة
trafficking: اتجار, تهريب
human trafficking: اتجار بالبشر
lawsuit: دعوى, دعوى قضائية, رفع دعوى
indict: وجه اتهاما
indictment: لائحة اتهام
acquit: برأ, تبرئة, براءة
acquittal: تبرئة, براءة
custody: احتجاز, حضانة
warrant: مذكرة, مذكرة اعتقال
fugitive: هارب, فار, فارين, هاربين, مطلوب, متوار, ملاحق
probe: تحقيق
fraud: احتيال
bribe: رشوة, رشاوى, ارتشى
bribery: رشوة
embezzlement: اختلاس
money laundering: غسيل أموال, غسل الأموال
theft: سرقة
robbery: سطو, سرقة, سطو مسلح, عملية سطو, سلب, نهب
rape: اغتصاب
harassment: تحرش
stab: طعن
stabbing: طعن
death penalty: إعدام, عقوبة الإعدام
life sentence: سجن مؤبد, مؤبد
mortality: وفيات
intensive care: عناية مركزة
social distancing: تباعد اجتماعي
sanitation: صرف صحي
sewage: صرف صحي
contaminated: ملوث
pollution: تلوث
mental health: صحة نفسية
trauma: صدمة
pharmacy: صيدلية
orphan: يتيم, أيتام
widow: أرملة, أرامل
middle class: طبقة وسطى
slogan: شعار, شعارات
chant: هتف, هتافات
banner: لافتة
tear gas: غاز مسيل للدموع
unrest: اضطرابات
turmoil: اضطراب
instability: عدم الاستقرار
state of emergency: حالة الطوارئ, حالة طوارئ, إعلان الطوارئ
martial law: أحكام عرفية
wildfire: حريق غابات
emission: انبعاث, انبعاثات
dam: سد, سدود
petrol: بنزين
gasoline: بنزين
diesel: ديزل, مازوت
harvest: حصاد, محصول, حصد
livestock: ماشية, ثروة حيوانية
flour: طحين, دقيق
bankrupt: مفلس, إفلاس
bankruptcy: إفلاس
black market: سوق سوداء
purchasing power: قدرة شرائية
cost of living: تكاليف المعيشة, غلاء المعيشة
real estate: عقارات
contractor: مقاول
austerity: تقشف, إجراءات تقشفية
stimulus: تحفيز
shipping: شحن, ملاحة
cargo: شحنة, حمولة
tanker: ناقلة, صهريج, صهاريج
vessel: سفينة, سفن
broadcaster: قناة, هيئة إذاعة
journalism: صحافة
footage: لقطات, مقطع فيديو
tweet: تغريدة, غرد
closed: مغلق
informal: غير رسمي
unprecedented: غير مسبوق
tense: متوتر
unstable: غير مستقر
bloody: دامي, دموي
indirect: غير مباشر
preliminary: أولي, مبدئي
radical: متطرف, جذري
multilateral: متعدد الأطراف
trilateral: ثلاثي
collective: جماعي
authoritarian: استبدادي
autonomous: ذاتي, مستقل
autonomy: حكم ذاتي
well-known: معروف, شهير
anonymous: مجهول
unidentified: مجهول
healthy: صحي, سليم
hungry: جائع
homeless: مشرد, بلا مأوى, مشردين, فقد منزله
needy: محتاج
besieged: محاصر
occupied: محتل
liberated: محرر
disputed: متنازع عليه
biological: بيولوجي
conventional: تقليدي
advanced: متطور
electronic: إلكتروني
agricultural: زراعي
influential: مؤثر, نافذ
celebrate: احتفل, احتفال
celebration: احتفال, احتفالات
commemorate: أحيا ذكرى
confiscate: صادر, مصادرة
freeze: جمد, تجميد
criterion: معيار
criteria: معيار, معايير
undertook: تعهد, أجرى
uphold: أيد, ثبت
upheld: أيد, ثبت
fallen: سقط, انخفض
given: منح, أعطي
responsible: مسؤول, مسؤولة, مسؤولية
near: قرب, قريب, بالقرب من
praise: أشاد, إشادة
count: عد, فرز, إحصاء
tally: حصيلة
ratio: نسبة
highest: أعلى
lowest: أدنى
largest: أكبر
biggest: أكبر
smallest: أصغر
longest: أطول
best: أفضل
perpetrator: مرتكب, منفذ, جاني
attacker: مهاجم, منفذ الهجوم
gunmen: مسلح, مسلحون, مسلحين
policemen: شرطي, رجال الشرطة, عناصر الشرطة
businessman: رجل أعمال
businessmen: رجل أعمال, رجال أعمال
spokesmen: متحدث, متحدثون, متحدث باسم
tribesmen: رجال القبائل, أبناء العشائر
motive: دافع, دوافع
origin: أصل, منشأ
jump: قفز, ارتفع
surge: ارتفاع, تصاعد, قفزة
soar: ارتفع, قفز
plunge: هوى, انخفض, تراجع
plummet: هوى, انهار
slump: تراجع, ركود
stabilize: استقر, استقرار
stabilise: استقر, استقرار
fluctuate: تذبذب
devaluation: تخفيض قيمة, خفض قيمة العملة
size: حجم, مساحة
distance: مسافة
far: بعيد, على بعد, يبعد, مسافة
teenager: مراهق, قاصر
girl: فتاة, طفلة
boy: طفل, صبي, فتى
husband: زوج
sister: أخت
parent: أهل, أهالي, والد, والدين, ولي الأمر, أولياء الأمور
hotspot: بؤرة, بؤر
division: انقسام, تقسيم, شقاق, فرقة
televise: متلفز, تلفزيوني
know: عرف, علم, معرفة
enough: كاف, كافية, كفى
syndicate: نقابة
um: أم
umm: أم
abu: أبو
chamber: غرفة, غرف
commerce: تجارة, تجاري
federation: اتحاد
spring: ربيع
autumn: خريف
network: شبكة, شبكات
internet: إنترنت, شبكة الإنترنت
online: إلكتروني, عبر الإنترنت, رقمي
server: خادم, خوادم, سيرفر
database: قاعدة بيانات, قواعد بيانات
hacker: قرصان, قراصنة, مخترق, مهاجم
hack: اختراق, اخترق, قرصنة
cyber: إلكتروني, سيبراني
cyberattack: هجوم إلكتروني, هجوم سيبراني, اختراق
cyber attack: هجوم إلكتروني, هجوم سيبراني, اختراق
cybersecurity: أمن سيبراني, أمن إلكتروني
cyber security: أمن سيبراني, أمن إلكتروني
cybercrime: جريمة إلكترونية, جرائم إلكترونية
ransomware: فدية, برمجيات الفدية, برنامج فدية
ransom: فدية, مبلغ الفدية, فديات, دفع فدية
malware: برمجيات خبيثة, برنامج خبيث
password: كلمة مرور, كلمة سر, كلمات مرور
outage: انقطاع, عطل, توقف
blackout: انقطاع الكهرباء, انقطاع, تعتيم, انقطاع التيار الكهربائي, انقطاع التيار, ظلام, انقطاع شامل
subscriber: مشترك, مشتركين
subscription: اشتراك, اشتراكات
subscribe: اشترك, اشتراك
app: تطبيق, تطبيقات
application: تطبيق, تطبيقات, طلب
phone: هاتف, هواتف, هاتفي, جوال
mobile: محمول, جوال, خلوي, هاتف
smartphone: هاتف ذكي, هواتف ذكية
phone call: اتصال هاتفي, مكالمة, اتصال
telecom: اتصالات
operator: مشغل, مشغلين
provider: مزود, مقدم, مزودين
encrypt: شفر, تشفير
encryption: تشفير
leak: تسريب, تسريبات, سرب
software: برمجيات, برنامج, برامج
device: جهاز, أجهزة
computer: حاسوب, كمبيوتر, حواسيب
digital: رقمي, رقمية
artificial intelligence: ذكاء اصطناعي
ai: ذكاء اصطناعي
platform: منصة, منصات
user: مستخدم, مستخدمين
email: بريد إلكتروني, رسالة إلكترونية
signal: إشارة, إشارات
cable: كابل, كابلات
tower: برج, أبراج
connection: اتصال, ربط
connect: ربط, وصل, اتصل
disruption: تعطل, اضطراب, انقطاع
disrupt: عطل, عرقل, تعطيل
malfunction: عطل, خلل
fault: عطل, خلل, خطأ
vulnerability: ثغرة, ثغرات, هشاشة
loophole: ثغرة, ثغرات
spy: تجسس, جاسوس, جواسيس
espionage: تجسس
surveillance: مراقبة, رصد
scam: احتيال, نصب
cryptocurrency: عملة مشفرة, عملات مشفرة, عملات رقمية
tech: تكنولوجيا, تقنية
camera: كاميرا, كاميرات
link: رابط, ربط, صلة
viral: انتشر, انتشار, متداول
facebook: فيسبوك
twitter: تويتر
whatsapp: واتساب
google: غوغل, جوجل
telegram: تلغرام, تيليغرام
accused: متهم, متهمين
attorney: محام, محامي
attorney general: النائب العام, المدعي العام
public prosecutor: النائب العام, النيابة العامة
embezzle: اختلس, اختلاس
jury: هيئة المحلفين, محلفين
proof: دليل, أدلة, إثبات
plead: أقر, اعترف
confess: اعترف, اعتراف
confession: اعتراف, اعترافات
imprisonment: سجن
life imprisonment: سجن مؤبد, مؤبد
bail: كفالة
offence: جريمة, جنحة, مخالفة
offense: جريمة, جنحة, مخالفة
thief: لص, لصوص, سارق, سارقين, سارقون
rob: سرق, سطا, سرقة, سلب, سطو
narcotics: مخدرات
drug trafficking: تهريب المخدرات, الاتجار بالمخدرات, مخدرات
gang: عصابة, عصابات
investigator: محقق, محققين
clause: بند, بنود, فقرة, مادة
provision: بند, بنود, أحكام
overturn: ألغى, نقض, إلغاء, انقلب
adjourn: أرجأ, رفع الجلسة, تأجيل
tribunal: محكمة, محاكم
penalty: عقوبة, عقوبات, غرامة, ركلة جزاء
death sentence: حكم بالإعدام, إعدام
hang: شنق, إعدام
impeach: عزل, مساءلة
impeachment: عزل, مساءلة
immunity: حصانة, مناعة
extortion: ابتزاز
blackmail: ابتزاز
forge: زور, تزوير
corrupt: فاسد, فساد
offender: جان, مجرم, مخالف
file: ملف, ملفات
domestic violence: عنف أسري
sexual assault: اعتداء جنسي
police officer: شرطي, عنصر شرطة, رجال الشرطة
law enforcement: أجهزة إنفاذ القانون, الشرطة
justice ministry: وزارة العدل
ministry of justice: وزارة العدل
rainfall: أمطار, هطول, هطول الأمطار
reservoir: خزان, خزانات, سد, بحيرة
irrigation: ري, سقي
irrigate: روى, ري
well: بئر, آبار
crop: محصول, محاصيل, زراعة
ration: حصة, حصص, تقنين, قنن
rationing: تقنين
farm: مزرعة, مزارع, زراعي
farmland: أراض زراعية, أراضي زراعية
cultivate: زرع, زراعة
seed: بذور, بذرة
fertilizer: سماد, أسمدة
cattle: ماشية, أبقار
sheep: أغنام, خراف
poultry: دواجن
fish: سمك, أسماك
fishing: صيد, صيد الأسماك
fisherman: صياد, صيادين
grain: حبوب
rice: أرز
sugar: سكر
vegetable: خضار, خضروات
fruit: فاكهة, فواكه
olive: زيتون
tree: شجرة, أشجار
forest: غابة, غابات
desertification: تصحر
desert: صحراء, صحراوي
water supply: إمدادات المياه, مياه
water shortage: شح المياه, نقص المياه, أزمة المياه
scarcity: شح, ندرة
groundwater: مياه جوفية
desalination: تحلية
drinking water: مياه الشرب, مياه
wastewater: صرف صحي, مياه الصرف
pipe: أنبوب, أنابيب
canal: قناة
flow: تدفق, جريان, منسوب
water level: منسوب
snow: ثلج, ثلوج, تساقط الثلوج, ثلجي
heatwave: موجة حر, موجة حارة
heat wave: موجة حر, موجة حارة
heat: حرارة, حر
cold: برد, بارد, برودة
wind: رياح, رياح قوية, رياح عاتية
dust storm: عاصفة ترابية
sandstorm: عاصفة رملية
hurricane: إعصار, أعاصير
landslide: انهيار أرضي, انزلاق, فوز ساحق
climate change: تغير المناخ, التغير المناخي
global warming: الاحتباس الحراري
renewable: متجدد, متجددة
solar: شمسي
pollute: لوث, تلوث
natural: طبيعي
environmental: بيئي
degree: درجة, درجات, شهادة
heavy rain: أمطار غزيرة
water resources: موارد مائية
water crisis: أزمة المياه, شح المياه
dry: جاف, جفاف
euphrates: الفرات
tigris: دجلة
nile: النيل
stock exchange: بورصة, سوق الأوراق المالية
acquisition: استحواذ, اقتناء
acquire: استحوذ, اقتنى
takeover: استحواذ, سيطرة
privatization: خصخصة
mortgage: رهن عقاري, قرض عقاري
rent: إيجار, إيجارات, أجرة, استأجر
cheap: رخيص
expensive: مكلف, باهظ, غال
afford: تحمل, قدرة
bailout: إنقاذ, خطة إنقاذ
default: تعثر, تخلف عن السداد
repay: سدد, سداد
repayment: سداد, تسديد
savings: مدخرات, ادخار
deposit: وديعة, ودائع, إيداع, أودع
depreciation: تراجع, انخفاض قيمة, تدهور
speculation: مضاربة, مضاربات, تكهنات
price hike: ارتفاع الأسعار, رفع الأسعار
minimum wage: الحد الأدنى للأجور, حد أدنى
allowance: بدل, علاوة, مخصصات, منحة, إعانة, بدلات, علاوات
reward: مكافأة, جائزة
prize: جائزة, جوائز
crash: انهيار, تحطم
boom: طفرة, ازدهار
prosperity: ازدهار, رخاء
supply chain: سلاسل الإمداد, سلاسل التوريد
stockpile: مخزون, مخزونات
gold: ذهب
steel: صلب, فولاذ, حديد
mine: منجم, مناجم, لغم, ألغام
mining: تعدين, مناجم
surplus: فائض
balance: ميزان, توازن, رصيد
public debt: الدين العام, دين عام
expenditure: نفقات, إنفاق
expense: نفقة, نفقات, مصاريف
customer: زبون, زبائن, عميل, عملاء
merchant: تاجر, تجار
bakery: فرن, أفران, مخبز
queue: طابور, طوابير
scarce: شحيح, نادر
card: بطاقة, بطاقات
smart card: بطاقة ذكية
downturn: تراجع, ركود
tourist: سائح, سياح
hotel: فندق, فنادق
restaurant: مطعم, مطاعم
product: منتج, منتجات
tender: مناقصة, مناقصات
bid: محاولة, عرض, مناقصة
license: ترخيص, رخصة, تراخيص
licence: ترخيص, رخصة, تراخيص
duty: رسوم, واجب, مهمة
tax evasion: تهرب ضريبي
layoff: تسريح
hire: وظف, توظيف, استأجر
employ: وظف, شغل, توظيف
labor: عمل, عمال, عمالة
labour: عمل, عمال, عمالة
trade union: نقابة, نقابات, نقابي, اتحاد نقابات
shift: مناوبة, نوبة, تحول
retirement: تقاعد, اعتزال
public sector: القطاع العام
resignation: استقالة
fired: أطلق, إطلاق نار, أقال, إقالة
sack: أقال, إقالة, فصل
dismissal: إقالة, فصل
jobless: عاطل, عاطلين, بطالة
pay rise: زيادة الرواتب, زيادة
foreign currency: عملة أجنبية, عملات أجنبية, قطع أجنبي
hard currency: عملة صعبة, قطع أجنبي
remittance: تحويلات, حوالات
cooking oil: زيت, زيت الطهي
milk: حليب
meat: لحم, لحوم
egg: بيض
hospitalize: مستشفى, نقل إلى المستشفى
bed: سرير, أسرة
physician: طبيب, أطباء
paramedic: مسعف, مسعفين
medic: مسعف, مسعفين, طبيب
pharmaceutical: دواء, أدوية, صيدلاني, دوائي
medication: دواء, أدوية
cancer: سرطان
diabetes: سكري
heart attack: نوبة قلبية, أزمة قلبية
heart: قلب
blood: دم, دماء
stroke: جلطة, سكتة
flu: إنفلونزا
fever: حمى
malaria: ملاريا
strain: سلالة, سلالات, ضغط
variant: متحور, متحورات, سلالة
pregnant: حامل, حوامل
pregnancy: حمل
birth: ولادة, مولود, ولادات
give birth: أنجب, ولادة
newborn: مولود, رضيع, حديث الولادة
smoking: تدخين
tobacco: تبغ, دخان
addiction: إدمان
clean: نظيف, تنظيف, نظف
diagnose: شخص, تشخيص
diagnosis: تشخيص
examine: فحص, درس
examination: فحص, امتحان
pain: ألم, آلام
health insurance: تأمين صحي
insurance: تأمين
health system: نظام صحي, منظومة صحية, قطاع صحي
fatal: مميت, قاتل
lethal: قاتل, مميت
critical: حرج, خطير
critical condition: حالة حرجة, حالة خطرة
medical supplies: مستلزمات طبية
blood donation: تبرع بالدم
death rate: معدل الوفيات, وفيات
diarrhea: إسهال
poisoning: تسمم
pupil: تلميذ, تلاميذ, طالب
classroom: فصل دراسي, صف, قاعة
class: صف, فصل, طبقة
lesson: درس, دروس
curriculum: منهج, مناهج
exam: امتحان, امتحانات, اختبار
graduate: خريج, خريجين, تخرج
certificate: شهادة, شهادات
scholarship: منحة, منح دراسية
academic year: عام دراسي, العام الدراسي
school year: عام دراسي, العام الدراسي
professor: أستاذ, أساتذة
college: كلية, كليات
kindergarten: روضة, رياض الأطفال
enrollment: التحاق, تسجيل
dropout: تسرب
literacy: محو الأمية, أمية
baccalaureate: بكالوريا
high school: ثانوية, مدرسة ثانوية
secondary school: ثانوية, مدرسة ثانوية
primary school: ابتدائية, مدرسة ابتدائية
learn: تعلم, تعليم
teach: درس, علم, تدريس
teaching: تدريس, تعليم
book: كتاب, كتب
writer: كاتب, كتاب
science: علم, علوم
education ministry: وزارة التربية, وزارة التعليم
ministry of education: وزارة التربية, وزارة التعليم
grade: درجة, علامة, صف
sport: رياضة, رياضي
football: كرة القدم
soccer: كرة القدم
basketball: كرة السلة
match: مباراة, مباريات, لقاء
game: مباراة, لعبة, ألعاب
player: لاعب, لاعبين
coach: مدرب
club: نادي, أندية
stadium: ملعب, ملاعب, استاد
tournament: بطولة, دورة
championship: بطولة
champion: بطل, أبطال
cup: كأس
world cup: كأس العالم
league: دوري
olympics: أولمبياد, الألعاب الأولمبية
medal: ميدالية, ميداليات
score: سجل, نتيجة, أحرز
qualify: تأهل, تأهيل
fan: مشجع, مشجعين, جماهير
audience: جمهور
referee: حكم
race: سباق
draw: تعادل, قرعة, سحب
national team: منتخب
captain: قائد, نقيب, قبطان
quake: زلزال, هزة
tremor: هزة, هزات
aftershock: هزة ارتدادية, هزات ارتدادية
magnitude: قوة, درجة, شدة
flash flood: سيول
rescuer: منقذ, رجال الإنقاذ, فرق الإنقاذ, منقذين, عمال الإنقاذ, مسعفين
rescue team: فرق الإنقاذ, فريق إنقاذ
civil defense: الدفاع المدني
civil defence: الدفاع المدني
debris: أنقاض, حطام, ركام
wreckage: حطام
trapped: عالق, محاصر, عالقين, محاصرين, عالقون, تحت الأنقاض, احتجز
trap: فخ, حاصر
stranded: عالق, عالقين, عالقون, علق, تقطعت بهم السبل, محاصر, محاصرون
affected: متضرر, متأثر, تأثر, تضرر
plane crash: تحطم طائرة, تحطم
sink: غرق, أغرق
drown: غرق, غريق, غرقى
capsize: انقلب, غرق, انقلاب, غرق قارب
blaze: حريق, نيران
catastrophe: كارثة, كوارث
alert: إنذار, تأهب, حذر, استنفار, تنبيه
natural disaster: كارثة طبيعية, كوارث طبيعية
death toll: حصيلة, عدد القتلى, عدد الضحايا, حصيلة القتلى, حصيلة الضحايا, حصيلة الوفيات, عدد الوفيات
firefighter: إطفائي, رجال الإطفاء, الدفاع المدني
extinguish: أخمد, إخماد, أطفأ
aid worker: عامل إغاثة, عمال الإغاثة
polling station: مركز اقتراع, مراكز الاقتراع
ballot box: صندوق اقتراع, صناديق الاقتراع
electoral: انتخابي
constituency: دائرة انتخابية, دوائر
recount: إعادة فرز, فرز
winner: فائز, الفائز
runoff: جولة إعادة, جولة ثانية
second round: جولة ثانية, الجولة الثانية
rigging: تزوير
rig: زور, تزوير
irregularity: مخالفات, تجاوزات, خروقات
electoral commission: مفوضية الانتخابات, هيئة الانتخابات, المفوضية
election commission: مفوضية الانتخابات, هيئة الانتخابات, المفوضية
incumbent: حالي, شاغل المنصب
concede: أقر, تنازل, اعترف بالهزيمة
inauguration: تنصيب, أداء اليمين
inaugurate: افتتح, دشن, تنصيب
oath: يمين, قسم
take office: تولى, تسلم منصب, تسلم
assume: تولى, افترض
predecessor: سلف, سابق
conservative: محافظ, محافظين
left-wing: يساري
right-wing: يميني
far-right: يمين متطرف
nationalist: قومي, قوميين
municipal: بلدي
local election: انتخابات محلية, انتخابات بلدية
confidence: ثقة
no-confidence: حجب الثقة, سحب الثقة
ruling party: الحزب الحاكم
ruler: حاكم, حكام
dictator: ديكتاتور, دكتاتور
dissident: معارض, معارضين, منشق
political prisoner: معتقل سياسي, معتقلين سياسيين
repression: قمع
crush: سحق, قمع
disperse: تفريق, فرق
rubber bullet: رصاص مطاطي
live ammunition: رصاص حي
general strike: إضراب عام
petition: عريضة
overhaul: إصلاح, إعادة هيكلة
restructure: إعادة هيكلة
restructuring: إعادة هيكلة
federal: اتحادي, فيدرالي
amend: عدل, تعديل
draft law: مشروع قانون
enact: سن, أصدر, إقرار
repeal: ألغى, إلغاء
revoke: ألغى, سحب, إلغاء
dissolution: حل
appointment: تعيين, موعد, مواعيد
director: مدير, مديرين, مخرج
manager: مدير
ceo: رئيس تنفيذي, الرئيس التنفيذي
board: مجلس, مجلس إدارة
loyalist: موال, موالين
pro-government: موال للحكومة, موالية
anti-government: مناهض للحكومة, معارض
voting: تصويت, اقتراع
polling: اقتراع, استطلاع
opinion poll: استطلاع رأي
airline: شركة طيران, خطوط جوية, طيران
aviation: طيران, الطيران المدني
railway: سكة حديد, سكك حديدية, قطار
rail: سكك حديدية, سكة حديد
taxi: سيارة أجرة, تاكسي
driver: سائق, سائقين
drive: قاد, قيادة, حملة
congestion: ازدحام, اختناق
collision: اصطدام, تصادم
collide: اصطدم, تصادم
freight: شحن, بضائع
container: حاوية, حاويات
strait: مضيق
ticket: تذكرة, تذاكر
speed: سرعة
journey: رحلة, رحلات
airspace: مجال جوي, الأجواء
landing: هبوط
take off: أقلع, إقلاع
depart: غادر, انطلق, مغادرة
crew: طاقم, طواقم
traffic accident: حادث سير, حادث مروري
public transport: نقل عام, النقل العام, مواصلات
transportation: نقل, مواصلات
suez canal: قناة السويس
power plant: محطة كهرباء, محطة توليد, محطة
power station: محطة كهرباء, محطة توليد, محطة
grid: شبكة
power grid: شبكة الكهرباء, الشبكة الكهربائية
power cut: انقطاع الكهرباء, تقنين, انقطاع, انقطاع التيار الكهربائي, انقطاع التيار
power outage: انقطاع الكهرباء, انقطاع, انقطاع التيار الكهربائي, انقطاع التيار, انقطاعات
generator: مولد, مولدات
electric: كهربائي, كهرباء
solar panel: ألواح شمسية, ألواح الطاقة الشمسية
solar energy: طاقة شمسية
renewable energy: طاقة متجددة
reactor: مفاعل, مفاعلات
uranium: يورانيوم
enrichment: تخصيب
enrich: خصب, تخصيب
refinery: مصفاة, مصافي
crude: خام
crude oil: نفط خام, خام
natural gas: غاز طبيعي
oil field: حقل نفطي, حقول نفطية, حقل
gas field: حقل غاز, حقول الغاز, حقل
heating: تدفئة, مدافئ, مازوت التدفئة
cylinder: أسطوانة, جرة, أسطوانات
cooking gas: غاز منزلي, غاز الطهي, أسطوانة غاز
apartment: شقة, شقق
eviction: إخلاء, طرد
evict: أخلى, طرد, إخلاء
slum: عشوائيات, أحياء فقيرة
roof: سقف, سطح
wall: جدار, جدران, سور
floor: طابق, طوابق, أرضية
housing unit: وحدة سكنية, وحدات سكنية
marine: مشاة البحرية, بحري
special forces: قوات خاصة, القوات الخاصة
reservist: احتياط, جنود الاحتياط
conscript: مجند, مجندين
submarine: غواصة, غواصات
radar: رادار
interceptor: صاروخ اعتراضي, اعتراض
cruise missile: صاروخ كروز, صواريخ كروز
arsenal: ترسانة
munition: ذخائر, ذخيرة
drill: مناورة, مناورات, تدريب
maneuver: مناورة, مناورات
manoeuvre: مناورة, مناورات
battlefield: ساحة المعركة, ميدان, جبهة
combat: قتال, معارك, قتالي
counteroffensive: هجوم مضاد
counterattack: هجوم مضاد
bombard: قصف
bombardment: قصف
fortification: تحصين, تحصينات
outpost: موقع, نقطة, مخفر
chief of staff: رئيس الأركان
general staff: هيئة الأركان, الأركان
prisoner of war: أسير, أسرى
captive: أسير, أسرى, محتجز
swap: تبادل, صفقة تبادل
sabotage: تخريب
demining: نزع الألغام, إزالة الألغام
ied: عبوة ناسفة
roadside bomb: عبوة ناسفة, عبوات ناسفة
suicide bomber: انتحاري, انتحاريين
bomber: انتحاري, قاذفة, قاذفات
annex: ضم
annexation: ضم
air raid: غارة جوية, غارات
arms deal: صفقة أسلحة
military aid: مساعدات عسكرية
disarm: نزع السلاح, نزع
disarmament: نزع السلاح
air base: قاعدة جوية
naval: بحري
hostilities: أعمال عدائية, أعمال قتالية
foreign policy: سياسة خارجية, السياسة الخارجية
recall: استدعى, استدعاء, تذكر
sever: قطع
sever ties: قطع العلاقات
diplomatic relations: علاقات دبلوماسية
rapprochement: تقارب
reconcile: صالح, مصالحة
invitation: دعوة, دعوات
broker: توسط, وساطة, وسيط
sponsor: رعى, رعاية, راع
communique: بيان, بيان ختامي, البيان الختامي, بلاغ, بيان مشترك
condemnation: إدانة, تنديد
hostility: عداء, عدائية
hostile: عدائي, معاد
foreign aid: مساعدات خارجية, مساعدات
humanitarian aid: مساعدات إنسانية
foreign affairs: الخارجية, الشؤون الخارجية
ask for: طلب, طالب
aftermath: تداعيات, أعقاب, عقب
fallout: تداعيات
unfold: تكشف, جرى, تطور
prompt: دفع, أثار
spark: أشعل, أثار, فجر
ignite: أشعل
ease: خفف, تخفيف
tighten: شدد, تشديد
strict: صارم, مشدد
tough: صارم, صعب, قاس
harsh: قاس, صارم
weaken: أضعف, إضعاف, ضعف
restrict: قيد, تقييد, قيود
curb: حد, كبح, الحد
pause: توقف, تعليق, علق
finish: أنهى, انتهى, أكمل, إنهاء
accomplish: أنجز, حقق, إنجاز
realize: أدرك, حقق
fulfill: نفذ, أوفى, وفى, تنفيذ
preserve: حافظ, حفاظ, صون
retain: احتفظ, حافظ
collect: جمع, جباية, تحصيل
earn: كسب, جنى, تقاضى
endure: تحمل, صمد, عانى
withstand: صمد, صمود
cope: تعامل, واجه
handle: تعامل, عالج, تولى
solve: حل, معالجة
fix: أصلح, حدد, إصلاح
abolish: ألغى, إلغاء
scrap: ألغى, إلغاء, خردة
abandon: تخلى, ترك, هجر
exit: خروج, خرج, مخرج
come out: خرج, صدر, خروج
get out: خرج, خروج
relocate: انتقل, نقل
set: حدد, وضع
choose: اختار, اختيار
chose: اختار, اختيار
select: اختار, اختيار
enable: مكن, أتاح
block: منع, أغلق, عرقل, حجب
hamper: عرقل, أعاق, عرقلة
impede: أعاق, عرقل, إعاقة
doubt: شك, شكوك, تشكيك
react: رد, تفاعل, رد فعل
prove: أثبت, ثبت, إثبات
allege: زعم, ادعى, مزاعم
argue: رأى, اعتبر, جادل
reiterate: جدد, كرر, أكد
repeat: كرر, تكرار
remember: تذكر, ذكرى
mark: أحيا, شهد, علامة, ذكرى
honor: كرم, تكريم, شرف
honour: كرم, تكريم, شرف
fly: سافر, طار, حلق, طيران
flew: طار, سافر, حلق
hide: اختبأ, أخفى, إخفاء
hid: اختبأ, أخفى
hidden: مخفي, خفي, أخفى
discover: اكتشف, اكتشاف
discovery: اكتشاف
track: تتبع, رصد, مسار
watch: شاهد, تابع, راقب
instruction: تعليمات, توجيهات
press: صحافة, صحفي, ضغط
printing press: مطبعة
persuade: أقنع, إقناع
convince: أقنع, إقناع
back: دعم, ساند
objection: اعتراض, اعتراضات
complain: اشتكى, شكا, شكوى
lend: أقرض, إقراض
owe: مدين, مستحقات, ديون
evaluate: قيم, تقييم
check: فحص, تحقق, دقق, تفتيش
analyze: حلل, تحليل
compare: قارن, مقارنة
shrink: تقلص, انكمش, انكماش
widen: وسع, اتسع, توسيع
deepen: عمق, تعمق
subside: هدأ, تراجع, انحسر
rebound: انتعش, تعافى, انتعاش
revive: أحيا, إنعاش, انتعش, إحياء
persist: استمر, تواصل
able: قادر, تمكن
arrangement: ترتيب, ترتيبات
ready: جاهز, مستعد
angry: غاضب, غضب
anger: غضب
outrage: غضب, استياء, سخط
discontent: استياء, سخط
surprise: مفاجأة, فاجأ
false: كاذب, خاطئ, مزيف
misinformation: تضليل, معلومات مضللة
disinformation: تضليل
propaganda: دعاية
censorship: رقابة
harm: ضرر, أضر, أذى
hurt: أصاب, أضر, جرح
mistake: خطأ, أخطاء
error: خطأ, أخطاء
accountable: مسؤول, محاسبة
sum: مبلغ, مبالغ
proportion: نسبة
part: جزء, أجزاء
season: موسم, فصل
yearly: سنوي
maximum: حد أقصى, أقصى
equality: مساواة
inequality: عدم المساواة, تفاوت
gap: فجوة, هوة
difference: فرق, اختلاف, فارق
trend: اتجاه, توجه
method: طريقة, أسلوب
material: مادة, مواد
experience: خبرة, تجربة
clinical trial: تجربة سريرية, تجارب سريرية
drag on: طال, استمر, امتد, تطول
kick in: دخل حيز التنفيذ, سرى, بدأ
go into effect: دخل حيز التنفيذ, سرى, سريان
take effect: دخل حيز التنفيذ, سرى, سريان
come into force: دخل حيز التنفيذ, سرى, سريان
enter into force: دخل حيز التنفيذ, سرى, سريان
go through: مر, شهد, عانى, خضع
hinge on: توقف على, رهن, مرهون
depend: اعتمد, توقف, رهن
depend on: اعتمد, توقف, رهن, مرهون
rely: اعتمد, اعتماد
rely on: اعتمد, اعتماد
get into: دخل, وقع في
break into: اقتحم, اخترق, سطا
break through: اخترق, اختراق
take up: تولى, تناول, شغل
hand out: وزع, توزيع
pass away: توفي, وفاة, رحيل
die down: هدأ, تراجع
calm down: هدأ, تهدئة
flare up: اندلع, تجدد, تصاعد
set fire: أضرم النار, أحرق, إحراق
put out: أخمد, إخماد, أطفأ
hold up: عرقل, أخر, صمد
hold off: أرجأ, أجل
hold talks: أجرى محادثات, محادثات, مباحثات
keep up: واصل, حافظ
move forward: مضى, تقدم, المضي
push for: ضغط, دفع, طالب
push back: صد, تصدى, رد
fall apart: انهار, تفكك
fall back: تراجع
fall short: قصر, عجز
run into: واجه, اصطدم
come up: طرح, برز
come down: انخفض, تراجع
come forward: تقدم
come from: مصدر, قدم, جاء من
bring in: أدخل, جلب, استقدم, إدخال
bring up: طرح, أثار
draw up: وضع, صاغ, أعد
drew up: وضع, صاغ, أعد
work out: توصل, حل, وضع
point to: أشار
account for: شكل, مثل
pay off: سدد, أثمر
pay for: دفع, مول, تحمل
cut down: خفض, قطع
slow down: تباطأ, أبطأ, تباطؤ
speed up: سرع, تسريع
get back: عاد, استعاد
get to: وصل, بلغ
go off: انفجر, دوى
pick up: التقط, استلم, ارتفع, تحسن
open up: فتح, انفتح
close down: أغلق, إغلاق
seal off: طوق, أغلق
cordon off: طوق, طوق أمني, أغلق
open fire: أطلق النار, إطلاق النار
tear down: هدم, أزال
set aside: خصص, رصد, تخصيص
set out: حدد, أوضح, عرض
set back: أخر, أعاق
setback: انتكاسة, نكسة
stick to: التزم, تمسك
abide by: التزم, احترم
comply: امتثل, التزم, امتثال
comply with: امتثل, التزم, امتثال
adhere: التزم, تقيد
back out: تراجع, انسحب
walk out: انسحب
break away: انفصل, انشق
cross: عبر, عبور
wrap up: اختتم, أنهى, اختتام
kick off: انطلق, بدأ, انطلاق
turn into: تحول, حول
convert: حول, تحويل
switch: تحول, انتقل
transform: حول, تحول
come to an end: انتهى
put an end to: أنهى, وضع حدا
get worse: تفاقم, ساء, تدهور
get better: تحسن
take advantage: استغل, استفاد
take action: تحرك, اتخذ إجراءات
take measures: اتخذ إجراءات, اتخذ تدابير
take steps: اتخذ خطوات
make progress: أحرز تقدما, تقدم
reach an agreement: توصل إلى اتفاق, اتفاق
reach a deal: توصل إلى اتفاق, اتفاق
charity: جمعية خيرية, خيري, عمل خيري
regulator: هيئة رقابية, جهة تنظيمية, هيئة
regulate: نظم, تنظيم
oversight: رقابة, إشراف
supervise: أشرف, إشراف
supervision: إشراف, رقابة
inspect: فتش, تفتيش
audit: تدقيق, مراجعة, رقابة
watchdog: هيئة رقابية, رقابة, جهة رقابية
film: فيلم, أفلام
artist: فنان, فنانين
culture: ثقافة, ثقافي
cultural: ثقافي
art: فن, فنون
heritage: تراث
museum: متحف, متاحف
festival: مهرجان, مهرجانات
exhibition: معرض, معارض
archaeological: أثري
antiquities: آثار
monument: نصب, معلم, معالم
pilgrimage: حج, زيارة
pilgrim: حاج, حجاج
hajj: حج
umrah: عمرة
fasting: صيام, صوم
fatwa: فتوى, فتاوى
wedding: زفاف, عرس
marriage: زواج
marry: تزوج, زواج
divorce: طلاق
burial: دفن
grave: قبر, مقبرة
generation: جيل, أجيال
gender: جنس, نوع اجتماعي
asylum seeker: طالب لجوء, طالبي اللجوء
illegal immigration: هجرة غير شرعية, هجرة غير نظامية
integration: اندماج, دمج
director general: مدير عام
child labor: عمالة الأطفال
child labour: عمالة الأطفال
child marriage: زواج القاصرات, زواج الأطفال
people with disabilities: ذوي الإعاقة
special needs: ذوي الاحتياجات الخاصة
social security: ضمان اجتماعي
social affairs: شؤون اجتماعية
froze: جمد, تجميد
frozen: مجمد, جمد, تجميد
shook: هز, زلزل
shake: هز, زلزل
stole: سرق, سرقة
swore: أقسم, أدى اليمين
sank: غرق
drew: رسم, جذب, سحب
drawn: رسم, جذب, سحب
blew: فجر, انفجر
blow: ضربة, فجر
heard: سمع
hear: سمع, استمع, نظر
overcame: تغلب, تجاوز
arose: نشأ, برز
arise: نشأ, برز
feed: أطعم, غذى, إطعام
withheld: حجب, امتنع
withhold: حجب, امتنع
dealt: تعامل
blew up: فجر, تفجير, انفجر
ran out: نفد, نفاد
ran for: ترشح
laid off: سرح, تسريح
dealt with: تعامل, عالج
stuck to: التزم, تمسك
last week: الأسبوع الماضي
last month: الشهر الماضي
last year: العام الماضي, السنة الماضية
last night: ليلة أمس, الليلة الماضية
next week: الأسبوع المقبل, الأسبوع القادم
next month: الشهر المقبل, الشهر القادم
next year: العام المقبل, العام القادم, السنة المقبلة
how old: عمر, سن
kid: طفل, أطفال, ولد, أولاد
sticking point: عقدة, نقطة خلاف
court ruling: حكم قضائي, حكم المحكمة, قرار المحكمة
court case: قضية, قضايا, دعوى
court order: أمر قضائي, قرار المحكمة
prison term: حكم بالسجن, مدة السجن, سجن
prison sentence: حكم بالسجن, سجن
jail term: حكم بالسجن, سجن
jail sentence: حكم بالسجن, سجن
suspended sentence: وقف التنفيذ, حكم مع وقف التنفيذ
defense lawyer: محامي الدفاع, هيئة الدفاع, محام
defence lawyer: محامي الدفاع, هيئة الدفاع, محام
defense team: هيئة الدفاع, فريق الدفاع
defence team: هيئة الدفاع, فريق الدفاع
judgment: حكم, أحكام
judgement: حكم, أحكام
appeals court: محكمة الاستئناف
court of appeal: محكمة الاستئناف
supreme court: المحكمة العليا
constitutional court: المحكمة الدستورية
criminal court: محكمة الجنايات, محكمة جنائية
military court: محكمة عسكرية, القضاء العسكري
exonerate: برأ, تبرئة, براءة
quash: ألغى, نقض, إلغاء
legal action: إجراءات قانونية, دعوى قضائية, ملاحقة قضائية
arrest warrant: مذكرة اعتقال, مذكرة توقيف
detention center: مركز احتجاز, مراكز احتجاز
detention centre: مركز احتجاز, مراكز احتجاز
police station: مركز شرطة, قسم شرطة, مخفر
crime scene: مسرح الجريمة
murderer: قاتل, قتلة
homicide: جريمة قتل, قتل
kidnapper: خاطف, خاطفون, خاطفين, الجهة الخاطفة
robber: لص, لصوص, سارق, سارقون, سارقين, عصابة
burglary: سطو, سرقة
arson: حريق متعمد, إضرام النار, حرق
vandalism: تخريب
counterfeit: مزور, مزيف, تزوير
forgery: تزوير
drug dealer: تاجر مخدرات, تجار المخدرات
trafficker: مهرب, مهربون, تاجر
organized crime: جريمة منظمة
firearm: سلاح ناري, أسلحة نارية
gun: سلاح, مسدس, بندقية
pistol: مسدس, مسدسات
knife: سكين, سكاكين
knives: سكين, سكاكين
shootout: اشتباك مسلح, تبادل إطلاق النار
exchange of fire: تبادل إطلاق النار
chase: مطاردة, طارد, لاحق
prison break: هروب من السجن, فرار
seizure: ضبط, مصادرة, استيلاء
autopsy: تشريح, تشريح الجثة
cctv: كاميرات مراقبة
surveillance camera: كاميرا مراقبة, كاميرات المراقبة
conspiracy: مؤامرة, تآمر
plot: مؤامرة, مخطط, خطط
treason: خيانة, خيانة عظمى
defamation: تشهير, قذف
insult: إهانة, أهان, إساءة
hate speech: خطاب الكراهية
incitement: تحريض
incite: حرض, تحريض
traffic violation: مخالفة مرورية, مخالفات مرورية
unlawful: غير قانوني, غير مشروع
wrongdoing: مخالفات, تجاوزات
misconduct: سوء سلوك, مخالفات
negligence: إهمال, تقصير
neglect: إهمال, أهمل
abuse of power: استغلال السلطة, استغلال النفوذ
anti-corruption: مكافحة الفساد
hand down: أصدر, إصدار
lock up: سجن, احتجز
plead guilty: أقر بذنبه, اعترف
found guilty: أدان, إدانة, مذنب
find guilty: أدان, إدانة, مذنب
not guilty: براءة, بريء, برأ
data breach: تسريب بيانات, اختراق
data leak: تسريب بيانات
personal data: بيانات شخصية
privacy: خصوصية
backup: نسخة احتياطية, نسخ احتياطي
offline: خارج الخدمة, متوقف, معطل
glitch: خلل, عطل
update: تحديث, تحديثات
upgrade: تحديث, تطوير, ترقية
install: تركيب, تثبيت
telecommunications: اتصالات
telecommunication: اتصالات
text message: رسالة نصية, رسائل نصية
sms: رسالة نصية, رسائل نصية
electric car: سيارة كهربائية, سيارات كهربائية
battery: بطارية, بطاريات
youtube: يوتيوب
instagram: إنستغرام, انستغرام
live broadcast: بث مباشر
engineer: مهندس, مهندسين
atm: صراف آلي, صراف
credit card: بطاقة ائتمان, بطاقات ائتمانية
bank account: حساب مصرفي, حساب بنكي
transaction: معاملة, معاملات, صفقة
water cut: انقطاع المياه, قطع المياه
dry up: جف, جفاف, نضب
run dry: جف, نضب, جفاف
ran dry: جف, نضب, جفاف
water tank: خزان مياه, خزانات المياه
electricity bill: فاتورة الكهرباء, فواتير الكهرباء
water bill: فاتورة المياه, فواتير المياه
meter: متر, أمتار, عداد, عدادات
metre: متر, أمتار
kilometer: كيلومتر, كيلومترات
kilometre: كيلومتر, كيلومترات
km: كيلومتر, كيلومترات
kilogram: كيلوغرام, كيلو
kg: كيلوغرام, كيلو
ton: طن, أطنان
tonne: طن, أطنان
litre: لتر, لترات
liter: لتر, لترات
square meter: متر مربع, أمتار مربعة
cubic meter: متر مكعب, أمتار مكعبة
hectare: هكتار, هكتارات
dunam: دونم, دونمات
mile: ميل, أميال
megawatt: ميغاواط, ميغاوات
garbage: قمامة, نفايات
trash: قمامة, نفايات
rubbish: قمامة, نفايات
utility: مرفق, مرافق, خدمات
public services: خدمات عامة, الخدمات العامة
technician: فني, فنيين
gas station: محطة وقود, محطات الوقود
petrol station: محطة وقود, محطات الوقود
subsidize: دعم, مدعوم
subsidise: دعم, مدعوم
rate hike: رفع سعر الفائدة, رفع أسعار الفائدة
rate cut: خفض سعر الفائدة, خفض أسعار الفائدة
installment: قسط, أقساط
instalment: قسط, أقساط
creditor: دائن, دائنين
treasury: خزينة, خزانة
merger: اندماج, دمج
merge: دمج, اندمج, اندماج
wealthy: ثري, أثرياء, غني
low income: محدود الدخل, محدودي الدخل, ذوي الدخل المحدود
living standard: مستوى المعيشة
standard of living: مستوى المعيشة
price increase: ارتفاع الأسعار, زيادة الأسعار
affordable: ميسور, بأسعار معقولة
price cap: سقف الأسعار, سقف
ceiling: سقف
quota: حصة, حصص
export ban: حظر التصدير, حظر تصدير
import ban: حظر الاستيراد, حظر استيراد
trade deficit: عجز تجاري, عجز الميزان التجاري
foreign reserves: احتياطي النقد الأجنبي, احتياطيات
foreign exchange: عملة أجنبية, قطع أجنبي, نقد أجنبي
devalue: خفض قيمة, خفض قيمة العملة
parallel market: سوق موازية, السوق الموازية
official rate: سعر رسمي, السعر الرسمي
economic crisis: أزمة اقتصادية
financial crisis: أزمة مالية
economic growth: نمو اقتصادي
credit rating: تصنيف ائتماني
downgrade: خفض التصنيف, خفض تصنيف
foreign investment: استثمار أجنبي, استثمارات أجنبية
privatize: خصخص, خصخصة
privatise: خصخص, خصخصة
monopoly: احتكار
competition: منافسة, مسابقة
compete: تنافس, نافس, منافسة
supplier: مورد, موردين
manufacturer: مصنع, مصنعين, شركة مصنعة
producer: منتج, منتجين
warehouse: مستودع, مستودعات, مخزن
trader: تاجر, تجار
vendor: بائع, باعة
seller: بائع, باعة
buyer: مشتر, مشترين
shopping: تسوق
mall: مركز تجاري, مول
supermarket: سوبرماركت, متجر
discount: خصم, تخفيض, تخفيضات
bonus: مكافأة, علاوة
retiree: متقاعد, متقاعدين
pensioner: متقاعد, متقاعدين
employer: صاحب عمل, أصحاب العمل, رب العمل
workforce: قوى عاملة, يد عاملة
working hours: ساعات العمل, دوام
vat: ضريبة القيمة المضافة
value added tax: ضريبة القيمة المضافة
income tax: ضريبة الدخل
taxpayer: دافع الضرائب, دافعي الضرائب
exemption: إعفاء, إعفاءات
earnings: أرباح, عائدات
landlord: مالك, مؤجر
tenant: مستأجر, مستأجرين
lake: بحيرة, بحيرات
valley: واد, وادي, أودية
pesticide: مبيد, مبيدات
shepherd: راع, رعاة
soil: تربة
greenhouse: بيت بلاستيكي, دفيئة, بيوت بلاستيكية
greenhouse gas: غازات الدفيئة, الاحتباس الحراري
rainy: ممطر, أمطار
rainy season: موسم الأمطار
thunderstorm: عاصفة رعدية, عواصف رعدية
meteorology: أرصاد جوية, الأرصاد
meteorological: أرصاد جوية, الأرصاد
weather forecast: توقعات الطقس, نشرة جوية, الأرصاد
cyclone: إعصار, أعاصير
forest fire: حريق غابات, حرائق الغابات
firefighting: إطفاء, إخماد
smoke: دخان
air pollution: تلوث الهواء
air quality: جودة الهواء
fossil fuel: وقود أحفوري
wind energy: طاقة الرياح
nuclear plant: محطة نووية, مفاعل
beach: شاطئ, شواطئ
emergency room: قسم الطوارئ, غرفة الطوارئ, الطوارئ
emergency department: قسم الطوارئ, الطوارئ
icu: العناية المركزة, عناية مركزة
surgeon: جراح, جراحين
bleeding: نزيف
kidney failure: فشل كلوي
dialysis: غسيل الكلى, غسيل كلوي
chronic: مزمن, مزمنة
chronic disease: أمراض مزمنة, مرض مزمن
infectious: معد, معدية
contagious: معد, معدية
transmission: انتقال, عدوى
hepatitis: التهاب الكبد, التهاب الكبد الوبائي
respiratory: تنفسي
breathing: تنفس
suffocation: اختناق
bird flu: إنفلونزا الطيور
booster: جرعة معززة, جرعة تعزيزية
jab: لقاح, جرعة
immunization: تطعيم, تحصين
immunisation: تطعيم, تحصين
vaccination campaign: حملة تطعيم, حملة تلقيح
health worker: عامل صحي, عاملين صحيين, كوادر صحية
healthcare: رعاية صحية
hospitalise: مستشفى, نقل إلى المستشفى
oxygen: أكسجين
nutrition: تغذية
malnourished: سوء التغذية, سوء تغذية
field hospital: مستشفى ميداني
medical center: مركز طبي, مراكز طبية
medical centre: مركز طبي, مراكز طبية
mobile clinic: عيادة متنقلة, عيادات متنقلة
psychological: نفسي
anxiety: قلق, اضطراب
hygiene: نظافة
disinfection: تعقيم, تطهير
disinfect: عقم, طهر, تعقيم
diarrhoea: إسهال
dehydration: جفاف
heal: شفي, شفاء
dying: مات, موت, وفاة, احتضار
mom: أم, والدة
mum: أم, والدة
dad: أب, والد
grandfather: جد, أجداد
grandmother: جدة
grandparent: جد, أجداد
grandchild: حفيد, أحفاد
grandchildren: حفيد, أحفاد
sibling: شقيق, أشقاء, إخوة
spouse: زوج, زوجة
wives: زوجة, زوجات
household: أسرة, أسر, منزل
inheritance: ميراث, إرث
orphanage: دار أيتام, دور الأيتام
teen: مراهق, مراهقين
adult: بالغ, بالغين, كبار
schoolchildren: تلاميذ, طلاب المدارس
female: أنثى, إناث, نسائي
male: ذكور
early marriage: زواج مبكر, زواج القاصرات
id card: بطاقة هوية, بطاقة شخصية
identity card: بطاقة هوية, بطاقة شخصية
census: تعداد, تعداد سكاني, إحصاء
friend: صديق, أصدقاء
colleague: زميل, زملاء
guest: ضيف, ضيوف
poverty line: خط الفقر
food basket: سلة غذائية, سلال غذائية
food parcel: سلة غذائية, سلال غذائية, طرود غذائية
meal: وجبة, وجبات
iftar: إفطار
clothes: ملابس, ألبسة
clothing: ملابس, ألبسة
blanket: بطانية, بطانيات
pray: صلى, صلاة
friday prayer: صلاة الجمعة
sermon: خطبة, خطب
priest: كاهن, قس, قسيس
bishop: أسقف, مطران
patriarch: بطريرك
pope: البابا, بابا
vatican: الفاتيكان
synagogue: كنيس, معبد يهودي
shrine: مقام, مزار, ضريح
quran: القرآن, قرآن
koran: القرآن, قرآن
bible: الكتاب المقدس, الإنجيل
prophet: نبي, النبي, رسول
faith: إيمان
worshipper: مصل, مصلين
worshiper: مصل, مصلين
christmas: عيد الميلاد, الميلاد
eid al-adha: عيد الأضحى, الأضحى
eid al-fitr: عيد الفطر, الفطر
sacrifice: تضحية, تضحيات, أضحية, أضاحي
mufti: مفتي, المفتي
grand mufti: المفتي العام
azhar: الأزهر
endowment: أوقاف
religious affairs: الشؤون الدينية, شؤون دينية
copt: قبطي, أقباط
coptic: قبطي, أقباط
maronite: ماروني, موارنة
orthodox: أرثوذكسي, أرثوذكس
catholic: كاثوليكي, كاثوليك
yazidi: إيزيدي, إيزيديين
assyrian: آشوري, آشوريين
armenian: أرمني, أرمن
turkmen: تركمان, تركماني
hijab: حجاب
boss: رئيس, مدير, زعيم
premier: رئيس الوزراء, رئيس الحكومة
chancellor: مستشار
deputy prime minister: نائب رئيس الوزراء
interior minister: وزير الداخلية
defense minister: وزير الدفاع
defence minister: وزير الدفاع
finance minister: وزير المالية
health minister: وزير الصحة
economy minister: وزير الاقتصاد
education minister: وزير التربية, وزير التعليم
justice minister: وزير العدل
energy minister: وزير الطاقة
oil minister: وزير النفط
electricity minister: وزير الكهرباء
agriculture minister: وزير الزراعة
transport minister: وزير النقل
labor minister: وزير العمل
labour minister: وزير العمل
trade minister: وزير التجارة
ministry of interior: وزارة الداخلية
ministry of defense: وزارة الدفاع
ministry of defence: وزارة الدفاع
ministry of finance: وزارة المالية
economy ministry: وزارة الاقتصاد
energy ministry: وزارة الطاقة
oil ministry: وزارة النفط
electricity ministry: وزارة الكهرباء
agriculture ministry: وزارة الزراعة
transport ministry: وزارة النقل
labor ministry: وزارة العمل
labour ministry: وزارة العمل
trade ministry: وزارة التجارة
legislator: مشرع, نائب
congressman: عضو الكونغرس
congressmen: عضو الكونغرس, أعضاء الكونغرس
house of representatives: مجلس النواب
national assembly: مجلس الأمة, الجمعية الوطنية
shura council: مجلس الشورى
legislature: سلطة تشريعية, برلمان
quorum: نصاب
abstain: امتنع, امتناع, امتنع عن التصويت, امتنعت
abstention: امتناع, امتناع عن التصويت
unanimous: بالإجماع, إجماع
unanimously: بالإجماع
re-elect: أعيد انتخاب, إعادة انتخاب
reelect: أعيد انتخاب, إعادة انتخاب
re-election: إعادة انتخاب, ولاية ثانية
reelection: إعادة انتخاب, ولاية ثانية
power sharing: تقاسم السلطة
decentralization: لامركزية
secession: انفصال
separatist: انفصالي, انفصاليين
civil society: المجتمع المدني
freedom of expression: حرية التعبير
freedom of speech: حرية التعبير
press freedom: حرية الصحافة
blacklist: قائمة سوداء
designate: صنف, تصنيف, أدرج
designation: تصنيف
state visit: زيارة رسمية, زيارة دولة
official visit: زيارة رسمية
reception: استقبال
final statement: بيان ختامي
unrwa: الأونروا, أونروا
unesco: اليونسكو, يونسكو
ocha: أوتشا, مكتب تنسيق الشؤون الإنسانية
icrc: اللجنة الدولية للصليب الأحمر
msf: أطباء بلا حدود
doctors without borders: أطباء بلا حدود
save the children: إنقاذ الطفولة, منظمة إنقاذ الطفولة
interpol: الإنتربول, إنتربول
iaea: الوكالة الدولية للطاقة الذرية
atomic: ذري
opcw: منظمة حظر الأسلحة الكيميائية
icc: المحكمة الجنائية الدولية
icj: محكمة العدل الدولية
international court of justice: محكمة العدل الدولية
gcc: مجلس التعاون الخليجي, مجلس التعاون
fifa: فيفا, الاتحاد الدولي لكرة القدم
cia: المخابرات المركزية, وكالة المخابرات المركزية
fbi: مكتب التحقيقات الفيدرالي
mossad: الموساد
federal reserve: الاحتياطي الفيدرالي
warfare: حرب, حروب
explosive device: عبوة ناسفة, عبوات ناسفة
booby trap: تفخيخ, مفخخ, عبوة ناسفة
cluster bomb: قنابل عنقودية, قنبلة عنقودية
white phosphorus: الفوسفور الأبيض
sarin: سارين, السارين
chlorine: كلور, الكلور
chemical weapon: سلاح كيميائي, أسلحة كيميائية
nuclear weapon: سلاح نووي, أسلحة نووية
launcher: منصة إطلاق, منصات إطلاق, قاذفة
rocket launcher: قاذفة صواريخ, راجمة صواريخ
anti-tank: مضاد للدروع, مضاد للدبابات
anti-aircraft: مضاد للطائرات, مضادات أرضية
machine gun: رشاش, رشاشات
armored vehicle: مدرعة, مدرعات, آلية مدرعة
armoured vehicle: مدرعة, مدرعات, آلية مدرعة
aircraft carrier: حاملة طائرات, حاملات الطائرات
coast guard: خفر السواحل
border guard: حرس الحدود
republican guard: الحرس الجمهوري
national guard: الحرس الوطني
corps: فيلق
major general: لواء
brigadier: عميد
brigadier general: عميد
rank: رتبة, رتب, ترتيب
militiaman: عنصر ميليشيا, مسلح
militiamen: عناصر الميليشيات, مسلحون, ميليشيات
cell: خلية, خلايا, زنزانة
sleeper cell: خلية نائمة, خلايا نائمة
skirmish: مناوشة, مناوشات
crossfire: تبادل إطلاق النار, نيران متبادلة
counterterrorism: مكافحة الإرهاب
counter-terrorism: مكافحة الإرهاب
ground offensive: هجوم بري, عملية برية
ground operation: عملية برية
drone strike: غارة بطائرة مسيرة, ضربة بطائرة مسيرة
shrapnel: شظايا, شظية
siren: صفارة إنذار, صفارات الإنذار
humanitarian pause: هدنة إنسانية
humanitarian corridor: ممر إنساني, ممرات إنسانية
safe passage: ممر آمن
prisoner swap: تبادل الأسرى, صفقة تبادل
prisoner exchange: تبادل الأسرى, صفقة تبادل
demilitarized: منزوع السلاح
no-fly zone: منطقة حظر جوي, حظر الطيران
human remains: رفات, بقايا
crimes against humanity: جرائم ضد الإنسانية
ethnic cleansing: تطهير عرقي
atrocity: فظاعة, فظائع
bloodshed: إراقة الدماء, سفك الدماء
slaughter: ذبح, مجزرة, مذبحة
behead: قطع رأس, ذبح
enforced disappearance: إخفاء قسري
arbitrary detention: اعتقال تعسفي
starvation: تجويع, جوع
starve: جوع, تجويع
airdrop: إسقاط جوي, إنزال جوي
peace talks: محادثات السلام, مفاوضات السلام
peace deal: اتفاق سلام, اتفاق السلام
peace agreement: اتفاق سلام, اتفاقية سلام
peace process: عملية السلام
peace plan: خطة سلام, خطة السلام
two-state solution: حل الدولتين
intifada: انتفاضة
occupied territories: الأراضي المحتلة
refugee camp: مخيم لاجئين, مخيمات اللاجئين
idp: نازح, نازحين
internally displaced: نازحين داخليا, نازح, نازحين
unexploded: غير منفجر, مخلفات الحرب
military council: مجلس عسكري
junta: مجلس عسكري, طغمة عسكرية
mobilization: تعبئة, حشد
unifil: اليونيفيل
blue line: الخط الأزرق
front line: جبهة, خط المواجهة, خطوط التماس
contact line: خط التماس, خطوط التماس
de-escalation zone: منطقة خفض التصعيد
retaliatory: انتقامي
ultimatum: إنذار, مهلة
provocation: استفزاز, استفزازات
aggression: عدوان
proxy: وكيل, وكلاء, بالوكالة
proxy war: حرب بالوكالة
warring: متحارب, متحاربة, متنازع
warring parties: أطراف النزاع, الأطراف المتحاربة
goalkeeper: حارس مرمى
striker: مهاجم, مضرب, مضربين
defender: مدافع, مدافعين
red card: بطاقة حمراء
extra time: وقت إضافي, الأشواط الإضافية
penalty shootout: ركلات الترجيح
semifinal: نصف النهائي
semi-final: نصف النهائي
quarterfinal: ربع النهائي
quarter-final: ربع النهائي
group stage: دور المجموعات
qualifier: تصفيات
qualification: تأهل, تصفيات
friendly: ودي, ودية
ranking: تصنيف, ترتيب
athlete: رياضي, رياضيين
swimming: سباحة
tennis: تنس, كرة المضرب
boxing: ملاكمة
gold medal: ميدالية ذهبية, ذهبية
silver medal: ميدالية فضية, فضية
bronze: برونز, برونزية
bronze medal: ميدالية برونزية, برونزية
olympic: أولمبي, أولمبية
champions league: دوري الأبطال, دوري أبطال
premier league: الدوري الإنجليزي الممتاز, الدوري الممتاز
title: لقب, ألقاب, عنوان
movie: فيلم, أفلام
cinema: سينما, سينمائي
actor: ممثل, ممثلين
actress: ممثلة
singer: مغن, مطرب, مغنية, مطربة
song: أغنية, أغاني
music: موسيقى
musician: موسيقي, موسيقيين
concert: حفل, حفلة, حفل موسيقي
sing: غنى, غناء
play: لعب, دور, مسرحية
theater: مسرح, مسارح
theatre: مسرح, مسارح
novel: رواية, روايات
poet: شاعر, شعراء
poetry: شعر
poem: قصيدة, قصائد
author: مؤلف, كاتب
book fair: معرض الكتاب
library: مكتبة, مكتبات
literature: أدب
painting: لوحة, لوحات
statue: تمثال, تماثيل
photographer: مصور, مصورين
drama: دراما
series: مسلسل, سلسلة
nobel: نوبل
archaeology: آثار, علم الآثار
archaeologist: عالم آثار, علماء الآثار
excavation: تنقيب, حفريات
ruins: أطلال, آثار, أنقاض
artifact: قطعة أثرية, قطع أثرية
citadel: قلعة
fortress: قلعة, حصن
old city: المدينة القديمة
souk: سوق, أسواق
language: لغة, لغات
arabic: عربي, العربية, اللغة العربية
english: إنجليزي, الإنجليزية
translation: ترجمة
translate: ترجم, ترجمة
tradition: تقليد, تقاليد
traditional: تقليدي
metro: مترو, قطار الأنفاق
subway: مترو, مترو الأنفاق, قطار الأنفاق
motorcycle: دراجة نارية, دراجات نارية
bicycle: دراجة, دراجة هوائية
bike: دراجة, دراجات
pedestrian: مشاة, راجل
fare: أجرة, تعرفة, أجور النقل
motorway: طريق سريع, أوتوستراد
parking: موقف سيارات, مواقف السيارات
driving license: رخصة قيادة, رخص القيادة
driving licence: رخصة قيادة, رخص القيادة
driver license: رخصة قيادة, رخص القيادة
road accident: حادث سير, حادث مروري
car accident: حادث سير, حادث مروري
derail: خروج عن القضبان, خروج عن السكة, انحراف, انحرف, خروج قطار, انقلاب قطار
derailment: خروج عن القضبان, خروج عن السكة, خروج قطار, انقلاب قطار
ferry: عبارة, عبارات
harbor: ميناء, مرفأ
harbour: ميناء, مرفأ
railway station: محطة قطار, محطة القطارات
train station: محطة قطار, محطة القطارات
bus station: محطة حافلات, محطة الحافلات
bus stop: موقف حافلات, محطة حافلات
border crossing: معبر حدودي, معابر حدودية
tuition: رسوم دراسية, أقساط
school fees: رسوم مدرسية, أقساط مدرسية
vacation: عطلة, إجازة
phd: دكتوراه
doctorate: دكتوراه
graduation: تخرج
admission: قبول, التحاق
enroll: التحق, التحاق, تسجيل
enrol: التحق, التحاق, تسجيل
success rate: نسبة النجاح
pass rate: نسبة النجاح
online learning: تعليم عن بعد
distance learning: تعليم عن بعد
remote learning: تعليم عن بعد
illiteracy: أمية
economics: اقتصاد, علم الاقتصاد
mathematics: رياضيات
maths: رياضيات
math: رياضيات
cell phone: هاتف محمول, هاتف خلوي, جوال
annually: سنويا
hourly: كل ساعة
every day: يوميا, كل يوم
every week: أسبوعيا, كل أسبوع
every month: شهريا, كل شهر
every year: سنويا, كل عام, كل سنة
every other day: كل يومين
every two days: كل يومين
twice a day: مرتين يوميا, مرتين في اليوم
twice a week: مرتين أسبوعيا, مرتين في الأسبوع
twice a month: مرتين شهريا, مرتين في الشهر
twice a year: مرتين سنويا, مرتين في العام
once a day: مرة يوميا, مرة في اليوم, يوميا
once a week: مرة أسبوعيا, مرة في الأسبوع, أسبوعيا
once a month: مرة شهريا, مرة في الشهر, شهريا
once a year: مرة سنويا, مرة في العام, سنويا
three times: ثلاث مرات
per day: يوميا, في اليوم
per week: أسبوعيا, في الأسبوع
per month: شهريا, في الشهر
per year: سنويا, في العام
sunrise: شروق, شروق الشمس
sunset: غروب, غروب الشمس
daytime: نهار, نهارا
nighttime: ليل, ليلا
tonight: الليلة
this morning: صباح اليوم
this week: هذا الأسبوع, الأسبوع الجاري, الأسبوع الحالي
this month: هذا الشهر, الشهر الجاري, الشهر الحالي
this year: هذا العام, العام الجاري, العام الحالي
working day: يوم عمل, أيام العمل
public holiday: عطلة رسمية
calendar: تقويم, روزنامة
opening hours: ساعات العمل, مواعيد العمل, ساعات الدوام
frequency: وتيرة, تواتر
regularly: بانتظام, بشكل دوري
periodic: دوري
periodically: دوريا, بشكل دوري
occasionally: أحيانا
sometimes: أحيانا
always: دائما
rarely: نادرا
round the clock: على مدار الساعة
around the clock: على مدار الساعة
mid: منتصف, أواسط
long-term: طويل الأمد, بعيد المدى
short-term: قصير الأمد, قصير المدى
permanently: بشكل دائم, نهائيا
clock: ساعة
triple: ثلاثة أضعاف, ضاعف
halve: خفض إلى النصف, النصف
surpass: تجاوز, فاق
calculate: احتسب, حساب
apologise: اعتذر, اعتذار
apology: اعتذار
forgive: عفا, سامح, عفو
absent: غائب, غياب
absence: غياب
attendance: حضور
expire: انتهى, انقضى, انتهاء
expiry: انتهاء, انقضاء
expiration: انتهاء, انقضاء
construct: بنى, شيد, إنشاء, تشييد
design: صمم, تصميم
hoarding: تخزين, احتكار
contaminate: لوث, تلوث
contamination: تلوث
operate: شغل, تشغيل, أدار
harass: تحرش, مضايقة
bullying: تنمر
wait: انتظر, انتظار
consume: استهلك, استهلاك
conserve: حافظ, ترشيد
conservation: حفاظ, ترشيد, صون
apply: تقدم بطلب, طبق, تطبيق
unveil: كشف, أزاح الستار, دشن
reopen: أعاد فتح, إعادة فتح
renovate: رمم, ترميم, تأهيل
renovation: ترميم, تأهيل
rehabilitate: أعاد تأهيل, تأهيل, رمم
rehabilitation: تأهيل, إعادة تأهيل
allocate: خصص, تخصيص, رصد
allocation: تخصيص, مخصصات
earmark: خصص, رصد, تخصيص
refund: استرداد, تعويض
compensate: عوض, تعويض
advise: نصح, أوصى, نصيحة
advice: نصيحة, نصائح
instruct: وجه, أمر, تعليمات
authorize: أجاز, خول, سمح, ترخيص
authorise: أجاز, خول, سمح, ترخيص
authorization: ترخيص, إذن, تفويض
outlaw: حظر, جرم
criminalize: جرم, تجريم
criminalise: جرم, تجريم
legalize: قنن, تقنين
kick out: طرد, أخرج
beef up: عزز, تعزيز
ramp up: كثف, زاد, تكثيف
clamp down: شدد, قمع, حملة
shut off: قطع, أوقف
switch off: أطفأ, قطع, أوقف
turn off: أطفأ, أوقف, قطع
pay back: سدد, أعاد, سداد
pay out: دفع, صرف
sign up: اشترك, تسجيل
hand in: قدم, سلم
give back: أعاد, إعادة
shore up: دعم, عزز
burn down: أحرق, احترق, التهم
break in: اقتحم, سطو
run over: دهس
ran over: دهس
cut back: خفض, قلص, تقليص
step aside: تنحى, تنحي
drop out: انسحب, تسرب
locals: أهالي, سكان, سكان محليون
passerby: مار, مارة
passersby: مارة
eyewitness: شاهد عيان, شهود عيان
shopkeeper: صاحب محل, أصحاب المحلات, تاجر
street vendor: بائع متجول, باعة متجولون
laborer: عامل, عمال
labourer: عامل, عمال
bureaucracy: بيروقراطية, روتين
residency: إقامة
residence permit: إقامة, تصريح إقامة
work permit: تصريح عمل, إذن عمل
foreigner: أجنبي, أجانب
expat: مغترب, مغتربين, وافد
expatriate: مغترب, مغتربين, وافد
diaspora: شتات, مغتربين, جالية
emigrant: مهاجر, مغترب
emigration: هجرة
emigrate: هاجر
migrate: هاجر, نزح
shipwreck: غرق, حطام سفينة
city council: مجلس المدينة, مجلس بلدي
local council: مجلس محلي, مجالس محلية
provincial council: مجلس المحافظة
provincial: محافظة, إقليمي
downtown: وسط المدينة
city center: وسط المدينة, مركز المدينة
city centre: وسط المدينة, مركز المدينة
headline: عنوان, عناوين
editor: محرر, رئيس تحرير
editor-in-chief: رئيس التحرير
magazine: مجلة, مجلات
documentary: فيلم وثائقي, وثائقي
press release: بيان صحفي
image: صورة, صور
picture: صورة, صور
clip: مقطع, مقاطع
recording: تسجيل, تسجيلات
voice: صوت, أصوات
unavailable: غير متاح, غير متوفر
empty: فارغ, خال
crowded: مزدحم, مكتظ
overcrowded: مكتظ, اكتظاظ
overcrowding: اكتظاظ
remote: نائي, بعيد, عن بعد
sudden: مفاجئ
slow: بطيء, تباطؤ
entire: كامل, بأكمله, برمته, بكامله
whole: كامل, بأكمله, برمته, بكامله
free of charge: مجانا, مجاني
mandatory: إلزامي, إجباري
compulsory: إلزامي, إجباري
voluntary: طوعي, تطوعي
eligible: مؤهل, مستحق
unfair: غير عادل, ظالم, جائر
moderate: معتدل
mild: خفيف, طفيف, معتدل
sharp: حاد
acting: بالوكالة, بالإنابة
outgoing: منتهية ولايته, المنتهية ولايته
thirty: ثلاثون, ثلاثين
forty: أربعون, أربعين
fifty: خمسون, خمسين
sixty: ستون, ستين
seventy: سبعون, سبعين
eighty: ثمانون, ثمانين
ninety: تسعون, تسعين
seventh: سابع, سابعة
eighth: ثامن, ثامنة
ninth: تاسع, تاسعة
tenth: عاشر, عاشرة
auditor: مدقق, مراجع, مدقق حسابات
miner: عامل منجم, عمال المناجم
security guard: حارس أمن, حراس
building permit: رخصة بناء, ترخيص بناء
informal settlement: عشوائيات, سكن عشوائي
illegal construction: بناء مخالف, مخالفات البناء, البناء العشوائي
forbade: منع, حظر
forbidden: ممنوع, محظور, منع
chosen: اختار, اختيار, مختار
flown: سافر, طار, حلق
grown: نما, نمو, ازداد
thrown: رمى, ألقى
blown: فجر, انفجر
knew: عرف, علم
dig: حفر
dug: حفر
sweep: اجتاح, اكتسح, اجتياح
swept: اجتاح, اكتسح, اجتياح
lent: أقرض, إقراض
taught: درس, علم, تدريس
understand: فهم, أدرك
understood: فهم, أدرك
feel: شعر
felt: شعر
undertake: تعهد, اضطلع, أجرى
undertaken: تعهد, أجرى
oversee: أشرف, إشراف
oversaw: أشرف, إشراف
overseen: أشرف, إشراف
mislead: ضلل, تضليل
misled: ضلل, تضليل
drink: شرب
rebuilt: أعاد بناء, إعادة إعمار
wear: ارتدى, لبس
proven: أثبت, ثبت, مثبت
shown: أظهر, عرض
slain: قتل, مقتل, قتيل
stuck: عالق, عالقين
stricken: منكوب, متضرر
undergo: خضع, خضوع
underwent: خضع, خضوع
undergone: خضع, خضوع
burnt: أحرق, احترق
learnt: تعلم
thieves: لص, لصوص, سارق
fishermen: صياد, صيادين
chairmen: رئيس, رؤساء
fireman: إطفائي, رجال الإطفاء
firemen: إطفائي, رجال الإطفاء
spokeswomen: متحدثة, ناطقة
businesswoman: سيدة أعمال
businesswomen: سيدة أعمال, سيدات أعمال
policewoman: شرطية
policewomen: شرطية, شرطيات
phenomenon: ظاهرة, ظواهر
phenomena: ظاهرة, ظواهر
indices: مؤشر, مؤشرات
analyse: حلل, تحليل
higher: أعلى, ارتفاع, مرتفع
larger: أكبر
bigger: أكبر
greater: أكبر
cheaper: أرخص
better: أفضل, تحسن
ethiopia: إثيوبيا
south sudan: جنوب السودان
south africa: جنوب أفريقيا, جنوب إفريقيا
greece: اليونان
netherlands: هولندا
belgium: بلجيكا
sweden: السويد
norway: النرويج
switzerland: سويسرا
austria: النمسا
north korea: كوريا الشمالية
south korea: كوريا الجنوبية
asia: آسيا
asian: آسيوي
levant: الشام, بلاد الشام, المشرق
maghreb: المغرب العربي
sahel: الساحل, منطقة الساحل
red sea: البحر الأحمر
mediterranean: البحر المتوسط, البحر الأبيض المتوسط
persian gulf: الخليج
arabian peninsula: شبه الجزيرة العربية
mecca: مكة, مكة المكرمة
makkah: مكة, مكة المكرمة
medina: المدينة المنورة
muscat: مسقط
algiers: الجزائر
casablanca: الدار البيضاء
taiz: تعز
hebron: الخليل
bethlehem: بيت لحم
rafah: رفح
khan younis: خان يونس
haifa: حيفا
sidon: صيدا
tyre: صور
aqaba: العقبة
port said: بورسعيد, بور سعيد
suez: السويس
gaziantep: غازي عنتاب
kyiv: كييف
kiev: كييف
heist: سطو, عملية سطو, سطو مسلح, سرقة, سرقة كبرى
armed robbery: سطو مسلح, سرقة بالإكراه, سلب
bank robbery: سطو على بنك, سطو على مصرف, سرقة بنك, سطو مسلح
getaway: فرار, هروب, فر, لاذ بالفرار
getaway car: سيارة الفرار, سيارة, لاذ بالفرار
on the run: فار, هارب, متوار, فارا, لا يزال فارا, متوار عن الأنظار
at large: طليق, فار, هارب, متوار, لا يزال طليقا
escapee: هارب, فار, هاربون, فارون, سجين هارب
jailbreak: هروب من السجن, فرار من السجن, فرار سجناء, هروب سجناء
breakout: هروب, فرار, هروب من السجن, اندلاع
hostage taking: احتجاز رهائن, أخذ رهائن, احتجاز
looter: ناهب, لصوص, سارق, ناهبين
pickpocket: نشال, نشل
mugging: سلب, سرقة بالإكراه
carjacking: سرقة سيارة, سلب سيارة, سرقة السيارات
car theft: سرقة سيارة, سرقة السيارات
armed men: مسلحون, مسلحين, رجال مسلحون
masked gunmen: مسلحون ملثمون, ملثمون, مسلحين ملثمين
unknown gunmen: مسلحون مجهولون, مجهولون, مسلحين مجهولين
jewelry store: محل مجوهرات, محلات الذهب, محل ذهب, صائغ
jeweller: صائغ, صاغة, محل مجوهرات
jeweler: صائغ, صاغة, محل مجوهرات
goldsmith: صائغ, صاغة
money exchange: صرافة, محل صرافة, صراف
currency exchange: صرافة, صرف العملات, محل صرافة
exchange office: صرافة, مكتب صرافة, محل صرافة
money changer: صراف, صرافة
moneychanger: صراف, صرافة
news website: موقع, موقع إخباري, موقع إلكتروني
stolen goods: مسروقات, أغراض مسروقة
prison guard: سجان, سجانين, حارس السجن, حراس السجن
handcuff: قيد, أصفاد, كبل
wanted: مطلوب, مطلوبين, مطلوبون, ملاحق
most wanted: أخطر المطلوبين, مطلوب, قائمة المطلوبين
abductor: خاطف, خاطفون, خاطفين
captor: خاطف, خاطفين, آسر
arsonist: مضرم النار, مشعل الحريق, حرق متعمد
rioter: مثير الشغب, مثيري الشغب, مشاغب, مشاغبين
water cannon: خراطيم المياه, مدافع المياه, رش المياه
security forces: قوات الأمن, الأجهزة الأمنية, قوى الأمن, عناصر الأمن, القوى الأمنية
riot police: شرطة مكافحة الشغب, قوات مكافحة الشغب
cordon: طوق, طوق أمني
search operation: عملية بحث, عمليات بحث, عملية تمشيط, حملة تفتيش
overpower: تغلب, سيطر, تمكن
security breach: خرق أمني, اختراق أمني, ثغرة أمنية
investigation committee: لجنة تحقيق, لجنة التحقيق
captagon: كبتاغون, كابتاغون, كبتاجون, حبوب مخدرة
hashish: حشيش, حشيشة
cannabis: قنب, حشيش, ماريجوانا, حشيشة
security camera: كاميرا مراقبة, كاميرات مراقبة, كاميرات المراقبة
tip off: بلاغ, إخبارية, معلومات
public prosecution: النيابة العامة, النيابة
track down: تعقب, تتبع, عثر, رصد
hiding: اختباء, مخبأ, متوار, مختبئ
shot dead: قتل بالرصاص, أردى, أرداه قتيلا, قتل رميا بالرصاص
kalashnikov: كلاشنيكوف, بندقية
prison riot: تمرد في السجن, عصيان, تمرد السجناء, أعمال شغب
security official: مسؤول أمني, مصدر أمني
security source: مصدر أمني, مصادر أمنية
medical source: مصدر طبي, مصادر طبية
local source: مصدر محلي, مصادر محلية
military source: مصدر عسكري, مصادر عسكرية
security chief: مدير الأمن, قائد الأمن, رئيس جهاز الأمن
police chief: قائد الشرطة, مدير الشرطة, قائد شرطة
head of police: قائد الشرطة, مدير الشرطة
security director: مدير الأمن
deputy governor: نائب المحافظ, نائب محافظ
tribal elder: شيخ عشيرة, وجهاء, شيوخ العشائر
tribal leader: شيخ عشيرة, شيخ قبيلة, زعيم قبلي
clan leader: شيخ عشيرة, وجيه
dignitary: وجهاء, شخصيات, وجيه
mukhtar: مختار, مخاتير
field commander: قائد ميداني, قادة ميدانيين
kingpin: زعيم, تاجر مخدرات, زعيم عصابة
ringleader: زعيم العصابة, العقل المدبر, متزعم
gang leader: زعيم عصابة, زعيم العصابة, رئيس عصابة
smuggling network: شبكة تهريب, شبكات تهريب
smuggling route: طريق تهريب, طرق التهريب, معابر التهريب
dawn raid: مداهمة فجرا, مداهمة
security campaign: حملة أمنية, حملات أمنية
security operation: عملية أمنية, عمليات أمنية
security plan: خطة أمنية
security measure: إجراءات أمنية, تدابير أمنية, إجراء أمني
tight security: إجراءات أمنية مشددة, استنفار أمني
heightened security: استنفار أمني, تشديد أمني, إجراءات أمنية مشددة
state of alert: حالة تأهب, حالة استنفار, استنفار
high alert: تأهب قصوى, استنفار, حالة تأهب
security situation: الوضع الأمني, الأوضاع الأمنية
security vacuum: فراغ أمني, فلتان أمني
crime wave: موجة جرائم, تصاعد الجرائم, فلتان أمني
spree: سلسلة, موجة
security chaos: فلتان أمني, فوضى أمنية
detour: تحويلة, طريق بديل, طريق فرعي
road closure: إغلاق الطرق, قطع الطرق, طرق مغلقة, إغلاق الطريق
heavy snow: ثلوج كثيفة, تساقط كثيف للثلوج
ice storm: عاصفة جليدية, جليد
snowed in: محاصر بالثلوج, عالق, حاصرت الثلوج
snowbound: محاصر بالثلوج, عالق
snowplow: كاسحة ثلوج, كاسحات الثلوج, جرافة
snowplough: كاسحة ثلوج, كاسحات الثلوج, جرافة
snow removal: إزالة الثلوج, فتح الطرق, جرف الثلوج
snowdrift: تراكم الثلوج, كثبان ثلجية
cold wave: موجة برد, موجة صقيع, موجة باردة, موجة البرد
cold snap: موجة برد, موجة صقيع
air mass: كتلة هوائية, منخفض جوي
low pressure: منخفض جوي, منخفض
below zero: تحت الصفر, ما دون الصفر
sub-zero: تحت الصفر, ما دون الصفر
hypothermia: انخفاض حرارة الجسم, برد, البرد الشديد, تجمد
frostbite: قضمة الصقيع, تجمد
freeze to death: مات بردا, تجمد, توفي من البرد
impassable: مقطوع, مغلق, تعذر المرور
blocked: مغلق, مقطوع, أغلق, قطع
power line: خط كهرباء, خطوط الكهرباء, خطوط التوتر, أعمدة الكهرباء
electricity grid: شبكة الكهرباء, الشبكة الكهربائية, شبكة كهربائية
fuel oil: مازوت, فيول, زيت الوقود
heating oil: مازوت, مازوت التدفئة, وقود التدفئة
kerosene: كاز, كيروسين
search and rescue: البحث والإنقاذ, بحث وإنقاذ, فرق الإنقاذ
fire brigade: فوج الإطفاء, الإطفاء, رجال الإطفاء, فرق الإطفاء
civil protection: الحماية المدنية, الدفاع المدني
crisis cell: خلية أزمة, خلية الأزمة
operations room: غرفة عمليات, غرفة العمليات
eruption: ثوران, ثوران بركاني, اندلاع
richter: ريختر, مقياس ريختر
oil spill: تسرب نفطي, بقعة نفطية, تسرب النفط
gas leak: تسرب غاز, تسرب الغاز
material damage: أضرار مادية, خسائر مادية
sunstroke: ضربة شمس
school closure: إغلاق المدارس, تعطيل المدارس, تعليق الدوام
official holiday: عطلة رسمية
day off: عطلة, يوم عطلة, تعطيل
submerged: غمر, غمرت المياه, مغمور
sweep away: جرف, جرفت, جرفته السيول
washed away: جرف, جرفته السيول, جرفت
centimetre: سنتيمتر, سنتيمترات, سم
centimeter: سنتيمتر, سنتيمترات, سم
cm: سنتيمتر, سم
shelter centre: مركز إيواء, مراكز الإيواء
shelter center: مركز إيواء, مراكز الإيواء
building collapse: انهيار مبنى, انهيار بناية, سقوط مبنى
under the rubble: تحت الأنقاض, تحت الركام
lose control: فقد السيطرة, خسر السيطرة, خرج عن السيطرة
heavy weapons: أسلحة ثقيلة, الأسلحة الثقيلة
light weapons: أسلحة خفيفة, أسلحة فردية
bastion: معقل, معاقل
last stronghold: آخر معقل, آخر معاقل
encirclement: تطويق, حصار, طوق
desertion: انشقاق, فرار, انشقاقات
deserter: منشق, منشقين, فار
evacuation deal: اتفاق إجلاء, اتفاق إخلاء, اتفاق تسوية, اتفاق الإجلاء
green buses: الباصات الخضراء, الحافلات الخضراء
chemical attack: هجوم كيميائي, هجوم كيماوي, هجوم بالأسلحة الكيميائية
territorial gain: مكاسب ميدانية, تقدم ميداني
repulse: صد, تصدى, صد هجوم
redeploy: إعادة انتشار, أعاد انتشار, إعادة تموضع
reposition: إعادة تموضع, تموضع, إعادة انتشار
military police: شرطة عسكرية, الشرطة العسكرية
mobilisation: تعبئة, حشد, حشود
heavy fighting: معارك عنيفة, اشتباكات عنيفة, قتال عنيف
violent clashes: اشتباكات عنيفة, مواجهات عنيفة
ceasefire violation: خرق وقف إطلاق النار, خروقات الهدنة, انتهاك وقف إطلاق النار, خرق الهدنة
truce violation: خرق الهدنة, خروقات الهدنة
lull: هدوء, هدوء حذر, تهدئة
area of control: مناطق سيطرة, مناطق نفوذ, منطقة سيطرة
control zone: مناطق سيطرة, مناطق نفوذ, منطقة سيطرة
sphere of influence: مناطق نفوذ, منطقة نفوذ
demarcation line: خط الفصل, خط ترسيم, خط التماس
line of contact: خط التماس, خطوط التماس
ceasefire agreement: اتفاق وقف إطلاق النار, اتفاق الهدنة
monitoring mission: بعثة مراقبة, بعثة مراقبين
regime forces: قوات النظام, جيش النظام
government forces: القوات الحكومية, قوات الحكومة, الجيش
rebel-held: خاضع لسيطرة المعارضة, مناطق المعارضة, سيطرة الفصائل
opposition-held: خاضع لسيطرة المعارضة, مناطق المعارضة, سيطرة المعارضة
dislodge: طرد, أخرج, دحر
drive out: طرد, أخرج, دحر
oust: أطاح, طرد, إطاحة, أقصى
clearing operation: عملية تمشيط, تمشيط, تطهير
mop up: تمشيط, تطهير
forced displacement: تهجير قسري, التهجير القسري
resettle: أعاد توطين, إعادة توطين, توطين
host community: مجتمع مضيف, المجتمعات المضيفة
downed: أسقط, إسقاط, سقوط
take refuge: لجأ, احتمى, لجوء
air drop: إسقاط جوي, إنزال جوي
aid convoy: قافلة مساعدات, قوافل المساعدات, قافلة إغاثة
aid delivery: إيصال المساعدات, إدخال المساعدات, توزيع المساعدات
food aid: مساعدات غذائية, معونات غذائية
crossing point: معبر, نقطة عبور, منفذ
displacement camp: مخيم نزوح, مخيمات النزوح, مخيم نازحين
joint statement: بيان مشترك, البيان المشترك
joint communique: بيان مشترك, بلاغ مشترك
closing statement: بيان ختامي, البيان الختامي
final declaration: إعلان ختامي, البيان الختامي, إعلان
host country: البلد المضيف, الدولة المضيفة
draft resolution: مشروع قرار, مشروع القرار
head of delegation: رئيس الوفد, رئيس وفد
round of talks: جولة محادثات, جولة مفاوضات, جولة
express concern: أعرب عن قلقه, قلق, أبدى قلقه
reaffirm: جدد, أكد مجددا, جدد التأكيد, أكد
donor conference: مؤتمر المانحين, مؤتمر مانحين
aid package: حزمة مساعدات, مساعدات
tripartite: ثلاثي, الثلاثي
quartet: الرباعية, اللجنة الرباعية, رباعي
counterproposal: مقترح مضاد, اقتراح مضاد
normalisation: تطبيع, تطبيع العلاقات
normalize: طبع, تطبيع
normalise: طبع, تطبيع
cut ties: قطع العلاقات, قطع علاقاتها
restore ties: استئناف العلاقات, إعادة العلاقات, استعادة العلاقات
expulsion: طرد, ترحيل, إبعاد
oic: منظمة التعاون الإسلامي
co-chair: رئاسة مشتركة, رئيس مشارك, ترأس
observer status: صفة مراقب, عضو مراقب
closing session: الجلسة الختامية, جلسة ختامية
opening session: الجلسة الافتتاحية, جلسة افتتاحية
sideline: هامش, على هامش
on the sidelines: على هامش
bilateral meeting: لقاء ثنائي, اجتماع ثنائي
emergency session: جلسة طارئة, دورة طارئة
extraordinary session: دورة استثنائية, جلسة استثنائية
emergency meeting: اجتماع طارئ, اجتماعا طارئا
ministerial: وزاري, اجتماع وزاري
ministerial meeting: اجتماع وزاري
memorandum of understanding: مذكرة تفاهم
confidence-building: بناء الثقة, إجراءات بناء الثقة
shuttle diplomacy: دبلوماسية مكوكية, جولات مكوكية
signing ceremony: حفل توقيع, مراسم التوقيع
permanent member: عضو دائم, الأعضاء الدائمين, دائمة العضوية
member state: دولة عضو, الدول الأعضاء
rotating presidency: رئاسة دورية, الرئاسة الدورية
arab summit: القمة العربية, قمة عربية
wording: صياغة, نص
lift subsidy: رفع الدعم, إلغاء الدعم
subsidy cut: رفع الدعم, خفض الدعم
fuel price: أسعار الوقود, سعر الوقود, أسعار المحروقات, سعر البنزين
gas cylinder: أسطوانة غاز, جرة غاز, قارورة غاز, أسطوانات الغاز
bread price: سعر الخبز, سعر ربطة الخبز
budget deficit: عجز الموازنة, عجز الميزانية
labor union: نقابة عمال, نقابة, اتحاد العمال, الاتحاد العام للشغل
labour union: نقابة عمال, نقابة, اتحاد العمال, الاتحاد العام للشغل
workers union: نقابة العمال, اتحاد العمال
teachers union: نقابة المعلمين
unionist: نقابي, نقابيون, نقابيين
ration card: بطاقة تموينية, البطاقة التموينية
insurance company: شركة تأمين, شركات التأمين
insured: مؤمن, مؤمن عليه, مؤمن عليهم
policyholder: مؤمن له, حامل الوثيقة, مؤمن
indemnity: تعويض, تعويضات
damages: تعويضات, أضرار, خسائر, ضرر
reimbursement: تعويض, استرداد, سداد
payout: تعويض, تعويضات, مبلغ, دفعة, صرف, مستحقات
wage increase: زيادة الأجور, زيادة الرواتب
raise prices: رفع الأسعار, زيادة الأسعار
price rise: ارتفاع الأسعار, غلاء
high prices: غلاء, ارتفاع الأسعار, غلاء الأسعار
unpaid: غير مدفوع, متأخرات, مستحقات, لم تصرف
transport allowance: بدل نقل, بدل مواصلات
housing allowance: بدل سكن
family allowance: منحة عائلية, تعويضات عائلية, علاوة عائلية
strike action: إضراب, إضرابات
industrial action: إضراب, تحرك نقابي, احتجاجات عمالية
go on strike: أضرب, إضراب, دخل في إضراب
picket: اعتصام, وقفة احتجاجية
work stoppage: توقف عن العمل, إضراب, تعطيل العمل
stoppage: توقف, إضراب, تعطيل
shutdown: إغلاق, توقف, تعطيل, شلل
hunger strike: إضراب عن الطعام
collective bargaining: مفاوضة جماعية, مفاوضات جماعية
ministry of labour: وزارة العمل
ministry of labor: وزارة العمل
filling station: محطة وقود, محطة بنزين
confederation: كونفدرالية, اتحاد
electricity price: أسعار الكهرباء, تعرفة الكهرباء
confirmed case: حالة مؤكدة, إصابة مؤكدة, حالات مؤكدة, إصابات مؤكدة
suspected case: حالة مشتبه بها, اشتباه, حالات مشتبه بها
new case: إصابات جديدة, حالات جديدة, إصابة جديدة
infection rate: معدل الإصابات, نسبة الإصابة, معدل الإصابة
spray campaign: حملة رش, حملات رش
fumigation: رش, تعقيم, تبخير, رش المبيدات
pest control: مكافحة الآفات, مكافحة الحشرات, رش المبيدات
larvae: يرقات, يرقة
breeding: تكاثر, توالد
stagnant water: مياه راكدة, المياه الراكدة, مستنقعات
sandfly: ذبابة الرمل, ذباب الرمل
rat: جرذ, جرذان, فئران, فأر
rodent: قوارض
stray dog: كلاب شاردة, كلاب ضالة
inoculate: لقح, تلقيح, تطعيم
health centre: مركز صحي, مراكز صحية, مستوصف
influenza: إنفلونزا, انفلونزا
swine flu: إنفلونزا الخنازير
diphtheria: خناق, دفتيريا
meningitis: التهاب السحايا
chickenpox: جدري الماء
medical team: فريق طبي, فرق طبية, طواقم طبية, كوادر طبية
health official: مسؤول صحي, مسؤولين صحيين
health authority: السلطات الصحية, الجهات الصحية
containment: احتواء, الحد من انتشار
awareness campaign: حملة توعية, حملات توعية
door to door: من منزل إلى منزل, من بيت لبيت, جوالة
drug shortage: نقص الأدوية, شح الأدوية
waterborne: منقولة بالمياه, عبر المياه
chlorination: كلورة, تعقيم المياه, معالجة المياه
sterilize: عقم, تعقيم
sterilise: عقم, تعقيم
isolation center: مركز عزل, مراكز العزل
isolation centre: مركز عزل, مراكز العزل
yet: حتى الآن, حتى اللحظة
so far: حتى الآن, حتى اللحظة, لغاية الآن, حتى الساعة
thus far: حتى الآن, حتى اللحظة
to date: حتى الآن, حتى تاريخه, حتى اليوم
until now: حتى الآن, حتى اليوم, لغاية الآن
long: طويل, طويلة, مدة, طوال
away from: على بعد, بعيدا عن, يبعد
farthest: أبعد, أقصى
furthest: أبعد, أقصى
in total: إجمالي, مجموع, في المجموع, إجمالا, حصيلة
in all: إجمالا, في المجموع, إجمالي
altogether: إجمالا, في المجموع, مجموع
combined: مجتمعة, مجموع, إجمالي
cumulative: تراكمي, إجمالي
total number: إجمالي عدد, العدد الإجمالي, مجموع
grand total: المجموع الكلي, الإجمالي
exact: دقيق, بالضبط, تحديدا, بالتحديد
precise: دقيق, محدد, بدقة
at least: على الأقل, ما لا يقل عن, لا يقل
at most: على الأكثر, كحد أقصى, لا يتجاوز
more than: أكثر من, ما يزيد على, ما يزيد عن, أزيد من
less than: أقل من, ما دون
first time: لأول مرة, للمرة الأولى, أول مرة
last time: آخر مرة, للمرة الأخيرة
aged: يبلغ من العمر, عمر, عاما
year old: عاما, من العمر, يبلغ من العمر
severity: شدة, حدة, خطورة
rise to: ارتفع إلى, ارتفعت
amount to: بلغ, وصل إلى
countrywide: أنحاء البلاد, على مستوى البلاد
across the country: أنحاء البلاد, مختلف أنحاء البلاد, على مستوى البلاد
border area: منطقة حدودية, مناطق حدودية, الشريط الحدودي
next to: بجوار, بجانب, قرب
claim responsibility: تبنى, أعلن مسؤوليته, تبنى المسؤولية
abdomen: بطن
abduction: اختطاف, خطف
aboard: على متن, متن
abortion: إجهاض
absolute: مطلق
absolutely: تماما, إطلاقا
absorb: امتص, استوعب
absurd: سخيف, عبثي
abusive: مسيء
academic: أكاديمي, أكاديميون, جامعي
academy: أكاديمية, أكاديميات, كلية
military academy: الكلية الحربية, كلية عسكرية, أكاديمية عسكرية
cadet: طالب ضابط, طلاب ضباط, طالب
accelerate: تسارع, سرع, تسريع
acceleration: تسارع
accent: لهجة, لكنة
acceptable: مقبول
acceptance: قبول
accession: انضمام
accidental: عرضي
accidentally: بالخطأ, عن طريق الخطأ
accommodate: استوعب, استضاف
accommodation: سكن, إقامة
accompany: رافق, مرافقة
accomplice: شريك, متواطئ
accountant: محاسب, محاسبون
accounting: محاسبة
accumulate: تراكم, تراكمات
accuracy: دقة
accurate: دقيق, دقة
accustomed: معتاد
ache: ألم, أوجاع
acid: حمض, أحماض, أسيد
acquaintance: معارف
acre: فدان, أفدنة
across: أنحاء, عبر
act: تصرف, فعل, قانون
activate: فعل, تفعيل
active: نشط, نشيط, فعال
actively: بنشاط
actual: فعلي, حقيقي
actually: فعلا, في الواقع
acute: حاد
ad: إعلان, إعلانات
adapt: تكيف, تأقلم
adaptation: تكيف
addict: مدمن, مدمنون
addicted: مدمن
addition: إضافة
adequate: كاف, ملائم
adjacent: مجاور, محاذ
adjust: عدل, تعديل
adjustment: تعديل, تعديلات
administer: أدار
administrative: إداري
administrator: مدير, مسؤول
admiral: أميرال
admiration: إعجاب
admire: أعجب, إعجاب
adolescent: مراهق, مراهقون
adoption: تبني, اعتماد
adultery: زنا
advantage: ميزة, أفضلية
adventure: مغامرة, مغامرات
adversary: خصم, خصوم
adverse: سلبي, عكسي
advertise: روج, إعلان
advertisement: إعلان, إعلانات
advertising: إعلان, إعلانات, دعاية
advocate: مدافع, دعا
aerial: جوي
affection: مودة, حنان
affidavit: إفادة خطية
affiliate: فرع, تابع
affiliated: تابع, مرتبط
affirm: أكد
afraid: خائف
afterwards: لاحقا, فيما بعد
ageing: شيخوخة
agent: عميل, عملاء, وكيل
aggravate: فاقم, تفاقم
aggressive: عدواني
aggressor: معتد, معتدون
aging: شيخوخة
ago: منذ, قبل
agony: عذاب, معاناة
aids: الإيدز, مساعدات
air: هواء, جو, جوي
airbus: إيرباص
airfield: مطار, مدرج
airlift: جسر جوي
airplane: طائرة, طائرات
alarm: إنذار, جرس إنذار
alarmed: قلق
alarming: مقلق, مثير للقلق
album: ألبوم, ألبومات
alcohol: كحول, خمر, خمور
alcoholic: كحولي
algorithm: خوارزمية, خوارزميات
alien: فضائي, أجنبي
alike: سواء
allegedly: يزعم, مزعوم
allegiance: ولاء, بيعة
allergic: حساسية
allergy: حساسية
alleviate: خفف, تخفيف
alley: زقاق, أزقة
allied: حليف, متحالف
alligator: تمساح
alone: وحيد, بمفرده, وحده
alongside: جانب
alphabet: أبجدية
already: بالفعل
alter: غير, عدل, تغيير
altitude: ارتفاع
aluminium: ألومنيوم, ألمنيوم
aluminum: ألومنيوم, ألمنيوم
alumni: خريجون
alzheimer: ألزهايمر
amateur: هاو, هواة
amaze: أذهل, دهشة
amazed: مندهش
amazing: مذهل, رائع
ambiguity: غموض
ambiguous: غامض
ambition: طموح, طموحات
ambitious: طموح
amusement: تسلية, ترفيه
amusement park: مدينة ملاه, ملاهي
anarchy: فوضى
anatomy: تشريح
ancestor: جد, أجداد, أسلاف
anchor: مرساة, مذيع
ancient: قديم, أثري
angel: ملاك, ملائكة
angle: زاوية, زوايا
animal: حيوان, حيوانات
ankle: كاحل
announcer: مذيع
annoy: أزعج, إزعاج
annoying: مزعج
antenna: هوائي, هوائيات
anthem: نشيد
anthrax: الجمرة الخبيثة
antibiotic: مضاد حيوي, مضادات حيوية
antibody: أجسام مضادة
anticipate: توقع, ترقب
anticipation: ترقب
antidote: ترياق
antique: تحفة, تحف
anxious: قلق
apartheid: فصل عنصري
apparatus: جهاز, أجهزة
apparent: واضح, ظاهر
apparently: على ما يبدو, يبدو
appear: ظهر
appearance: ظهور, مظهر
appendix: زائدة دودية, ملحق
appetite: شهية
applaud: صفق, أشاد
applause: تصفيق
apple: تفاح, تفاحة
appliance: جهاز, أجهزة
applicant: متقدم, متقدمون
appreciate: قدر, تقدير
appreciation: تقدير
apprehend: اعتقل, قبض
apprentice: متدرب
appropriate: مناسب, ملائم
approximate: تقريبي
aquarium: حوض أسماك
arbitrary: تعسفي
arbitration: تحكيم
arch: قوس, أقواس
archbishop: رئيس أساقفة, مطران
archipelago: أرخبيل
architect: مهندس معماري
architecture: عمارة, هندسة معمارية
archive: أرشيف, أرشيفات
arctic: القطب الشمالي
arena: ساحة, حلبة
argument: حجة, جدال, خلاف
arid: جاف, قاحل
arithmetic: حساب
arm: ذراع, أذرع, سلح
armada: أسطول
armistice: هدنة
armor: درع, دروع
armour: درع, دروع
arrange: رتب, نظم
arrears: متأخرات
arrogance: غطرسة
arrogant: متغطرس
arrow: سهم, أسهم
artery: شريان, شرايين
arthritis: التهاب المفاصل
artificial: اصطناعي
artisan: حرفي, حرفيون
artistic: فني
ash: رماد
ashamed: خجل
ashore: الشاطئ, البر
asleep: نائم
aspect: جانب, جوانب
aspiration: طموح, تطلعات
aspirin: أسبرين
assailant: مهاجم, مهاجمون
assassin: قاتل, قتلة
assemble: تجمع, جمع, تجميع
assert: أكد
assertion: تأكيد
assign: كلف, عين, خصص
assignment: مهمة, تكليف
assistant: مساعد, مساعدون
associate: شريك, ربط
associated: مرتبط
assumption: افتراض
assure: طمأن, أكد
asteroid: كويكب
asthma: ربو
astonishing: مذهل
astronaut: رائد فضاء, رواد فضاء
astronomy: فلك
ate: أكل, تناول
athletic: رياضي
atlantic: الأطلسي, المحيط الأطلسي
atmosphere: أجواء, جو, غلاف جوي
atom: ذرة, ذرات
attach: أرفق, ربط, ألحق
attached: مرفق
attain: حقق, بلغ
attention: انتباه, اهتمام
attitude: موقف, سلوك
attract: جذب, استقطب
attraction: جاذبية, معلم
attractive: جذاب
attribute: عزا, نسب
auction: مزاد, مزادات
audio: صوتي, تسجيل صوتي
auditorium: قاعة
aunt: عمة, خالة
australia: أستراليا
australian: أسترالي
authentic: أصلي, موثوق
autism: توحد
autocrat: مستبد
automatic: آلي, تلقائي
automatically: تلقائيا
automation: أتمتة
automobile: سيارة, سيارات
auxiliary: مساعد, احتياطي
avalanche: انهيار ثلجي
avenge: انتقم, ثأر
avenue: شارع, جادة
await: انتظر, ترقب
awake: مستيقظ
awaken: أيقظ
aware: مدرك, وعي
awareness: وعي, توعية
awful: فظيع
awkward: محرج
awoke: استيقظ
awoken: استيقظ
axe: فأس
axis: محور
backbone: عمود فقري
backer: داعم, داعمون
backlash: ردود فعل, انتقادات
backpack: حقيبة ظهر
bacteria: بكتيريا, جراثيم
bad: سيء, سيئ, رديء
badge: شارة, شارات
badly: بشدة, بشكل سيء
bag: حقيبة, حقائب, كيس, أكياس
baggage: أمتعة
bake: خبز
baker: خباز, خبازون
balcony: شرفة, شرفات, بلكونة
bald: أصلع
ball: كرة
balloon: بالون, منطاد
banana: موز
band: فرقة, فرق
bandage: ضمادة, ضمادات
bandit: لص, قطاع طرق
banker: مصرفي, مصرفيون
bankroll: مول, تمويل
banquet: مأدبة, وليمة
barely: بالكاد
bargain: صفقة, مساومة
barn: حظيرة
barracks: ثكنة, ثكنات
barricade: متراس, متاريس, حاجز
basement: قبو, طابق سفلي
basin: حوض, أحواض
basis: أساس
basket: سلة, سلال
bat: خفاش, مضرب
batch: دفعة, دفعات
bath: حمام
bathroom: حمام, دورة مياه
baton: هراوة, هراوات
bay: خليج
bazaar: سوق, بازار
beam: شعاع, عارضة
bean: فول, فاصولياء
bear: دب, تحمل
beard: لحية, لحى
beast: وحش, وحوش
beaten: ضرب, هزم
beautiful: جميل, جميلة
bedroom: غرفة نوم
bee: نحل, نحلة
beef: لحم بقر
beer: بيرة, جعة
beg: توسل, تسول
beggar: متسول, متسولون
begging: تسول
behave: تصرف
behavior: سلوك, تصرف, تصرفات
behaviour: سلوك, تصرف, تصرفات
belief: اعتقاد, معتقد, معتقدات, إيمان
bell: جرس, أجراس
belligerent: متحارب
belly: بطن
belongings: ممتلكات, متعلقات, أغراض
beloved: حبيب, محبوب
belt: حزام, أحزمة
bench: مقعد, مقاعد
bet: رهان, راهن
betray: خان, خيانة
betrayal: خيانة
beverage: مشروب, مشروبات
beware: حذر
bias: تحيز, انحياز
biased: متحيز, منحاز
billionaire: ملياردير
biodiversity: تنوع بيولوجي, تنوع حيوي
biology: أحياء, علم الأحياء
bipartisan: الحزبين
bird: طائر, طيور, عصفور
birthday: عيد ميلاد
biscuit: بسكويت
bitcoin: بيتكوين
bite: عض, لدغ, عضة
bitten: عض, لدغ
bitter: مر, مرير
bizarre: غريب
black: أسود, سوداء, سود
bladder: مثانة
blade: شفرة, نصل
blank: فارغ
bled: نزف, نزيف
bleed: نزف, نزيف
blend: مزيج, خلط
bless: بارك
blessing: بركة, نعمة
blind: أعمى, مكفوف, مكفوفون, عميان
blindness: عمى
blitz: هجوم خاطف
blizzard: عاصفة ثلجية, ثلوج كثيفة, عاصفة, تساقط الثلوج
blockchain: بلوكتشين, سلسلة الكتل
blog: مدونة, مدونات
blogger: مدون, مدونون
blonde: أشقر, شقراء
blood pressure: ضغط الدم
bloodiest: الأكثر دموية, الأعنف
blue: أزرق, زرقاء
bodyguard: حارس شخصي, حراس
boeing: بوينغ
boil: غلى, غليان
bold: جريء, جرأة
bolster: عزز, تعزيز
bombshell: مفاجأة
bone: عظم, عظام
booklet: كتيب
bookstore: مكتبة
boot: حذاء, جزمة
booth: كشك, أكشاك
bored: ملل
boredom: ملل
boring: ممل
bother: أزعج, إزعاج
bottle: زجاجة, زجاجات, قنينة
bottom: قاع, أسفل
boulevard: شارع, جادة
bounty: مكافأة
bouquet: باقة
bourse: بورصة
bowl: وعاء, صحن
box: صندوق, صناديق, علبة
boxer: ملاكم
boyfriend: صديق, حبيب
bracelet: سوار, أساور
brain: دماغ, مخ
brake: فرامل, مكابح
branch: فرع, فروع, غصن
brand: علامة تجارية, ماركة
brass: نحاس
brave: شجاع, شجعان
bravery: شجاعة
brawl: شجار, عراك
brazil: البرازيل
brazilian: برازيلي
break: كسر, خرق, استراحة
breakdown: انهيار, عطل
breakfast: فطور, إفطار
breakthrough: اختراق, إنجاز
breast: ثدي
breast cancer: سرطان الثدي
breath: أنفاس, تنفس
breathe: تنفس
breed: تربية, سلالة, سلالات
breeze: نسيم
brent: برنت
brick: طوب, لبنة
bride: عروس
bridegroom: عريس
brief: موجز, قصير
briefcase: حقيبة
briefing: إحاطة
briefly: لفترة وجيزة, باختصار
bright: مشرق, ساطع
brilliant: رائع, لامع
broad: واسع, عريض
broaden: وسع, توسيع
brotherhood: أخوة
browser: متصفح
brush: فرشاة
brutal: وحشي
brutality: وحشية
bubble: فقاعة, فقاعات
bucket: دلو
buddhist: بوذي, بوذيون
buffalo: جاموس
bug: حشرة, خلل, ثغرة
bulb: مصباح, لمبة
bulk: معظم, الجزء الأكبر
bull: ثور, ثيران
bulldozer: جرافة, جرافات
bulletin: نشرة
bulletproof: مضاد للرصاص
bullion: سبائك
bully: تنمر
bundle: حزمة
bunker: ملجأ, مخبأ
bureau: مكتب
burglar: لص, لصوص, سارق, سارقين
burst: انفجر, انفجار
busy: مشغول, مزدحم
butcher: جزار, جزارون
butter: زبدة
butterfly: فراشة
button: زر, أزرار
bypass: تجاوز, طريق التفافي
bystander: مارة
cab: سيارة أجرة, تاكسي
cabin: كوخ, مقصورة
cadre: كادر, كوادر
cafe: مقهى, مقاه
cafeteria: مقصف, كافتيريا
caffeine: كافيين
cage: قفص, أقفاص
cake: كعكة, كعك
calamity: كارثة, مصيبة
calcium: كالسيوم
calculation: حساب, حسابات
calf: عجل
caller: متصل
calorie: سعرة حرارية, سعرات حرارية
camel: جمل, إبل
cameraman: مصور
camouflage: تمويه
campaigner: ناشط, ناشطون
campus: حرم جامعي
canada: كندا
canadian: كندي
cancellation: إلغاء
candid: صريح
candle: شمعة, شموع
candy: حلوى
cannon: مدفع, مدافع
canyon: واد, وادي
cap: سقف, قبعة
capability: قدرة, قدرات
capable: قادر
capital punishment: عقوبة الإعدام
capitalism: رأسمالية
capitalist: رأسمالي
capitulation: استسلام
capsule: كبسولة
captivity: أسر
carbon: كربون
carbon dioxide: ثاني أكسيد الكربون
cardboard: كرتون
cardiac: قلبي
cardinal: كاردينال
career: مسيرة, مهنة
cared: اهتم, رعاية
careful: حذر
carefully: بعناية, بحذر
careless: مهمل
caring: رعاية, اهتمام
carnival: كرنفال
carpenter: نجار
carpet: سجاد, سجادة
carriage: عربة
carrier: ناقل, ناقلة
cart: عربة
cartel: كارتل
carter: كارتر
cartoon: رسوم متحركة, كاريكاتير
carve: نحت
casino: كازينو
castle: قلعة, قصر
cat: قطة, قطط
catch: أمسك, قبض, اصطاد
category: فئة, فئات, صنف
cathedral: كاتدرائية
caucus: كتلة, تكتل
caution: حذر
cautious: حذر
cautiously: بحذر
cavalry: فرسان, خيالة
cave: كهف, كهوف, مغارة
cease: توقف, كف
celebrity: مشهور, مشاهير
cellar: قبو
cellphone: هاتف محمول, جوال
cellular: خلوي
celsius: مئوية
cement: إسمنت, أسمنت
censure: لوم, توبيخ
cent: سنت
center: مركز, مراكز
centre: مركز, مراكز
centrist: وسطي
cereal: حبوب
certain: مؤكد, متأكد
certainly: بالتأكيد
certainty: يقين
certified: معتمد
certify: صادق, اعتمد
chain: سلسلة, سلاسل
chairwoman: رئيسة
chalk: طباشير
challenger: منافس
chance: فرصة, فرص
chaotic: فوضوي
chapel: كنيسة صغيرة, مصلى
chapter: فصل, فصول
character: شخصية, شخصيات
characteristic: سمة, خصائص
charcoal: فحم
charitable: خيري
charm: سحر
chart: رسم بياني, جدول
chat: دردشة, محادثة
chatbot: روبوت محادثة
chauffeur: سائق
cheapest: أرخص
cheat: غش, خداع
cheating: غش
checkup: فحص
cheek: خد
cheer: هتف, هتاف
cheerful: مبتهج
cheese: جبن, جبنة
chef: طاه, طهاة, طباخ
chemist: كيميائي, صيدلي
chemistry: كيمياء
chemotherapy: علاج كيميائي
cheque: شيك, شيكات
cherry: كرز
chess: شطرنج
chew: مضغ
chicken: دجاج, دجاجة
childcare: رعاية الأطفال
childhood: طفولة
chili: فلفل حار
chill: برد
chimney: مدخنة
chin: ذقن
chip: رقاقة, رقائق
chocolate: شوكولاتة, شوكولا
choice: خيار, اختيار
choir: جوقة, كورال
choke: اختنق, خنق
cholesterol: كوليسترول
chop: قطع, فرم
chopper: مروحية
chorus: جوقة
christ: المسيح
christianity: المسيحية
chronicle: سجل
cigar: سيجار
cigarette: سيجارة, سجائر
circle: دائرة, دوائر
circuit: دائرة, حلبة
circular: تعميم, دائري
circulation: تداول, دورة
circumvent: تحايل, التفاف
circus: سيرك
civic: مدني
civilisation: حضارة, حضارات
civilization: حضارة, حضارات
clampdown: حملة قمع, قمع
clandestine: سري
clarification: توضيح
clarify: أوضح, توضيح
clarity: وضوح
classic: كلاسيكي
classical: كلاسيكي
classification: تصنيف
classified: سري, مصنف
classify: صنف, تصنيف
classmate: زميل دراسة, زملاء
clay: طين, صلصال
cleaner: عامل نظافة, منظف
cleaning: تنظيف, نظافة
cleanliness: نظافة
cleanup: تنظيف
clear: واضح, أزال, إزالة
clearance: تصريح, إزالة
clearly: بوضوح
clergy: رجال الدين
clerk: موظف, كاتب
clever: ذكي
click: نقر, نقرة
client: عميل, عملاء, زبون, زبائن
cliff: جرف, منحدر
climax: ذروة
climb: تسلق, صعد
climber: متسلق
clinch: حسم
clinical: سريري
closely: عن كثب
closer: أقرب
closest: أقرب
closet: خزانة
closing: إغلاق, ختام
clot: جلطة
cloth: قماش
cloud: سحابة, سحب, غيوم
cloudy: غائم
clown: مهرج
clue: دليل, أدلة
coal: فحم
coastline: ساحل, سواحل
coat: معطف
cocaine: كوكايين
cockpit: قمرة القيادة
cockroach: صرصور, صراصير
cocktail: كوكتيل
cocoa: كاكاو
coconut: جوز الهند
code: رمز, رموز, شيفرة, قانون
coercion: إكراه
coexistence: تعايش
coffee: قهوة
coffin: نعش, تابوت
cohesion: تماسك
coin: عملة معدنية, قطعة نقدية
coincidence: مصادفة, صدفة
colder: أبرد
coldest: أبرد
collaborate: تعاون
collaboration: تعاون
collaborator: متعاون, عميل
collar: ياقة
collateral: ضمان, ضمانات
collection: مجموعة, جمع
collector: جامع
collusion: تواطؤ
colombia: كولومبيا
colonial: استعماري
colonialism: استعمار
colony: مستعمرة, مستعمرات
color: لون, ألوان
colorful: ملون
colour: لون, ألوان
column: عمود, أعمدة, رتل
columnist: كاتب عمود
coma: غيبوبة
comb: مشط
combatant: مقاتل, مقاتلون
combination: مزيج, تركيبة
combine: جمع, دمج
comeback: عودة
comedian: كوميدي
comedy: كوميديا
comfort: راحة, عزاء
comfortable: مريح
comic: كوميدي
commandment: وصية, وصايا
commando: كوماندوز, مغاوير
commemoration: إحياء ذكرى, ذكرى
commence: بدأ
commend: أشاد, ثناء
commentator: معلق, محلل
common: مشترك, شائع
commonwealth: الكومنولث
communicate: تواصل, اتصل
communism: شيوعية
communist: شيوعي, شيوعيون
commute: تنقل
commuter: ركاب, مسافرون
companion: رفيق, رفاق
comparison: مقارنة
compass: بوصلة
compassion: تعاطف, رحمة
compatible: متوافق
compatriot: مواطن, مواطنون
compel: أجبر, أرغم
competent: كفء, مختص
competitive: تنافسي
competitor: منافس, منافسون
compile: جمع, أعد
complement: كمل, استكمل
complementary: تكميلي
completely: تماما, بالكامل
completion: إنجاز, اكتمال, استكمال
complex: معقد, مجمع
complexity: تعقيد
complicated: معقد
complication: مضاعفات, تعقيدات
complicity: تواطؤ
compliment: مديح, ثناء
component: مكون, مكونات
compose: ألف, لحن
composer: ملحن
composition: تركيبة, تكوين
compound: مجمع, مركب
comprise: ضم, تضم
comrade: رفيق, رفاق
conceal: أخفى, إخفاء
concentrate: ركز, تركيز
concentration: تركيز
concentration camp: معسكر اعتقال
concept: مفهوم, مفاهيم
concerned: معني, قلق
conclusion: خلاصة, استنتاج, ختام
concrete: خرسانة, ملموس
concussion: ارتجاج
condom: واق ذكري
conductor: قائد أوركسترا, موصل
confer: منح
confident: واثق
confidential: سري
confine: حصر, احتجز
confirmation: تأكيد
confiscation: مصادرة
conflicting: متضارب
conform: امتثل
confuse: أربك, خلط
confused: مرتبك, حائر
confusion: ارتباك, التباس
congested: مزدحم
congratulations: تهانينا, تهنئة
congressional: الكونغرس
conquer: غزا, فتح
conquest: غزو, فتح
conscience: ضمير
conscious: واع
consciousness: وعي
consecutive: متتالي, متتالية
consent: موافقة, رضا
considerable: كبير, ملحوظ
considerably: بشكل كبير
consideration: اعتبار
consistent: متسق, ثابت
consolation: عزاء
consolidate: عزز, رسخ
consortium: كونسورتيوم, تحالف
conspire: تآمر
constant: ثابت, مستمر
constantly: باستمرار
constitute: شكل
constraint: قيد, قيود
consular: قنصلي
consult: استشار, تشاور
consultant: مستشار, مستشارون
contact: اتصال, تواصل
contagion: عدوى
contemplate: فكر, درس
contemporary: معاصر
contempt: ازدراء
contender: منافس, منافسون
content: محتوى
contentious: مثير للجدل
contest: مسابقة, منافسة
contestant: متسابق, متسابقون
context: سياق
continent: قارة, قارات
continental: قاري
contingency: طوارئ
continuation: استمرار
continuity: استمرارية
continuous: مستمر, متواصل
contraband: مهربات
contradict: ناقض, تناقض
contradiction: تناقض
contrary: عكس, خلاف
contrast: تباين, تناقض
convenience: راحة
convenient: مناسب
convention: اتفاقية, مؤتمر
conversation: محادثة, حديث
conversion: تحويل
convey: نقل
cook: طبخ, طهي, طباخ
cookie: بسكويت, كعك
cool: بارد, تبريد
cooling: تبريد
cooperative: تعاونية, تعاوني
coordinator: منسق
cop: شرطي, شرطة
coped: تعامل, واجه
coping: تعامل, مواجهة
copper: نحاس
cops: شرطة, رجال شرطة
copy: نسخة, نسخ
copyright: حقوق الطبع, حقوق النشر
coral: مرجان
cord: حبل
core: جوهر, نواة
corn: ذرة
corner: زاوية, ركن
cornerstone: حجر الأساس
coronation: تتويج
coroner: طبيب شرعي
corporal: عريف
corporate: شركات
corporation: شركة, مؤسسة
correct: صحيح, صحح
correction: تصحيح
correctly: بشكل صحيح
correspondence: مراسلات
cosmetic: تجميلي, تجميل
cosmetics: مستحضرات تجميل
costly: مكلف
costume: زي, أزياء
cottage: كوخ
cotton: قطن
couch: أريكة
cough: سعال
counsel: مستشار, محام
counseling: إرشاد
counselor: مستشار
countdown: عد تنازلي
counter: مضاد, تصدى
county: مقاطعة
couple: زوجان, زوجين, ثنائي
courage: شجاعة
courageous: شجاع
courier: ساع, مندوب توصيل
course: دورة, دورات, مسار
courtesy: مجاملة
courthouse: مبنى المحكمة
courtroom: قاعة المحكمة
courtyard: فناء, باحة
cousin: ابن العم, ابن الخال, أقارب
covenant: عهد, ميثاق
cover-up: تستر
covert: سري
cow: بقرة, أبقار
coward: جبان, جبناء
cowardly: جبان
crab: سلطعون
crack: شق, تصدع
craft: حرفة, صناعة
craftsman: حرفي, حرفيون
crane: رافعة
crater: حفرة, فوهة
crawl: زحف
crazy: مجنون
cream: قشطة, كريمة
creation: إنشاء, خلق
creative: إبداعي, مبدع
creativity: إبداع
creator: خالق, مبتكر
creature: مخلوق, كائن
credentials: أوراق اعتماد
credibility: مصداقية
credible: موثوق
creek: جدول
crescent: هلال
cricket: كريكت
crocodile: تمساح, تماسيح
crossroads: مفترق طرق
crow: غراب
crown: تاج, توج
cruel: قاس
cruelty: قسوة
cruise: رحلة بحرية
cruiser: طراد
crusade: حملة صليبية
crusader: صليبي, صليبيون
crust: قشرة
cry: بكى, بكاء, صرخ
crystal: بلور, كريستال
cuba: كوبا
cuban: كوبي
cube: مكعب
cuisine: مطبخ
culminate: توج
culprit: جان, مرتكب
cult: طائفة, عبادة
cultivation: زراعة
curiosity: فضول
curious: فضولي
curtain: ستار, ستارة
curve: منحنى
cushion: وسادة
custodian: خادم, حارس
custom: عادة, عادات
customary: معتاد
cutback: خفض, تخفيض
cute: لطيف
cycle: دورة
cycling: دراجات
cyclist: دراج, دراجون
cyprus: قبرص
czech: تشيكي, التشيك
dairy: ألبان
damp: رطب, رطوبة
dance: رقص, رقصة
dancer: راقص, راقصة
danish: دنماركي
dare: تجرأ
dark: مظلم, داكن, ظلام
darkness: ظلام, عتمة
daylight: ضوء النهار
deadliest: الأكثر دموية, الأعنف
deaf: أصم, صم
dealer: تاجر, تجار
dean: عميد
decay: تحلل, تدهور
deceased: متوفى, راحل
deceive: خدع
decent: لائق
deception: خداع
deck: سطح
decorate: زين
decoration: زينة, ديكور
dedicate: كرس, خصص
dedication: تفان
deduct: خصم, اقتطع
deduction: خصم, اقتطاع
deed: صك, سند
deem: اعتبر
deep: عميق
deeper: أعمق
deepest: أعمق
deeply: بعمق, بشدة
deer: غزال, أيل
defective: معيب
defensive: دفاعي
defiance: تحد
defiant: متحد
define: حدد, عرف
definitely: بالتأكيد, قطعا
definition: تعريف
definitive: نهائي
deflation: انكماش
deforestation: إزالة الغابات
defuse: نزع فتيل, فكك
defy: تحدى
degrading: مهين
dehydrated: جفاف
delete: حذف
deliberate: متعمد
deliberately: عمدا, عن قصد
deliberation: مداولات
delicate: حساس
delicious: لذيذ
delight: فرح, سرور
delighted: مسرور
delivery: تسليم, توصيل
delta: دلتا
delusion: وهم, أوهام
demarcation: ترسيم
demise: زوال, وفاة
democrat: ديمقراطي, ديمقراطيون
demographic: ديموغرافي, سكاني
demon: شيطان, شياطين
dengue: حمى الضنك
denial: إنكار, نفي
denmark: الدنمارك
denomination: فئة, طائفة
dense: كثيف
density: كثافة
dental: أسنان
dentist: طبيب أسنان
deplore: استنكر
deportee: مرحل, مرحلون
depot: مستودع
depressed: مكتئب
depression: اكتئاب, منخفض, منخفض جوي
deprivation: حرمان
depth: عمق, أعماق
derive: استمد
descend: نزل, هبط
descendant: سليل, أحفاد
descent: نزول, أصل
description: وصف
deserve: استحق
designer: مصمم, مصممون
desire: رغبة
desk: مكتب
despair: يأس
desperate: يائس
desperately: بشدة, بيأس
desperation: يأس
dessert: حلوى
destabilize: زعزع, زعزعة
destiny: مصير, قدر
destroyer: مدمرة
destructive: مدمر
detection: كشف, رصد
detective: محقق
detector: كاشف
determination: تصميم, عزيمة
detonate: فجر, تفجير
detonation: تفجير
detonator: صاعق, جهاز تفجير
detrimental: ضار
devastated: مدمر
devastating: مدمر
devastation: دمار
deviate: انحرف
devil: شيطان
devise: وضع, ابتكر
devote: كرس
devotion: تفان
diabetic: مصاب بالسكري
diagnostic: تشخيصي
dial: اتصل
diamond: ماس, ألماس
diary: مذكرات, يوميات
dictate: أملى, فرض
dictatorship: ديكتاتورية
dictionary: قاموس, معجم
diet: نظام غذائي, حمية
differ: اختلف
different: مختلف
differently: بشكل مختلف
digest: هضم
digit: رقم, أرقام
dignity: كرامة
dilapidated: متهالك
dilemma: معضلة
dimension: أبعاد
diminish: تضاءل, قلص
dinner: عشاء
dinosaur: ديناصور, ديناصورات
dip: انخفاض
diploma: دبلوم, شهادة
dire: خطير, مزر
direction: اتجاه, اتجاهات
directive: توجيه, توجيهات
directly: مباشرة
directory: دليل
dirt: تراب, أوساخ
dirty: قذر, متسخ
disable: عطل, تعطيل
disagree: اختلف, عارض
disappoint: خيب
disappointed: خيبة أمل
disappointing: مخيب
disappointment: خيبة أمل
disastrous: كارثي
disband: حل
disc: قرص
discharge: تفريغ, تسريح, خروج
disciple: تلميذ, تلاميذ
disciplinary: تأديبي
discipline: انضباط, تأديب
disclosure: كشف, إفصاح
discomfort: انزعاج
discourage: ثبط
discrepancy: تفاوت, تباين
discretion: تقدير
disgrace: عار
disguise: تنكر
disgust: اشمئزاز
disgusting: مقزز
dish: طبق, أطباق
disk: قرص
dislike: كره
dismay: استياء
disobedience: عصيان
disobey: عصى
disorder: اضطراب, اضطرابات
disparity: تفاوت, فجوة
display: عرض
disposal: تخلص
dispose: تخلص
disqualify: استبعد
disregard: تجاهل
disrespect: إهانة
dissatisfaction: استياء
dissatisfied: مستاء
dissent: معارضة
distant: بعيد
distinct: متميز
distinction: تمييز, تميز
distinguish: ميز
distinguished: متميز, بارز
distort: شوه, تشويه
distract: شتت
distraction: تشتيت
distress: ضائقة, محنة
distributor: موزع, موزعون
disturb: أزعج
disturbance: اضطراب, إخلال
disturbing: مقلق
ditch: خندق
dive: غطس, غوص
diver: غواص, غواصون
diverse: متنوع
diversify: نوع, تنويع
diversion: تحويل
diversity: تنوع
divert: حول, تحويل
dividend: أرباح, توزيعات
divine: إلهي
diving: غوص
divisive: مثير للانقسام
dizzy: دوار
dock: رصيف
doctrine: عقيدة
dog: كلب, كلاب
doll: دمية
dolphin: دلفين
domain: مجال, نطاق
dome: قبة, قباب
dominance: هيمنة
dominant: مهيمن
dominate: هيمن, سيطر
domination: هيمنة
donkey: حمار, حمير
door: باب, أبواب
doorstep: عتبة
dorm: سكن جامعي
dormant: خامل
dormitory: سكن جامعي
dosage: جرعة
dossier: ملف
dot: نقطة
doubtful: مشكوك
dough: عجين
dove: حمامة
downfall: سقوط
download: تنزيل, تحميل
downpour: أمطار غزيرة
downward: هبوط
drag: جر, سحب
dragon: تنين
drain: صرف, تصريف
drainage: صرف صحي, تصريف
dramatic: دراماتيكي, كبير
dramatically: بشكل كبير
drank: شرب
drastic: جذري
drawer: درج
drawing: رسم, رسومات
dreadful: مروع
dream: حلم, أحلام
dreamt: حلم
dress: فستان, ملابس, لباس
dressed: ارتدى
drift: انجراف
drizzle: رذاذ
drugstore: صيدلية
drum: طبل
drunk: مخمور, سكران
drunken: مخمور
dubious: مشبوه
duck: بط, بطة
duel: مبارزة
duke: دوق
dull: ممل
dumb: غبي
dump: مكب, رمى
dumping: رمي, إلقاء
dune: كثيب, كثبان
dungeon: زنزانة
duplicate: تكرار, نسخة
dust: غبار
dusty: مغبر
dutch: هولندي
dwarf: قزم
dweller: سكان
dwelling: مسكن
dwindle: تضاءل
dye: صبغة
dynamic: ديناميكي
dynamite: ديناميت
dynasty: سلالة
eager: حريص, متلهف
eagle: نسر, نسور
ear: أذن, آذان
earliest: أقدم, أول
earth: الأرض, أرض
easier: أسهل
easily: بسهولة
easter: عيد الفصح, الفصح
easy: سهل
eat: أكل, تناول
eaten: أكل, تناول
ebola: إيبولا
echo: صدى
eclipse: كسوف, خسوف
ecological: بيئي
ecosystem: نظام بيئي
edge: حافة
edit: حرر, تعديل
edition: نسخة, طبعة, دورة
editorial: افتتاحية
educate: علم, تثقيف
educated: متعلم
educational: تعليمي, تربوي
educator: معلم, تربوي
effective: فعال, ناجع, فعالية
effectively: بشكل فعال, فعليا
effectiveness: فعالية
efficiency: كفاءة
efficient: فعال, كفء
ego: غرور
eighteen: ثمانية عشر, ثماني عشرة
elaborate: مفصل
elbow: كوع, مرفق
elder: شيخ, شيوخ, وجهاء
eldest: أكبر
electorate: ناخبون
electrical: كهربائي
electrician: كهربائي
electrocute: صعق
element: عنصر, عناصر
elementary: ابتدائي
elephant: فيل, فيلة
elevate: رفع
elevator: مصعد
eleven: أحد عشر, إحدى عشرة
eligibility: أهلية
elimination: إقصاء, قضاء
elite: نخبة
elsewhere: مكان آخر
embark: شرع, انطلق
embarrass: أحرج
embarrassed: محرج
embarrassing: محرج
embarrassment: إحراج
embrace: احتضن, عانق, تبنى
emissary: مبعوث
emotion: عاطفة, مشاعر
emotional: عاطفي
emperor: إمبراطور
emphasis: تأكيد, تركيز
empire: إمبراطورية
empower: مكن, تمكين
empowerment: تمكين
encounter: واجه, لقاء, مواجهة
encouragement: تشجيع
encroach: تعدى
encyclopedia: موسوعة
endanger: هدد, عرض للخطر
endangered: مهدد بالانقراض
endeavor: مسعى, جهد
endorsement: تأييد
enforcement: تطبيق, إنفاذ
engage: انخرط, شارك, اشتبك
engaged: مخطوب, منخرط
engagement: خطوبة, مشاركة, اشتباك
engine: محرك, محركات
england: إنجلترا
enhance: عزز, حسن
enjoy: استمتع, تمتع
enjoyable: ممتع
enlarge: وسع
enlist: جند
enormous: هائل, ضخم
enquiry: تحقيق, استفسار
enrage: أغضب
entail: استلزم
enterprise: مؤسسة, مشروع
entertain: سلى, استضاف
entertainment: ترفيه
enthusiasm: حماس
enthusiastic: متحمس
entirely: تماما, بالكامل
entitle: خول, حق
entitled: يحق
entrance: مدخل
entrench: رسخ
entrepreneur: رائد أعمال, رواد أعمال
entry: دخول, مدخل
envelope: ظرف, مغلف
environmentalist: ناشط بيئي, ناشطون بيئيون
envy: حسد
epic: ملحمة
epicenter: مركز
epicentre: مركز
episode: حلقة
equal: متساو, مساو
equally: بالتساوي
equation: معادلة
equator: خط الاستواء
equitable: عادل
equity: إنصاف, أسهم
equivalent: معادل, ما يعادل
era: حقبة, عصر
eradicate: قضى, استأصل
erase: محا
erect: أقام, نصب
erode: آكل
erosion: تآكل, انجراف
escort: رافق, مرافقة
essay: مقال
essence: جوهر
essential: أساسي, ضروري
essentially: أساسا
estate: عقار, ضيعة, تركة
esteem: تقدير
eternal: أبدي
eternity: أبد
ethical: أخلاقي
ethics: أخلاق, أخلاقيات
ethnicity: عرق
evade: تهرب
evaluation: تقييم
evasion: تهرب
eve: عشية
everyday: يومي
evident: واضح
evil: شر, شرير
evolution: تطور
evolve: تطور
exacerbate: فاقم
exaggerate: بالغ, مبالغة
exaggeration: مبالغة
examiner: فاحص, ممتحن
example: مثال, أمثلة
excavate: حفر, تنقيب
excel: تفوق
excellence: تميز, امتياز
excellency: سعادة, معالي, فخامة
excellent: ممتاز
except: باستثناء
exception: استثناء
exceptional: استثنائي
excerpt: مقتطف, مقتطفات
excess: فائض, زيادة
excessive: مفرط
excite: أثار
excited: متحمس
excitement: حماس, إثارة
exciting: مثير
exclusive: حصري
exclusively: حصريا
excursion: رحلة
excuse: عذر, أعذار
exert: بذل, مارس
exhaust: عادم, استنفد
exhausted: منهك
exhaustion: إرهاق
exhibit: معروض, عرض
exist: وجد, موجود
existence: وجود
existing: قائم, موجود
exodus: نزوح, هجرة, نزوح جماعي, موجة نزوح
exotic: غريب
expectation: توقع, توقعات
expedite: سرع, تسريع
expedition: بعثة, حملة
experiment: تجربة, تجارب
experimental: تجريبي
expertise: خبرة
explanation: تفسير, توضيح
explicit: صريح
explicitly: صراحة
exploration: استكشاف, تنقيب
explore: استكشف
explorer: مستكشف
exporter: مصدر, مصدرون
exposure: تعرض
expression: تعبير
extension: تمديد, امتداد
extensive: واسع, مكثف
exterior: خارجي
external: خارجي
extinct: منقرض
extinction: انقراض
extinguisher: طفاية
extra: إضافي
extract: استخرج, استخراج
extraction: استخراج
extraordinary: استثنائي
extreme: متطرف, شديد
eye: عين, عيون
eyebrow: حاجب
eyesight: بصر
fabric: قماش, أقمشة
fabricate: لفق, فبرك
fabricated: ملفق, مفبرك
facial: وجه
facilitate: سهل, تسهيل
faculty: كلية, هيئة تدريس
fade: تلاشى
fahrenheit: فهرنهايت
faint: أغمي, إغماء
fairly: نسبيا, بشكل عادل
fairness: عدالة, إنصاف
fairy: جنية
faithful: مخلص, وفي
falcon: صقر, صقور
fame: شهرة
familiar: مألوف
fanatic: متعصب
fancy: فاخر
fantastic: رائع
fantasy: خيال
farewell: وداع
fascinating: مذهل, رائع
fascism: فاشية
fascist: فاشي, فاشية
fashion: أزياء, موضة
fast: سريع, صيام, صام
faster: أسرع
fastest: أسرع
fat: دهون, سمنة, سمين
fatigue: تعب, إرهاق
faulty: معيب
favor: لصالح, معروف
favorable: موات, إيجابي
favorite: مفضل
favour: لصالح, معروف
favourable: موات, إيجابي
favourite: مفضل
fax: فاكس
fearful: خائف
feasibility: جدوى
feasible: ممكن
feast: وليمة, عيد
feat: إنجاز
feather: ريشة, ريش
feature: ميزة, سمة, خاصية
fed: الاحتياطي الفيدرالي, أطعم, غذى
feedback: ملاحظات, آراء
feelings: مشاعر
feet: أقدام
fellow: زميل, زملاء
fellowship: زمالة
felony: جناية, جنايات
feminist: نسوي, نسوية
fence: سياج, سور
ferocious: شرس
fertile: خصب
fertility: خصوبة
festive: احتفالي
fetus: جنين, أجنة
feud: نزاع, ثأر
fewer: أقل
fiance: خطيب
fiancee: خطيبة
fiasco: فشل ذريع
fiber: ألياف
fibre: ألياف
fiction: خيال, رواية
fierce: شرس, عنيف
fiery: ناري
fifteen: خمسة عشر, خمس عشرة
fill: ملأ, عبأ
filling: تعبئة
filming: تصوير
filmmaker: مخرج, صانع أفلام
filter: فلتر, تصفية
filth: قذارة
filthy: قذر
financially: ماليا
financier: ممول
finger: إصبع, أصابع
fingerprint: بصمة, بصمات
firebrand: متشدد
fireplace: مدفأة
firepower: قوة نارية
firewood: حطب
fireworks: ألعاب نارية
firm: شركة, حازم
firmly: بحزم
first aid: إسعافات أولية
fishery: مصايد, مصائد
fist: قبضة
fit: لائق, مناسب
fitness: لياقة
flag: علم, أعلام, راية
flame: لهب, لهيب
flammable: قابل للاشتعال
flank: جناح, خاصرة
flare: شعلة, قنبلة ضوئية
flash: وميض
flashlight: مصباح يدوي
flashpoint: بؤرة توتر
flat: شقة, شقق, مسطح
flavor: نكهة
flavour: نكهة
flaw: عيب, خلل
flawed: معيب
fleet: أسطول, أساطيل
flesh: لحم
flexibility: مرونة
flexible: مرن
flier: منشور, منشورات
float: طفا, عوم
flock: قطيع, سرب
florida: فلوريدا
flotilla: أسطول
flower: زهرة, زهور, ورد
fluctuation: تذبذب, تقلب
fluid: سائل, سوائل
flyer: منشور, منشورات
foam: رغوة
foe: عدو, خصم
fog: ضباب
foggy: ضبابي
foil: أحبط
fold: طوى
folder: ملف
folk: شعبي
folklore: فولكلور, تراث شعبي
follower: متابع, أتباع
fool: أحمق
foolish: أحمق
foot: أقدام
footprint: بصمة, أثر
forcibly: قسرا
forefront: طليعة
forehead: جبين
forensic: طب شرعي, جنائي
foresee: توقع
forgave: سامح, عفا
forget: نسي
forgiven: سامح, عفا
forgiveness: مغفرة, عفو
forgot: نسي
forgotten: منسي, نسي
fork: شوكة
formal: رسمي
formality: إجراء شكلي
formidable: هائل
formula: صيغة, معادلة
fort: حصن, قلعة
forthcoming: مقبل
fortnight: أسبوعين, أسبوعان
fortunate: محظوظ
fortunately: لحسن الحظ
fortune: ثروة, حظ
forum: منتدى
fossil: أحفورة
foster: عزز, رعاية
foul: خطأ, مخالفة
fountain: نافورة
fourteen: أربعة عشر, أربع عشرة
fox: ثعلب
fraction: جزء
fracture: كسر
fragile: هش
fragility: هشاشة
fragment: شظية, شظايا
fragmentation: تشرذم, تفتت
frame: إطار
franchise: امتياز
frankly: بصراحة
freelance: مستقل
freely: بحرية
freezer: فريزر
freezing: تجمد, تجميد
frequent: متكرر
fresh: طازج, جديد
friction: احتكاك
fridge: ثلاجة
fried: مقلي
friendship: صداقة
frighten: أخاف
frightened: خائف
frightening: مخيف
fringe: هامش
frog: ضفدع
frontier: حدود, حدودي
frost: صقيع
frustrated: محبط
frustrating: محبط
frustration: إحباط
fry: قلى
fulfil: أوفى, لبى
fumes: أبخرة
fun: متعة
function: وظيفة, وظائف
functional: وظيفي
fundamental: أساسي, جوهري
fundamentalist: أصولي, أصوليون
fundraiser: حملة تبرعات
fundraising: جمع تبرعات
fungi: فطر, فطريات
fungus: فطر, فطريات
funny: مضحك
fur: فرو
furious: غاضب
furnace: فرن
furniture: أثاث
further: مزيد, إضافي
fury: غضب
fuse: صمام
fusion: اندماج
futile: عقيم
gadget: جهاز, أداة
galaxy: مجرة
gallery: معرض, صالة عرض
gallon: جالون, غالون
gamble: قمار, مقامرة
gambling: قمار
gangster: رجل عصابة, عصابات
garage: مرأب, كراج
garden: حديقة, حدائق
gardener: بستاني
garlic: ثوم
garrison: حامية
gate: بوابة, بوابات
gateway: بوابة
gauge: مقياس
gay: مثلي
gear: معدات, ترس
geese: إوز
gem: جوهرة
gendarmerie: درك
gene: جين, جينات
generally: عموما, بشكل عام
generate: ولد, أنتج
generosity: كرم
generous: سخي
genetic: وراثي, جيني
genius: عبقري
gentle: لطيف
genuine: حقيقي, أصيل
geography: جغرافيا
geometry: هندسة
geopolitical: جيوسياسي
georgia: جورجيا
germ: جرثومة, جراثيم
gesture: لفتة, بادرة
ghetto: غيتو
ghost: شبح, أشباح
giant: عملاق
gift: هدية, هدايا
gifted: موهوب
gigantic: ضخم
girlfriend: صديقة, حبيبة
glacier: نهر جليدي, أنهار جليدية
glad: مسرور
gland: غدة
glass: زجاج, كأس
glasses: نظارة, نظارات
glimpse: لمحة
globe: كرة أرضية, العالم
gloomy: قاتم
glorious: مجيد
glory: مجد
glove: قفاز, قفازات
glow: توهج
glue: غراء
goat: ماعز, عنزة
god: الله, إله
goddess: إلهة
golden: ذهبي
golf: غولف, جولف
good: جيد, خير
goodbye: وداع
goodwill: حسن نية
goose: إوزة
gospel: إنجيل
gossip: نميمة, شائعات
governance: حوكمة
gown: ثوب
grab: انتزع, أمسك
grace: نعمة
graffiti: كتابات على الجدران
graft: فساد, رشوة
gram: غرام, غرامات
grammar: قواعد
grand: كبير, عظيم
granddaughter: حفيدة
grandson: حفيد
granite: جرانيت
grape: عنب
grapple: تصارع
grass: عشب, حشائش
grassroots: شعبي, قاعدة شعبية
grateful: ممتن
gratitude: امتنان
gravel: حصى
graveyard: مقبرة
gravity: جاذبية, خطورة
graze: رعى
grazing: رعي
great: عظيم, كبير
greatest: أعظم, أكبر
greatly: كثيرا, بشكل كبير
greatness: عظمة
greed: جشع
greedy: جشع
greek: يوناني
green: أخضر, خضراء
greet: حيا, استقبل
greeting: تحية, تهنئة
grief: حزن
grievance: مظلمة, مظالم
grieve: حزن
grill: شواء
grim: قاتم
grip: قبضة
grocer: بقال
grocery: بقالة
groom: عريس
gross: إجمالي, فادح
grouping: تجمع
grudge: ضغينة
gruesome: مروع
guardian: ولي أمر, وصي, حارس
guardianship: وصاية, ولاية
guerrilla: عصابات, مقاتلون
guess: خمن, تخمين
guidance: توجيه, إرشاد
guide: دليل, مرشد, أرشد
guideline: إرشادات, مبادئ توجيهية
guild: نقابة
guilt: ذنب
guinea: غينيا
guitar: غيتار, جيتار
gum: علكة, لثة
gunboat: زورق حربي
gunpowder: بارود
gunshot: طلق ناري, إطلاق نار
gust: هبة, هبات
gut: أمعاء
guy: رجل, شاب
gym: صالة رياضية
gymnastics: جمباز
gypsy: غجري, غجر
habit: عادة, عادات
habitat: موطن, بيئة
hail: برد, أشاد
hair: شعر
hairdresser: حلاق, مصفف شعر
haiti: هايتي
halal: حلال
halfway: منتصف الطريق
hall: قاعة, صالة
hallway: ممر
hammer: مطرقة
hand: يد, أيدي
handbag: حقيبة يد
handball: كرة اليد
handcuffs: أصفاد
handful: حفنة, عدد قليل
handicapped: معاق
handicraft: حرف يدوية
handover: تسليم
handshake: مصافحة
handsome: وسيم
handwriting: خط اليد
hangar: حظيرة طائرات
haphazard: عشوائي
happiness: سعادة
happy: مسرور, سعادة
hard: صعب, قاس, شاق
harder: أصعب
hardline: متشدد
hardliner: متشدد, متشددون
hardly: بالكاد
hardship: مشقة, معاناة
hardware: أجهزة, معدات
harmful: ضار
harmony: انسجام, وئام
harness: سخر
hate: كره, كراهية
hated: كره, مكروه
hating: كره
hatred: كراهية, كره
haul: حمولة, شحنة
havana: هافانا
haven: ملاذ
hawk: صقر
hawkish: متشدد
hay: قش, تبن
hazard: خطر, مخاطر
hazardous: خطر, خطير
headache: صداع
headmaster: مدير مدرسة
headphones: سماعات
headway: تقدم
heartbeat: نبض
heartland: معقل
heater: مدفأة, سخان
heatstroke: ضربة شمس
heaven: جنة, سماء
heavier: أثقل
heaviest: أثقل, أعنف
hebrew: العبرية, عبري
heel: كعب
hegemony: هيمنة
height: ارتفاع, طول
heights: مرتفعات, هضبة
heir: وريث, ورثة
helmet: خوذة, خوذ
helper: مساعد
helpful: مفيد
helpless: عاجز
hemorrhage: نزيف
hen: دجاجة
herb: عشب, أعشاب
herbal: عشبي
herd: قطيع
hereditary: وراثي
hero: بطل, أبطال
heroic: بطولي
heroin: هيروين
hesitate: تردد
hesitation: تردد
hideout: مخبأ
hierarchy: تسلسل هرمي
highland: مرتفعات, هضبة
highlight: أبرز, سلط الضوء
hijack: اختطف, خطف
hijacker: خاطف, خاطفون
hijacking: اختطاف
hill: تل, تلال, تلة
hint: لمح, تلميح
hip: ورك
historian: مؤرخ, مؤرخون
hitler: هتلر
hiv: الإيدز, فيروس نقص المناعة
hoax: خدعة, كذبة
hobby: هواية, هوايات
hockey: هوكي
hoist: رفع
holder: حامل
hole: حفرة, ثقب
holland: هولندا
hollow: أجوف
holocaust: هولوكوست, محرقة
homage: تكريم
homecoming: عودة
homeland: وطن
homemade: محلي الصنع
hometown: مسقط رأس
homework: واجبات منزلية
homosexual: مثلي
honest: صادق, نزيه
honestly: بصراحة
honesty: صدق, نزاهة
honey: عسل
honeymoon: شهر العسل
honor killing: جريمة شرف
honorable: شريف, مشرف
honorary: فخري
hook: خطاف
hooligan: مشاغب, مشاغبون
hopeful: متفائل
hopeless: ميؤوس
horizon: أفق, آفاق
horizontal: أفقي
hormone: هرمون, هرمونات
horn: قرن, بوق
horrible: فظيع, مروع
horrific: مروع
horrifying: مرعب
horror: رعب
horse: حصان, خيول, فرس
hose: خرطوم
hospitality: ضيافة
hostel: نزل
hostess: مضيفة
hot: حار, ساخن
hotline: خط ساخن, رقم مجاني
hottest: الأشد حرارة, الأكثر حرارة
housekeeper: مدبرة منزل
housewife: ربة منزل, ربات بيوت
housewives: ربة منزل, ربات بيوت
hub: مركز, محور
hug: عانق, عناق
hull: هيكل
humane: إنساني
humble: متواضع
humid: رطب
humidity: رطوبة
humiliate: أذل, أهان
humiliation: إذلال, إهانة
humility: تواضع
humor: فكاهة, دعابة
humour: فكاهة, دعابة
hung: علق, شنق
hungarian: مجري
hungary: المجر
hunt: صيد, طارد
hunter: صياد, صيادون
hunting: صيد
hurdle: عقبة, عقبات
hurl: ألقى, رشق
hurry: أسرع, عجلة
hut: كوخ, أكواخ
hybrid: هجين
hydroelectric: كهرومائي
hydrogen: هيدروجين
hymn: ترنيمة
hypocrisy: نفاق
hypocrite: منافق
hysteria: هستيريا
ice: جليد, ثلج
iceberg: جبل جليدي
icon: أيقونة, رمز
icy: جليدي
idea: فكرة, أفكار
ideal: مثالي
identical: مطابق
identification: تحديد هوية, تعرف
ideology: أيديولوجيا, أيديولوجية
idiot: أحمق
idle: معطل, عاطل
ignorance: جهل
ignorant: جاهل
ignore: تجاهل
ill: مريض
illusion: وهم, أوهام
illustrate: وضح
imaginary: وهمي, خيالي
imagination: خيال
imagine: تخيل
imitate: قلد
imitation: تقليد
immense: هائل
imminent: وشيك
immune: محصن, مناعة
immune system: جهاز المناعة
impartial: محايد
impasse: مأزق, طريق مسدود
imperative: ضروري
imperial: إمبراطوري
implant: زرع
implication: تداعيات, انعكاسات
impossible: مستحيل
impress: أثار إعجاب
impressed: معجب
impression: انطباع
impressive: مثير للإعجاب
improvise: ارتجل
impulse: دافع
inability: عجز
incense: بخور
incentive: حافز, حوافز
inch: بوصة, إنش
inconvenience: إزعاج
incorrect: خاطئ
incredible: مذهل
indeed: بالفعل
indefinitely: إلى أجل غير مسمى
indian: هندي, هنود
indication: مؤشر, دلالة
indicator: مؤشر, مؤشرات
indigenous: أصلي, سكان أصليون
indoor: داخلي
inevitable: حتمي
inevitably: حتما
infamous: سيئ السمعة
infantry: مشاة
infertility: عقم
inflammation: التهاب
inflate: ضخم
influx: تدفق
informant: مخبر, مخبرون
informer: مخبر, مخبرون
infrared: الأشعة تحت الحمراء
ingredient: مكون, مكونات
inhale: استنشق
inherit: ورث
inherited: موروث
inhuman: وحشي
initiate: بادر, أطلق
inject: حقن
injection: حقنة, حقن
injustice: ظلم
ink: حبر
inland: داخلي
inn: نزل
inner: داخلي
innocence: براءة
innovation: ابتكار, ابتكارات
innovative: مبتكر
input: مدخلات
insane: مجنون
insanity: جنون
insect: حشرة, حشرات
insecticide: مبيد حشري, مبيدات حشرية
insecurity: انعدام الأمن
insert: أدخل
insider: مطلع, مصدر مطلع
inside: داخل
insight: رؤية
insistence: إصرار
insomnia: أرق
inspiration: إلهام
inspire: ألهم
instance: مثال, حالة
instant: فوري, لحظة
instantly: على الفور, فورا
instead: بدلا
instinct: غريزة
institute: معهد, معاهد
instructor: مدرب
instrument: أداة, أدوات, آلة
insulin: إنسولين, أنسولين
insure: أمن, تأمين
insurer: شركة تأمين, شركات التأمين, شركة التأمين, مؤمن
intact: سليم
integrate: دمج, إدماج
intellectual: مثقف, فكري
intelligent: ذكي
intense: مكثف, شديد
intensity: شدة, حدة
intentional: متعمد
intentionally: عمدا
interaction: تفاعل
interactive: تفاعلي
interference: تدخل
intermediary: وسيط, وسطاء
intern: متدرب
internal: داخلي
interpret: فسر
interpretation: تفسير
interpreter: مترجم
interrogation: استجواب
interrupt: قاطع, عطل
interruption: انقطاع
intersection: تقاطع
interval: فترة
intimate: حميم
intimidate: أرهب, ترهيب
intimidation: ترهيب
introduction: مقدمة, إدخال
intruder: دخيل, متسلل
intrusion: تسلل, اقتحام
invader: غاز, غزاة
invalid: باطل
invent: اخترع
invention: اختراع
inventor: مخترع
inventory: مخزون, جرد
investigative: استقصائي
invisible: خفي
invoice: فاتورة, فواتير
ireland: إيرلندا, أيرلندا
irish: إيرلندي, أيرلندي
iron: حديد
irony: مفارقة
isolated: معزول, معزولة, عزل
italian: إيطالي
item: بند, بنود, سلعة
itinerary: مسار
ivory: عاج
ivory coast: ساحل العاج
jacket: سترة
jam: مربى, ازدحام
japanese: ياباني
jar: جرة
jasmine: ياسمين
jaw: فك
jazz: جاز
jealous: غيور
jealousy: غيرة
jeans: جينز
jeopardize: هدد, عرض للخطر
jersey: قميص
jesus: يسوع, المسيح
jewel: جوهرة, مجوهرات
jewellery: مجوهرات, ذهب, مصاغ, حلي
jewelry: مجوهرات, ذهب, مصاغ, حلي
joke: نكتة, مزحة
journal: مجلة, دورية
joy: فرح, بهجة
juice: عصير
junction: تقاطع
jungle: غابة, أدغال
junk: خردة
jupiter: المشتري
jurisdiction: اختصاص, ولاية قضائية
juror: محلف, محلفون
justification: مبرر, تبرير
justified: مبرر
justify: برر
juvenile: أحداث, قاصر
keen: حريص
keeper: حارس
kenya: كينيا
keyboard: لوحة مفاتيح
kick: ركل, ركلة
kickoff: انطلاق
kidney: كلية, كلى
killer: قاتل, قتلة
kilo: كيلو, كيلوغرام
kin: أقارب
kind: نوع, أنواع, لطيف
kindness: لطف
kiss: قبلة, قبل
kit: عدة, أدوات
kitchen: مطبخ
kite: طائرة ورقية
knee: ركبة
kneel: ركع
knight: فارس, فرسان
knock: طرق
knot: عقدة
knowledge: معرفة, علم
korea: كوريا
korean: كوري
lab: مختبر, مختبرات
label: ملصق, تصنيف
ladder: سلم
laden: محمل
lady: سيدة, سيدات
laid: وضع, أرسى
lamb: خروف, لحم ضأن
lamp: مصباح
landfill: مكب نفايات
landmark: معلم, معالم
landowner: مالك أرض, ملاك
landscape: مشهد, منظر
lane: حارة, مسار
lantern: فانوس
laptop: حاسوب محمول, لابتوب
laser: ليزر
lately: مؤخرا
latin: لاتيني
latitude: خط عرض
laugh: ضحك
laughter: ضحك
laundering: غسيل, تبييض
laundry: غسيل
lava: حمم
lawful: قانوني, مشروع
lawlessness: فوضى, فلتان أمني, فلتان
lawn: عشب
lay: وضع, أرسى
layer: طبقة, طبقات
lazy: كسول
leaf: ورقة, أوراق
leaflet: منشور, منشورات
leap: قفزة
lease: إيجار, استئجار
least: أقل
leather: جلد
lecture: محاضرة, محاضرات
lecturer: محاضر
leftist: يساري, يساريون
leftover: بقايا
leg: ساق, سيقان
legacy: إرث
legally: قانونيا
legend: أسطورة, أساطير
legendary: أسطوري
legion: فيلق
legislate: شرع
leishmaniasis: اللشمانيا, لشمانيا, حبة حلب, اللاشمانيا
leisure: ترفيه
lemon: ليمون
lender: مقرض, مقرضون
lending: إقراض
length: طول
lengthy: طويل
lens: عدسة, عدسات
less: أقل
lettuce: خس
leukemia: سرطان الدم, لوكيميا
leverage: نفوذ
levy: ضريبة, رسوم
liability: مسؤولية
liable: مسؤول
liaison: اتصال, تنسيق
liar: كاذب
liberal: ليبرالي
liberalization: تحرير
liberty: حرية
librarian: أمين مكتبة
lice: قمل
lid: غطاء
lie: كذب, كذبة
lied: كذب
lieutenant: ملازم
lifeguard: منقذ
lifeline: شريان حياة
lifelong: مدى الحياة
lifestyle: نمط حياة
lifetime: مدى الحياة, عمر
light: ضوء, أضواء, خفيف
lighter: ولاعة
lighting: إنارة, إضاءة
lightning: برق, صاعقة
limb: طرف, أطراف
limitation: قيد, قيود
lip: شفة, شفاه
liquid: سائل, سوائل
liquor: خمر, مشروبات كحولية
listen: استمع, استماع
listener: مستمع, مستمعون
lit: أشعل, أضاء
literally: حرفيا
literary: أدبي
litigation: تقاض
litter: قمامة
little: صغير, قليل
livelihood: رزق, سبل العيش
load: حمولة, حمل, شحنة
loaf: رغيف, أرغفة
lobby: لوبي, جماعة ضغط, ردهة
lock: قفل, أقفال
locked: مغلق, مقفل
locust: جراد
log: سجل
logic: منطق
logical: منطقي
logistics: لوجستي, لوجستية
logo: شعار
lone: وحيد, منفرد
lone wolf: ذئب منفرد
loneliness: عزلة
lonely: وحيد
longer: أطول
look: نظر
loop: حلقة
loose: فضفاض, طليق
loosen: خفف
lord: لورد, رب
lorry: شاحنة, شاحنات
lottery: يانصيب
loud: عال, صاخب
lounge: صالة
love: حب, أحب
lovely: جميل
lover: حبيب, عاشق
loyal: موال, مخلص
loyalty: ولاء
luck: حظ
luckily: لحسن الحظ
lucky: محظوظ
luggage: أمتعة
lump: كتلة
lunar: قمري
lunch: غداء
lung: رئة, رئتين
lure: استدرج, إغراء
luxurious: فاخر
luxury: فخامة, كماليات
lying: كذب
lyrics: كلمات
machine: آلة, آلات, ماكينة
machinery: آليات, معدات
mad: مجنون, غاضب
madness: جنون
mafia: مافيا
magic: سحر
magician: ساحر
magistrate: قاض
magnet: مغناطيس
magnificent: رائع
maid: خادمة, خادمات
mail: بريد
mainland: البر الرئيسي
mainly: أساسا, بشكل رئيسي
mainstream: سائد
maize: ذرة
majesty: جلالة
maker: صانع
makeup: مكياج
malicious: خبيث
mammal: ثديي, ثدييات
manama: المنامة
manhunt: مطاردة, ملاحقة, عملية بحث, تعقب, حملة تمشيط, حملة أمنية, بحث
manifest: تجلى
manifesto: بيان, برنامج انتخابي
manipulate: تلاعب
manipulation: تلاعب
mankind: البشرية
manner: طريقة, أسلوب
manpower: قوى عاملة
mansion: قصر
manslaughter: قتل خطأ
manual: يدوي, دليل
manuscript: مخطوطة, مخطوطات
map: خريطة, خرائط
marathon: ماراثون
marble: رخام
margin: هامش
marginal: هامشي
marginalize: همش, تهميش
marijuana: ماريجوانا, حشيش
maritime: بحري
marketing: تسويق
marketplace: سوق
mars: المريخ
marsh: مستنقع, أهوار
martin: مارتن
marxist: ماركسي
masked: ملثم, ملثمون
massage: تدليك
master: ماجستير
mastermind: العقل المدبر, دبر
masterpiece: تحفة
mate: رفيق
maternity: أمومة
matter: مسألة, قضية, أمر
mattress: فراش, مرتبة
mature: ناضج
maturity: نضج
mayhem: فوضى
maze: متاهة
meadow: مرج
measurement: قياس
mechanic: ميكانيكي
mechanical: ميكانيكي
medieval: العصور الوسطى
meditation: تأمل
medium: متوسط, وسيط
melody: لحن
melt: ذاب, ذوبان
meltdown: انهيار
membership: عضوية
memo: مذكرة
memoir: مذكرات
memorial: نصب تذكاري, تأبين
memorize: حفظ
memory: ذاكرة, ذكرى, ذكريات
menace: تهديد, خطر
mentality: عقلية
mentally: عقليا, نفسيا
mentor: مرشد
menu: قائمة طعام
merchandise: بضائع, سلع
merciful: رحيم
mercury: زئبق
mercy: رحمة
mere: مجرد
merely: مجرد
merit: جدارة, استحقاق
mess: فوضى
messenger: رسول, مبعوث
metal: معدن, معادن
metaphor: استعارة
meteor: نيزك
meteorologist: خبير أرصاد
methane: ميثان
metropolitan: حضري, مطران
mexican: مكسيكي
mexico: المكسيك
mice: فئران
microphone: ميكروفون
microscope: مجهر
microwave: ميكروويف
midday: ظهر, منتصف النهار
midfielder: لاعب وسط
midst: خضم, وسط
midterm: نصفي
mighty: قوي, جبار
migraine: صداع نصفي
militancy: تشدد
militarization: عسكرة
mill: مطحنة, مصنع
millennium: ألفية
millionaire: مليونير
mind: عقل, ذهن
minefield: حقل ألغام
mineral: معدن, معادن
minimal: ضئيل, أدنى
minimize: قلل
minus: ناقص
miracle: معجزة
miraculous: معجزة
mirror: مرآة
miscarriage: إجهاض
misdemeanor: جنحة
miserable: بائس
misery: بؤس
misfortune: مصيبة
missionary: مبشر, تبشيري
mist: ضباب
mistaken: مخطئ
mistress: عشيقة
misunderstanding: سوء فهم
misuse: سوء استخدام
mix: خلط, مزيج
mixed: مختلط
mixture: خليط, مزيج
mob: حشد, غوغاء
mobility: تنقل
mock: سخر
mockery: سخرية
mode: وضع, نمط
model: نموذج, نماذج, عارضة
moderation: اعتدال
modern: حديث, عصري
modernization: تحديث
modernize: حدث
modest: متواضع
modification: تعديل
modify: عدل
moisture: رطوبة
mold: عفن, قالب
molecule: جزيء, جزيئات
moment: لحظة
momentum: زخم
monarch: عاهل, ملك
monarchy: ملكية
monastery: دير, أديرة
monitoring: رصد, مراقبة
monk: راهب, رهبان
monkey: قرد, قردة
monkeypox: جدري القردة
monsoon: رياح موسمية, موسم الأمطار
monster: وحش
mood: مزاج
moon: قمر
moral: أخلاقي, معنوي
morale: معنويات
morality: أخلاق
moratorium: تجميد, وقف
morgue: مشرحة
mosaic: فسيفساء
mosquito: بعوض, بعوضة, البعوض, ناموس
mostly: غالبا
motel: فندق, نزل
motherhood: أمومة
motion: حركة, اقتراح
motivate: حفز
motivation: دافع, تحفيز
motor: محرك
motorbike: دراجة نارية
motorist: سائق, سائقون
motto: شعار
mound: تلة, كومة
mount: جبل, تصاعد
mountainous: جبلي
mounting: متزايد
mourner: مشيع, مشيعون
mouse: فأر, فئران
mouth: فم, مصب
mouthpiece: لسان حال
mud: طين, وحل
mudslide: انهيار طيني
mug: كوب
mule: بغل
multinational: متعدد الجنسيات
multiply: ضاعف
mummy: مومياء
mural: جدارية
muscle: عضلة, عضلات
musical: موسيقي
mustache: شارب
mustard: خردل
mutation: طفرة
mutilate: شوه, مثل
mutilation: تشويه
mutiny: تمرد, عصيان
mysterious: غامض
mystery: لغز, غموض
myth: أسطورة, خرافة
mythology: أساطير
nail: مسمار, ظفر, أظافر
naive: ساذج
naked: عار
narrative: رواية, سردية
narrator: راو
narrow: ضيق
narrowly: بصعوبة, بفارق ضئيل
nasa: ناسا
nasty: سيء
native: أصلي, مواطن
naturally: طبيعيا
nature: طبيعة
nausea: غثيان
navigation: ملاحة
nazi: نازي, نازيون
nearest: أقرب
necessarily: بالضرورة
necessity: ضرورة
neck: رقبة, عنق
necklace: قلادة
needle: إبرة, إبر
nephew: ابن شقيق, ابن أخ
nerve: عصب, أعصاب
nervous: عصبي, متوتر
nest: عش
net: شبكة, صاف
neutral: محايد
neutrality: حياد
new zealand: نيوزيلندا
newcomer: قادم جديد, وافد
newer: أحدث
newest: أحدث
newly: حديثا
nice: لطيف, جميل
nickname: لقب
nicotine: نيكوتين
niece: ابنة شقيق, ابنة أخ
nightclub: ملهى ليلي
nightmare: كابوس, كوابيس
nineteen: تسعة عشر, تسع عشرة
nitrogen: نيتروجين
nobility: نبلاء
noise: ضجيج, ضوضاء
nomad: بدو, رحل
nomadic: بدوي
nonsense: هراء
norm: قاعدة, أعراف
normally: عادة
norwegian: نرويجي
nose: أنف
notable: بارز
notably: خصوصا
notebook: دفتر
notice: إشعار, لاحظ
noticeable: ملحوظ
notion: فكرة, مفهوم
notorious: سيئ السمعة
nowadays: حاليا
nuisance: إزعاج
nuke: نووي
numerous: عديد, عديدة
nun: راهبة, راهبات
nursery: حضانة, مشتل
nursing: تمريض
nut: جوز, مكسرات
oak: بلوط
oasis: واحة, واحات
oat: شوفان
obedience: طاعة
obese: بدين
obesity: سمنة
obey: أطاع
object: جسم, شيء, اعترض
obligatory: إلزامي
obliged: مضطر
obscure: غامض
observation: مراقبة, ملاحظة
obsessed: مهووس
obsession: هوس
obsolete: متقادم
obstacle: عقبة, عقبات
obstruction: عرقلة
obvious: واضح
obviously: بوضوح
occasion: مناسبة
occasional: عرضي
occupant: ساكن, ركاب
occupier: محتل
ocean: محيط, محيطات
odd: غريب
odds: احتمالات
odor: رائحة
odour: رائحة
offend: أساء
offering: عرض, قربان
offshoot: فرع
offshore: بحري, قبالة
offspring: ذرية, نسل
older: أكبر
oldest: أقدم, أكبر
omit: حذف
onboard: على متن, متن
onion: بصل
onset: بداية
onslaught: هجوم
openly: علنا
opera: أوبرا
operational: عملياتي, تشغيلي
operative: عميل, عناصر
opium: أفيون
opposite: عكس, مقابل
oppress: اضطهد, قمع
oppression: قمع, ظلم, اضطهاد
oppressive: قمعي
opt: اختار
optimism: تفاؤل
optimistic: متفائل
optional: اختياري
oral: شفهي
orange: برتقال, برتقالي
orbit: مدار
orchard: بستان
orchestra: أوركسترا
orchestrate: دبر
ordeal: محنة
ordinance: مرسوم
ordnance: ذخائر
ore: خام
organ: عضو, أعضاء
organic: عضوي
organism: كائن حي, كائنات
organizational: تنظيمي
orientation: توجه, توجيه
original: أصلي
originally: أصلا
ottoman: عثماني
ounce: أونصة
outcry: غضب, احتجاج
outdated: قديم
outdoor: خارجي, في الهواء الطلق
outer: خارجي
outfit: زي
outlet: منفذ, متجر
outline: خطوط عريضة, حدد
outlook: توقعات, نظرة
outrageous: فاضح, مشين
outset: بداية
outsider: دخيل
outspoken: صريح
outstanding: بارز, مستحق
oven: فرن
overall: إجمالي, عام, إجمالا, مجمل, حصيلة, مجموع, بشكل عام
overcast: غائم
overdose: جرعة زائدة
overdue: متأخر
overflow: فيضان, طفح
overlap: تداخل
overlook: تجاهل, أطل
overpass: جسر
overrun: اجتاح
overshadow: طغى
overtake: تجاوز
overtime: عمل إضافي, وقت إضافي
overtook: تجاوز
overweight: وزن زائد
overwhelm: غمر
overwhelming: ساحق
overwhelmingly: بأغلبية ساحقة
owl: بومة
ownership: ملكية
ozone: أوزون
pace: وتيرة, سرعة
pacific: المحيط الهادئ
pack: حزمة, عبأ
package: حزمة, طرد, رزمة
packet: علبة, طرد
page: صفحة, صفحات
painful: مؤلم
painkiller: مسكن, مسكنات
paint: طلاء, رسم, دهان
painter: رسام, دهان
pair: زوج, أزواج
palm: نخيل, نخلة, كف
pamphlet: كتيب, منشور
pan: مقلاة
panama: بنما
panel: لجنة, هيئة, لوحة
panic: ذعر, هلع
pants: بنطال
paper: ورق, ورقة
paperwork: أوراق, معاملات
parachute: مظلة
parade: عرض, استعراض, موكب
paradise: جنة
paragraph: فقرة, فقرات
parallel: مواز
paralympic: بارالمبي
paralyse: شل
paralysis: شلل
paralyze: شل
paralyzed: مشلول
parasite: طفيلي
parish: أبرشية
parity: تكافؤ
park: حديقة, منتزه, ركن
parliamentarian: برلماني, نواب
parole: إفراج مشروط
parrot: ببغاء
partially: جزئيا
particle: جسيم, جزيئات
particular: خاص, معين
partisan: حزبي
passage: ممر, مرور
passion: شغف
passionate: شغوف
passive: سلبي
pasta: معكرونة
pastor: قس
pasture: مرعى, مراع
patch: رقعة
patent: براءة اختراع
path: طريق, مسار
patience: صبر
patriot: وطني
patriotic: وطني
patriotism: وطنية
patron: راع
pattern: نمط, أنماط
pavement: رصيف
payroll: رواتب
pea: بازلاء
peacefully: سلميا
peach: خوخ
peanut: فول سوداني
pearl: لؤلؤ, لؤلؤة
peasant: فلاح, فلاحون
pediatric: أطفال
pediatrician: طبيب أطفال
peer: نظير, أقران
peg: ربط
pen: قلم, أقلام
penal: جزائي
penal code: قانون العقوبات
pencil: قلم رصاص
pending: معلق
penetrate: اخترق
penguin: بطريق
penny: بنس
pepper: فلفل
perception: تصور, إدراك
perfect: مثالي, كامل
perfectly: تماما
perform: أدى, أجرى
performance: أداء
performer: فنان, مؤد
perfume: عطر, عطور
peril: خطر
perimeter: محيط
periphery: أطراف
perjury: شهادة زور
persecute: اضطهد
persian: فارسي
persistent: مستمر
personal: شخصي
personality: شخصية
personally: شخصيا
perspective: منظور, وجهة نظر
persuasion: إقناع
peru: بيرو
pessimism: تشاؤم
pessimistic: متشائم
pest: آفة, آفات
pet: حيوان أليف
petrochemical: بتروكيماوي
petroleum: نفط, بترول
pharaoh: فرعون, فراعنة
pharaonic: فرعوني
pharmacist: صيدلي, صيادلة
philanthropist: محسن
philippines: الفلبين
philosopher: فيلسوف, فلاسفة
philosophy: فلسفة
phishing: تصيد احتيالي
photograph: صورة, صور
photography: تصوير
phrase: عبارة
physical: جسدي, بدني
physically: جسديا
physics: فيزياء
piano: بيانو
pick: اختار, التقط
pickup: شاحنة صغيرة
picnic: نزهة
pie: فطيرة
piece: قطعة, قطع
pier: رصيف
pig: خنزير, خنازير
pigeon: حمام, حمامة
pile: كومة, أكوام
pill: حبة, حبوب
pillar: ركيزة, عمود
pillow: وسادة
pine: صنوبر
pink: وردي
pinpoint: حدد
pioneer: رائد
piracy: قرصنة
pirate: قرصان, قراصنة
pit: حفرة
pitch: ملعب, أرض الملعب
pity: شفقة
pizza: بيتزا
placard: لافتة, لافتات
plagiarism: سرقة أدبية
plague: طاعون
plain: سهل, واضح
plaintiff: مدع
planet: كوكب, كواكب
planner: مخطط
plantation: مزرعة
plasma: بلازما
plaster: جبس
plastic: بلاستيك, بلاستيكي
plate: صحن, لوحة
plateau: هضبة
platoon: فصيلة
playground: ملعب
playwright: كاتب مسرحي
plaza: ساحة
plea: مناشدة, التماس
pleasant: لطيف, ممتع
pleased: مسرور, راض
pleasure: متعة, سرور
plebiscite: استفتاء
plenary: عامة
plenty: الكثير, وفرة
plight: محنة
ploy: حيلة
plug: قابس, سد
plumber: سباك
plumbing: سباكة
pluralism: تعددية
plus: زائد
plutonium: بلوتونيوم
pneumonia: التهاب رئوي
poaching: صيد جائر
pocket: جيب, جيوب
podcast: بودكاست
poisonous: سام
poland: بولندا
polar: قطبي
polarization: استقطاب
pole: عمود, قطب
polish: بولندي
polite: مهذب
pond: بركة
pontiff: البابا
pool: مسبح, بركة
poorer: أفقر
poorest: أفقر
poorly: بشكل سيء
pop: بوب
populace: سكان
popularity: شعبية
populism: شعبوية
populist: شعبوي
porcelain: خزف
pork: لحم خنزير
pornography: إباحية
portable: محمول
porter: حمال
portfolio: حقيبة, محفظة
portion: جزء, حصة
portrait: صورة, بورتريه
portray: صور
portugal: البرتغال
portuguese: برتغالي
pose: شكل, طرح
possess: امتلك, حاز
possession: حيازة, ممتلكات
possibility: إمكانية, احتمال
postal: بريدي
poster: ملصق
postgraduate: دراسات عليا
postponement: تأجيل
pot: وعاء, قدر
potato: بطاطا, بطاطس
potentially: محتمل
pottery: فخار
pour: صب, سكب
powder: مسحوق
powerless: عاجز
practical: عملي
practically: عمليا
practice: ممارسة, تدريب
practise: مارس
practitioner: ممارس
pragmatic: براغماتي
prague: براغ
preach: وعظ
preacher: واعظ, داعية
precarious: هش
precaution: احتياط, احتياطات
precautionary: احترازي
precede: سبق
precedent: سابقة
precious: ثمين
precipitation: هطول, أمطار
precision: دقة
precondition: شرط مسبق, شروط مسبقة
predator: مفترس
predictable: متوقع
predominantly: غالبية
preemptive: استباقي
prefecture: محافظة
prefer: فضل
preference: تفضيل
prejudice: تحيز
premature: مبكر, خديج
premiere: عرض أول
premises: مقر, مبنى
premium: قسط, علاوة
preparation: تحضير, استعداد, تحضيرات
prerequisite: شرط
prescribe: وصف
prescription: وصفة طبية
presence: وجود, حضور
presentation: عرض, تقديم
presenter: مقدم
preservation: حفظ, صون
prestige: هيبة
prestigious: مرموق
pretend: تظاهر
pretext: ذريعة
pretty: جميل
prevail: ساد
prevalence: انتشار
prevalent: منتشر
prevention: وقاية, منع
preventive: وقائي
prey: فريسة
pride: فخر, اعتزاز
primarily: أساسا
primary: أساسي, أولي, ابتدائي
prime: رئيسي
primitive: بدائي
princess: أميرة
principal: رئيسي, مدير
principle: مبدأ, مبادئ
print: طبع, طباعة
printer: طابعة
printing: طباعة
prior: سابق
prioritize: أعطى الأولوية, أولوية
privately: سرا, بشكل خاص
privilege: امتياز, امتيازات
privileged: ميسور, متميز
pro: مؤيد
probability: احتمال
probable: محتمل
probably: على الأرجح
proceed: مضى, تابع
proceedings: إجراءات
proceeds: عائدات
proclaim: أعلن
proclamation: إعلان
procurement: مشتريات
productive: منتج
productivity: إنتاجية
profession: مهنة
professional: محترف, مهني
profile: ملف شخصي
profitable: مربح
profound: عميق
progressive: تقدمي
prohibition: حظر, تحريم
projection: توقع, توقعات
proliferation: انتشار
prolong: أطال
prolonged: مطول
promising: واعد
promotion: ترقية, ترويج
promptly: فورا
prone: عرضة
pronounce: نطق, أعلن
pronounced: ملحوظ
proper: مناسب, سليم
properly: بشكل صحيح, بشكل سليم
prophecy: نبوءة
proponent: مؤيد, مؤيدون
proportional: نسبي
prosper: ازدهر
prosperous: مزدهر
prostitute: بائعة هوى
prostitution: دعارة
protective: واق, وقائي
protector: حام
protein: بروتين
protestant: بروتستانتي
protocol: بروتوكول
prototype: نموذج أولي
protracted: مطول
proud: فخور
proudly: بفخر
provisional: مؤقت
provocative: استفزازي
proximity: قرب
psychiatric: نفسي
psychiatrist: طبيب نفسي
psychologist: أخصائي نفسي
psychology: علم النفس
pub: حانة
puberty: بلوغ
publication: نشر, منشور
publicity: دعاية
publisher: ناشر
pull: سحب, جذب
pulse: نبض
pump: مضخة, ضخ
punch: لكمة
punitive: عقابي
puppet: دمية, عميل
puppy: جرو
pure: نقي, خالص
purge: تطهير
purification: تنقية
purify: نقى, تنقية
purity: نقاء
purple: بنفسجي, أرجواني
purse: محفظة
pursuit: سعي, مطاردة
puzzle: لغز
pyramid: هرم, أهرامات
quality: جودة, نوعية
quarrel: شجار
quarry: محجر, مقلع
queen: ملكة
quest: سعي
quick: سريع
quiet: هدوء
quietly: بهدوء
quiz: مسابقة, اختبار
rabbi: حاخام
rabbit: أرنب, أرانب
rabies: داء الكلب
racial: عنصري
racist: عنصري
radiation: إشعاع
radicalization: تطرف
radioactive: مشع
radius: نطاق
raft: طوف
rage: غضب, احتدم
raging: محتدم, مستعر
railroad: سكة حديد
rainbow: قوس قزح
rainforest: غابات مطيرة
ram: دهس, صدم, كبش
rampant: متفش
ranch: مزرعة
random: عشوائي
randomly: عشوائيا
rang: رن, اتصل
range: مدى, نطاق, مجموعة
ranger: حارس
ransack: نهب
rapid: سريع
rapist: مغتصب
rare: نادر
ratification: مصادقة
rating: تصنيف, تقييم
rational: عقلاني
rationale: مبرر
rats: جرذان, فئران
raw: خام
ray: شعاع, أشعة
razor: شفرة
read: قرأ, قراءة
reader: قارئ, قراء
readiness: جاهزية, استعداد
reading: قراءة
realistic: واقعي
reality: واقع, حقيقة
realm: مجال
rear: خلفي, مؤخرة, تربية
reasonable: معقول
reassure: طمأن
rebuff: رفض
rebuke: وبخ, توبيخ
receipt: إيصال
receiver: مستقبل
receptionist: موظف استقبال
recess: عطلة
recipe: وصفة
recipient: متلق, مستفيد
reciprocal: متبادل
reckless: متهور
reclaim: استعاد
recognise: اعترف, عرف
reconnaissance: استطلاع
reconsider: أعاد النظر
recreation: ترفيه
recreational: ترفيهي
rectify: صحح
rector: رئيس جامعة
recurring: متكرر
recycle: تدوير, أعاد تدوير
recycling: إعادة تدوير, تدوير
red: أحمر, حمراء
redemption: خلاص
redeployment: إعادة انتشار
redistribution: إعادة توزيع
reef: شعاب مرجانية
refined: مكرر
reflect: عكس, تأمل
reflection: انعكاس, تأمل
reformist: إصلاحي, إصلاحيون
refrain: امتنع
refrigerator: ثلاجة
refuge: ملجأ, ملاذ
refute: فند
regard: اعتبر
regiment: فوج
regret: ندم, أسف
regrettable: مؤسف
regular: منتظم, عادي, نظامي
rehab: إعادة تأهيل, تأهيل
reign: عهد, حكم
reimburse: عوض, سدد
reinstate: أعاد
rejection: رفض
relate: ارتبط
relax: استرخى
relaxation: استرخاء, تخفيف
relay: نقل
relegation: هبوط
relentless: متواصل
relevant: معني, مختص
reliable: موثوق
reliance: اعتماد
relic: أثر, آثار
relieve: خفف
relieved: مرتاح
relinquish: تخلى
reluctant: متردد
remainder: الباقي, بقية
remains: رفات, بقايا, بقي
remand: حبس احتياطي
remarkable: لافت, ملحوظ
remedy: علاج
remind: تذكير
reminder: تذكير
remnant: فلول, بقايا
remorse: ندم
renaissance: نهضة
renounce: تخلى, نبذ
renowned: شهير
rental: إيجار
reparations: تعويضات
repatriate: أعاد, إعادة
repatriation: إعادة, ترحيل
repel: صد
representation: تمثيل
reprimand: توبيخ
reprisal: انتقام
reproductive: إنجابي
reputation: سمعة
resemble: شابه
resent: استاء
resentment: استياء
reservation: حجز, تحفظ, تحفظات, تحفظت
reside: أقام
residence: إقامة, مسكن, مقر إقامة
residue: بقايا
resilience: صمود, مرونة
resilient: صامد
resort: منتجع, لجأ
respectful: محترم
respite: استراحة
rest: راحة, استراحة, بقية
restive: مضطرب
restoration: ترميم, استعادة
restraint: ضبط النفس
restroom: دورة مياه
resumption: استئناف
resurgence: عودة, تجدد
resurrection: قيامة
retake: استعاد
retract: تراجع
retribution: عقاب
retrieve: استعاد
reunification: توحيد
reunion: لم الشمل
reunite: لم شمل, جمع
revamp: إصلاح
revelation: كشف
reverend: القس
reverse: عكس, تراجع
revision: مراجعة
revival: إحياء
revolt: ثورة, انتفاضة
revolutionary: ثوري
revolver: مسدس
rhetoric: خطاب
rhythm: إيقاع
rib: ضلع, أضلاع
ribbon: شريط
richer: أغنى
richest: أغنى
ridden: ركب
riddle: لغز
ride: ركب, ركوب, رحلة
rider: راكب, ركاب
ridge: سلسلة, تلة
ridiculous: سخيف
riding: ركوب
rift: خلاف, شرخ
rightful: شرعي
rigid: صارم
rigorous: صارم
ring: خاتم, حلقة, رن
ripe: ناضج
risky: محفوف بالمخاطر, خطير
rite: طقس, طقوس
ritual: طقس, طقوس
riverbank: ضفة
roadblock: حاجز, حواجز
roast: شوى
robe: رداء
robot: روبوت, روبوتات
robust: قوي
rock: صخرة, صخور, روك
rocky: صخري
rod: قضيب
rode: ركب
rogue: مارق
roman: روماني
romance: رومانسية
romania: رومانيا
romantic: رومانسي
rome: روما
rooftop: سطح
rookie: مبتدئ
room: غرفة, غرف
root: جذر, جذور
rope: حبل, حبال
rot: تعفن
rotate: تناوب
rotation: تناوب, دوران
rotten: فاسد
rough: خشن, صعب
routine: روتين, روتيني
row: صف, صفوف, خلاف
rubber: مطاط
rude: وقح
rug: سجادة
ruin: دمر, خراب
ruined: مدمر
runaway: هارب
runner: عداء
runway: مدرج
rupee: روبية
rupture: تمزق
rush: اندفع, هرع, تدافع
rust: صدأ
ruthless: قاس
sacred: مقدس
sad: حزين
sadly: للأسف
sadness: حزن
safeguard: حماية, صون
safely: بأمان
safest: الأكثر أمانا
sail: أبحر, شراع
sailing: إبحار
sailor: بحار, بحارة
saint: قديس, قديسون
salesman: بائع
salinity: ملوحة
salon: صالون
salt: ملح
salute: تحية, حيا
salvage: إنقاذ
salvation: خلاص
sample: عينة, عينات
sanctity: حرمة, قدسية
sanctuary: ملاذ, محمية
sand: رمل, رمال
sandwich: شطيرة, سندويش
sang: غنى
sanitary: صحي
sanitizer: معقم, معقمات
sanity: عقل
sarcasm: سخرية
sat: جلس
satan: الشيطان
satire: سخرية
satisfaction: رضا
satisfactory: مرض
satisfied: راض
satisfy: أرضى, لبى
sauce: صلصة
sausage: نقانق
savage: وحشي
savior: منقذ
scabies: جرب
scaffolding: سقالة, سقالات
scale: نطاق, حجم, ميزان
scan: مسح, فحص
scanner: ماسح ضوئي
scare: أخاف, ذعر
scared: خائف
scarf: وشاح
scary: مخيف
scatter: تناثر, شتت
scattered: متفرق, متناثر
scene: مشهد, مسرح
scenery: مناظر
scent: رائحة
sceptical: متشكك
scepticism: تشكيك
scheme: مخطط, خطة
scholar: عالم, علماء, باحث
scientific: علمي
scissors: مقص
scope: نطاق
scorpion: عقرب
scotland: اسكتلندا
scottish: اسكتلندي
scout: كشاف
scramble: تدافع
scratch: خدش
scream: صرخ, صراخ
screen: شاشة, شاشات
screening: فحص, عرض
screw: برغي
script: سيناريو
scrutinize: دقق
scrutiny: تدقيق
sculpture: منحوتة, تمثال, نحت
seabed: قاع البحر
seafood: مأكولات بحرية
seal: ختم, أغلق
sealed: مختوم, مغلق
seaport: ميناء
seaside: ساحل
secondary: ثانوي
secrecy: سرية
secretariat: أمانة عامة
section: قسم, أقسام
sedition: فتنة
seemingly: على ما يبدو
segment: شريحة, جزء
seismic: زلزالي
selection: اختيار
self: ذات, نفس
self-defence: دفاع عن النفس
self-defense: دفاع عن النفس
selfish: أناني
semester: فصل دراسي
semiconductor: أشباه الموصلات
seminar: ندوة, ندوات
sensation: إحساس
sense: حس, شعور, معنى
sensitivity: حساسية
sensor: مستشعر, حساس
sentencing: حكم
sentiment: مشاعر
separately: بشكل منفصل, على حدة
separation: فصل, انفصال
sequence: تسلسل
serial: متسلسل
serial killer: سفاح, قاتل متسلسل
serum: مصل
servant: خادم, خدم
setup: إعداد
seventeen: سبعة عشر, سبع عشرة
sew: خاط
sewer: مجاري, صرف صحي
sex: جنس
sexual: جنسي
sexually: جنسيا
shade: ظل
shadow: ظل, ظلال
shaken: هز, زلزل
shallow: ضحل
shame: عار, خجل
shameful: مخز
shampoo: شامبو
shape: شكل, أشكال
shareholder: مساهم, مساهمون
shark: قرش
sharply: بشكل حاد, حادا
shatter: حطم, تحطم
sheet: ورقة, ملاءة
shelf: رف, رفوف
shelves: رف, رفوف
shield: درع, دروع
shine: لمع, أشرق
shipyard: حوض بناء السفن
shirt: قميص, قمصان
shoe: حذاء, أحذية
shooter: مطلق النار, مسلح
shore: شاطئ, ساحل
short: قصير
shorter: أقصر
shortest: أقصر
shotgun: بندقية صيد
shoulder: كتف, أكتاف
shout: صرخ, هتف
shovel: مجرفة
showdown: مواجهة
shower: استحمام, زخات
shrank: تقلص, انكمش, انكماش
shrimp: روبيان, جمبري
shrunk: تقلص, انكمش, انكماش
shuttle: مكوكي, حافلة
shy: خجول
sickness: مرض
sidewalk: رصيف
sight: بصر, مشهد
sighting: رؤية, مشاهدة
signatory: موقع, موقعون
signature: توقيع, تواقيع
significance: أهمية
silence: صمت
silent: صامت
silicon: سيليكون
silk: حرير
silly: سخيف
silver: فضة, فضي
similar: مماثل, مشابه
similarly: بالمثل
simple: بسيط
simply: ببساطة
simulation: محاكاة
sin: خطيئة, ذنب
sincere: صادق
singapore: سنغافورة
single: واحد, أعزب, منفرد
sit: جلس, جلوس
sitting: جلسة, جلوس
sixteen: ستة عشر, ست عشرة
skating: تزلج
skeleton: هيكل عظمي
skeptical: متشكك
skepticism: تشكيك
sketch: رسم
ski: تزلج
skiing: تزلج
skill: مهارة, مهارات
skilled: ماهر
skin: جلد, بشرة
skip: تخطى
skirt: تنورة
skull: جمجمة
sky: سماء
skyrocket: ارتفع بشدة, قفز
skyscraper: ناطحة سحاب
slap: صفعة
slash: خفض
slaughterhouse: مسلخ
slave: عبد, عبيد
slavery: عبودية, رق
sleep: نوم, نام
slept: نام
slice: شريحة
slid: انزلق, تراجع
slide: انزلق, تراجع
slight: طفيف
slightly: قليلا, طفيف
slim: ضئيل
slip: انزلق
slippery: زلق
slope: منحدر
slowdown: تباطؤ
slower: أبطأ
slowest: أبطأ
slowly: ببطء
sluggish: بطيء
smaller: أصغر
smallpox: جدري
smart: ذكي
smash: حطم
smell: رائحة, شم
smile: ابتسامة, ابتسم
smog: ضباب دخاني
smoker: مدخن, مدخنون
smooth: سلس
smoothly: بسلاسة
snack: وجبة خفيفة
snake: ثعبان, أفعى
sneak: تسلل
snowfall: تساقط الثلوج
snowstorm: عاصفة ثلجية, ثلوج, تساقط الثلوج, منخفض جوي, عاصفة
soap: صابون
socialism: اشتراكية
socialist: اشتراكي
socially: اجتماعيا
sock: جورب, جوارب
sodium: صوديوم
sofa: أريكة
soft: ناعم, لين
sole: وحيد
solid: صلب
solidarity: تضامن
solitary: انفرادي
solo: منفرد
sophisticated: متطور
sore: التهاب
sorrow: حزن
sorry: آسف
sort: نوع
soul: روح, أرواح
sound: صوت, أصوات
soup: حساء, شوربة
sour: حامض
souvenir: تذكار
sovereign: سيادي
soviet: سوفيتي, الاتحاد السوفيتي
sow: زرع
space: فضاء, مساحة
spacecraft: مركبة فضائية
spain: إسبانيا
span: مدى
spanish: إسباني
spare: احتياطي, أعفى
spare parts: قطع غيار
spate: سلسلة, موجة
spearhead: قاد
specialist: أخصائي, متخصص
specialty: تخصص
species: نوع, أنواع
specific: محدد
specify: حدد
specimen: عينة, عينات
spectacular: مذهل
spectator: متفرج, مشاهد, جمهور
spectrum: طيف
speculate: تكهن
spice: توابل, بهارات
spider: عنكبوت
spike: ارتفاع حاد, قفزة
spill: تسرب
spinal: شوكي
spine: عمود فقري
spiral: دوامة
spirit: روح
spiritual: روحي
splinter: منشق
spoil: أفسد
sponge: إسفنج
spontaneous: عفوي
spoon: ملعقة
sporadic: متقطع
spot: مكان, بقعة
spotlight: أضواء
spray: رش, رذاذ, رش المبيدات
sprayed: رش
spraying: رش, رش المبيدات, حملة رش, تعقيم, مكافحة
spyware: برنامج تجسس, برامج تجسس
squad: فرقة, فريق
squadron: سرب
squeeze: ضغط
stagnant: راكد
stagnation: ركود
stain: بقعة
staircase: درج
stairs: درج, سلالم
stake: حصة, رهان
stakeholder: جهات معنية
stall: كشك, تعثر
stalled: متعثر
stamp: طابع, ختم
stand: موقف, منصة
standard: معيار, معايير, مستوى
standby: تأهب
standing: مكانة, دائم
standoff: مواجهة
staple: أساسي
star: نجم, نجوم
stare: حدق
stared: حدق
staring: حدق
startup: شركة ناشئة
statehood: دولة
statesman: رجل دولة
stationed: متمركز
statute: قانون, نظام أساسي
steadfast: صامد
steady: ثابت, مستقر
stealth: شبح
steam: بخار
steep: حاد
steer: وجه, قاد
steering: توجيه
stepfather: زوج الأم
stepmother: زوجة الأب
sterile: معقم
steward: مضيف
stick: عصا
sticker: ملصق
stigma: وصمة
stimulate: حفز
sting: لدغة
stipulate: نص
stipulation: شرط
stir: أثار, حرك
stitch: غرزة
stomach: بطن
stone: حجر, حجارة
storage: تخزين, مستودع
story: قصة, قصص
stove: موقد
straight: مستقيم, متتالي, مباشرة
straightforward: بسيط, واضح
strange: غريب
stranger: غريب, غرباء
strangle: خنق
straw: قش
strawberry: فراولة
stray: ضال
stream: تيار, جدول, بث
streaming: بث
strength: قوة
stressful: مرهق
stretch: امتد, مسافة
stretcher: نقالة
strictly: بصرامة
strife: صراع, نزاع
string: خيط, سلسلة
stringent: صارم
strip: قطاع, شريط
stripped: جرد
stronger: أقوى
strongest: أقوى
strongly: بشدة
strongman: رجل قوي
structural: هيكلي
structure: هيكل, بنية
stubborn: عنيد
studio: استوديو
stuff: أشياء, أغراض
stumble: تعثر
stun: صعق, أذهل
stung: لدغ
stunned: مذهول
stunning: مذهل
stupid: غبي
stupidity: غباء
style: أسلوب, نمط
subdue: أخضع
subject: موضوع, مواضيع, خاضع, مادة, مواد
subjected: تعرض
submission: تقديم, خضوع
subpoena: استدعاء
subsidiary: شركة تابعة, فرع
substance: مادة, مواد
substantial: كبير, ملموس
substitute: بديل
subversion: تخريب
successfully: بنجاح
successive: متعاقب
sufficient: كاف
suggestion: اقتراح, اقتراحات
suicidal: انتحاري
suit: بدلة, دعوى, ناسب
suitable: مناسب
suitcase: حقيبة سفر
suite: جناح
summary: ملخص
sun: شمس
sung: غنى, غناء
sunk: غرق, أغرق
sunlight: ضوء الشمس
sunny: مشمس
sunshine: أشعة الشمس
superficial: سطحي
superior: متفوق, أعلى
superiority: تفوق
superpower: قوة عظمى
superstition: خرافة
supervisor: مشرف
supper: عشاء
supplement: مكمل, مكملات
supportive: داعم
suppose: افترض, مفترض
supposedly: مفترض
supremacy: تفوق, سيادة
sure: متأكد, أكيد
surface: سطح
surgical: جراحي
surname: لقب, اسم العائلة
surprising: مفاجئ
surprisingly: بشكل مفاجئ
suspension: تعليق, إيقاف
suspicious: مشبوه, مريب
sustain: تكبد, أصيب, حافظ
sustainability: استدامة
swallow: ابتلع
swam: سبح
swamp: مستنقع
swarm: سرب, أسراب
sweat: عرق
sweater: كنزة
swedish: سويدي
sweeping: شامل, اجتاح, اكتساح
sweet: حلو, حلوى
swelling: تورم
swift: سريع
swiftly: بسرعة
swim: سباحة, سبح
swimmer: سباح
swing: تأرجح
swiss: سويسري
swollen: متورم
sword: سيف, سيوف
swung: تأرجح
syllabus: منهج
symbol: رمز, رموز
symbolic: رمزي
symbolize: رمز
sympathetic: متعاطف
sympathize: تعاطف
sympathizer: متعاطف, أنصار
sympathy: تعاطف
symphony: سيمفونية
syndrome: متلازمة
synthetic: اصطناعي
syringe: حقنة, محقنة
syrup: شراب
table: طاولة, جدول
tablet: جهاز لوحي, قرص
tactic: تكتيك, أساليب
tactical: تكتيكي
tail: ذيل
tailor: خياط
taiwan: تايوان
takeoff: إقلاع
tale: حكاية, قصة
talent: موهبة, مواهب
talented: موهوب
tall: طويل
taller: أطول
tamper: عبث
tangible: ملموس
tape: شريط, تسجيل
task: مهمة, مهام
task force: فريق عمل, قوة مهام
taste: طعم, ذوق
tattoo: وشم
taxation: ضرائب
tea: شاي
teamwork: عمل جماعي
tear: دموع, مزق
teargas: غاز مسيل للدموع
technical: فني, تقني
technique: تقنية, أسلوب
technocrat: تكنوقراط
teeth: أسنان
telephone: هاتف
telescope: تلسكوب, مقراب
temple: معبد, معابد, هيكل
temporarily: مؤقتا
temptation: إغراء
tendency: ميل, نزعة
tentative: مبدئي
tenure: ولاية, فترة
terminal: محطة, صالة, نهائي
terminate: أنهى, إنهاء
termination: إنهاء
terrace: شرفة
terrain: تضاريس
terrible: فظيع, رهيب
terrified: مذعور
terrifying: مرعب
territorial: إقليمي
terror: رعب, إرهاب
testing: فحص, اختبار
textbook: كتاب مدرسي
textile: نسيج, منسوجات
thai: تايلاندي
thailand: تايلاند
thankful: ممتن
theatrical: مسرحي
theme: موضوع
theoretical: نظري
theory: نظرية, نظريات
therapist: معالج
therapy: علاج
thermal: حراري
thesis: أطروحة, رسالة
thick: سميك, كثيف
thigh: فخذ
thin: رقيق, نحيف
thirst: عطش
thirsty: عطشان
thirteen: ثلاثة عشر, ثلاث عشرة
thorn: شوكة
thorough: شامل
thoroughly: بدقة
thread: خيط
threshold: عتبة
thrive: ازدهر
thriving: مزدهر
throat: حنجرة
throne: عرش
throng: حشود
throughout: طوال
thug: بلطجي, بلطجية
thumb: إبهام
thunder: رعد
thwart: أحبط
tidal: مدي
tide: مد, مد وجزر
tiger: نمر
tight: ضيق, مشدد
tile: بلاط
timber: خشب
timeframe: إطار زمني
timing: توقيت
tin: قصدير, علبة
tiny: صغير, ضئيل
tip: بلاغ, إكرامية
tire: إطار, إطارات
tired: متعب
tissue: نسيج, أنسجة
toddler: طفل صغير
toe: إصبع القدم
toilet: مرحاض, دورة مياه
token: رمز
tolerance: تسامح
tolerate: تحمل
tomato: طماطم, بندورة
tomb: قبر, ضريح, مقبرة
tone: نبرة, لهجة
tongue: لسان
tool: أداة, أدوات
tooth: أسنان
topic: موضوع, مواضيع
topple: أطاح
torch: شعلة
tore: مزق
torn: ممزق
tornado: إعصار
torpedo: طوربيد
torrent: سيل, سيول
torrential: غزير
toss: رمى
totalitarian: شمولي
touch: لمس
tougher: أشد
tow: سحب
towel: منشفة
toy: لعبة, ألعاب
trace: أثر, آثار, تتبع
tractor: جرار
trademark: علامة تجارية
tragic: مأساوي
trail: درب, أثر
trailer: مقطورة
trainee: متدرب, متدربون
trainer: مدرب
traitor: خائن, خونة
trajectory: مسار
tranquility: هدوء
transformation: تحول
transfusion: نقل دم
transit: عبور, ترانزيت
translator: مترجم
transmit: نقل, بث
transparent: شفاف
transplant: زراعة, زرع
traumatic: صادم
tray: صينية
treacherous: غادر
treasure: كنز, كنوز
tremendous: هائل
trench: خندق, خنادق
triangle: مثلث
tribute: تكريم, تحية
trick: حيلة, خدعة
triumph: انتصار
trivial: تافه
trooper: جندي
trophy: كأس, جائزة
tropical: استوائي
trouble: مشكلة, متاعب
troubled: مضطرب
troupe: فرقة
trousers: بنطال
true: صحيح, حقيقي
truly: حقا
trunk: جذع, صندوق
trustworthy: جدير بالثقة
truth: حقيقة, حقائق
tsunami: تسونامي
tube: أنبوب
tuberculosis: السل, مرض السل
tumor: ورم, أورام
tumour: ورم, أورام
tuna: تونة
tune: لحن
turbine: توربين, توربينات
turbulence: اضطرابات
turbulent: مضطرب
turk: تركي, أتراك
turn: تحول, منعطف
turtle: سلحفاة
tutor: مدرس خصوصي
twelve: اثنا عشر, اثني عشر, اثنتي عشرة
twin: توأم, توائم
twist: التواء, تحول
tying: ربط
typhoid: تيفوئيد
typhoon: إعصار
typical: نموذجي, معتاد
typically: عادة
tyranny: طغيان, استبداد
tyrant: طاغية
ugly: قبيح
ulcer: قرحة
ultimate: نهائي, أقصى
ultrasound: موجات فوق صوتية
umbrella: مظلة
unacceptable: مرفوض
unarmed: أعزل, عزل
unborn: جنين
uncertain: غامض
uncertainty: غموض, ضبابية
uncle: خال, أعمام, أخوال
unconscious: فاقد الوعي
uncover: كشف
undercover: سري, متخف
underestimate: استهان
undergraduate: طالب جامعي
underline: شدد
underlying: كامن
underway: جار
underwear: ملابس داخلية
undoubtedly: بلا شك
unexpected: مفاجئ
unexpectedly: بشكل مفاجئ
unfortunate: مؤسف
unfortunately: للأسف
unharmed: سالم, سالمين
unification: توحيد
uniform: زي, أزياء
unique: فريد
universal: عالمي, شامل
universe: كون
unleash: أطلق
unload: أفرغ, تفريغ
unlock: فتح
unmanned: مسير, بدون طيار
upload: رفع, تحميل
upper: أعلى, علوي
upset: منزعج, مستاء
upward: صعودي
urine: بول
usage: استخدام
useful: مفيد
useless: عديم الفائدة
username: اسم المستخدم
usual: معتاد, عادي
vacancy: شاغر, وظائف شاغرة
vacant: شاغر
vacuum: فراغ
vague: غامض
valid: صالح, ساري
validity: صلاحية
valuable: قيم, ثمين
valuation: تقييم
valve: صمام
van: شاحنة صغيرة, عربة
vanish: اختفى
variable: متغير
variation: تباين, تفاوت
variety: تنوع, مجموعة
various: مختلف, متنوع
vary: تفاوت, تراوح
vast: واسع, شاسع
vault: خزنة, قبو, خزينة, خزائن
vegetarian: نباتي
veil: حجاب, نقاب
vein: وريد
velocity: سرعة
vengeance: انتقام
ventilation: تهوية
ventilator: جهاز تنفس
venture: مشروع, مغامرة
venue: مكان, مقر
verbal: لفظي
verge: حافة, شفا
verse: آية, بيت
version: نسخة, رواية
versus: مقابل
vertical: عمودي
vet: طبيب بيطري
veterinary: بيطري
via: عبر, عن طريق
viable: مجد
vibration: اهتزاز
vice: نائب
vicinity: محيط, جوار
vicious: شرس
victorious: منتصر
vietnam: فيتنام
vigil: وقفة
vigilant: يقظ
villa: فيلا
villager: قروي, أهالي القرية
villain: شرير
vine: كرمة
vinegar: خل
vineyard: كرم, كروم
violently: بعنف
virgin: عذراء
virtual: افتراضي
virtually: تقريبا, افتراضيا
virtue: فضيلة
visibility: رؤية
visible: مرئي, ظاهر
vision: رؤية
visual: بصري
vitamin: فيتامين, فيتامينات
vocational: مهني
void: باطل, فراغ
volatile: متقلب
volatility: تقلب, تقلبات
volcanic: بركاني
volcano: بركان, براكين
volleyball: كرة طائرة
volume: حجم
voluntarily: طوعا
vomit: تقيأ, قيء
vomiting: تقيؤ, قيء
voucher: قسيمة
voyage: رحلة
wagon: عربة
waist: خصر
waiter: نادل
waitress: نادلة
waive: تنازل, أعفى
waiver: إعفاء
wake: أعقاب, استيقظ
walk: مشى, سير
walkout: انسحاب, إضراب, توقف عن العمل, انسحب
wallet: محفظة
walter: والتر
ward: جناح, قسم, حي
warden: مدير سجن, حارس, مدير السجن, سجان
wardrobe: خزانة ملابس
warhead: رأس حربي, رؤوس حربية
warlord: أمير حرب, أمراء الحرب
warm: دافئ, دفء
warmth: دفء
warrior: محارب, مقاتل
wash: غسل
washing: غسيل
waterfall: شلال, شلالات
watermelon: بطيخ
waterway: ممر مائي
wax: شمع
way: طريقة, طريق, سبيل
weaker: أضعف
weakest: أضعف
weakness: ضعف, نقطة ضعف, ثغرة, ثغرات
weaponry: أسلحة
web: شبكة, الإنترنت
wed: تزوج
weed: حشيش, أعشاب ضارة
weep: بكى
weigh: وزن
weight: وزن, أوزان
weird: غريب
well-being: رفاه
wept: بكى
wet: مبلل, رطب
wheel: عجلة, عجلات
wheelchair: كرسي متحرك
whereabouts: مكان, مصير
whip: سوط, جلد
whiskey: ويسكي
whisky: ويسكي
whisper: همس
whistle: صافرة
whistleblower: مبلغ
white: أبيض, بيضاء
wholesale: جملة, بالجملة
wide: واسع, عريض
wider: أوسع
width: عرض
wifi: واي فاي
wild: بري, متوحش
wilderness: برية
wildlife: حياة برية
willing: مستعد
willingness: استعداد
window: نافذة, نوافذ
windy: عاصف
wine: نبيذ, خمر
wing: جناح, أجنحة
wipe: مسح
wire: سلك, أسلاك
wireless: لاسلكي
wiretap: تنصت
wiretapping: تنصت
wisdom: حكمة
wise: حكيم
wish: تمنى, أمنية
witch: ساحرة
witchcraft: سحر, شعوذة
withstood: صمد, صمود
woke: استيقظ
woken: استيقظ
wolf: ذئب, ذئاب
wolves: ذئب, ذئاب
womb: رحم
wonder: تساءل, عجيبة
wonderful: رائع
wood: خشب, أخشاب
wooden: خشبي
woods: غابة
wool: صوف
word: كلمة, كلمات
wore: ارتدى
workload: عبء عمل
workplace: مكان العمل
workshop: ورشة, ورش
worm: دودة, ديدان
worn: ارتدى, بال
worship: عبادة, عبد
worthy: جدير
wrap: لف
wrath: غضب
wreck: حطام
wrestler: مصارع
wrestling: مصارعة
wrist: معصم
wrong: خطأ, خاطئ
wrongly: خطأ, بالخطأ
xenophobia: كراهية الأجانب
yacht: يخت
yard: ساحة, فناء, ياردة
yell: صرخ
yellow: أصفر, صفراء
yellow card: بطاقة صفراء, إنذار
yoga: يوغا
yogurt: لبن, زبادي
younger: أصغر
youngest: أصغر
youngster: شاب, شبان
yuan: يوان
zero: صفر
zinc: زنك
zionism: صهيونية
zionist: صهيوني, صهاينة
zoo: حديقة حيوان
zoom: زووم
cashier: أمين الصندوق, أمين صندوق, صراف
flagrant: صارخ, فاضح
blatant: صارخ, فاضح
seismology: علم الزلازل, رصد الزلازل, رصد زلزالي
beekeeper: نحال, مربي النحل, مربي نحل
tranche: دفعة, شريحة
sortie: طلعة, طلعات
storey: طابق, طوابق
hardest: أشد, أصعب
hardest hit: الأكثر تضررا, الأشد تضررا, تضرر
hit the hardest: الأكثر تضررا, الأشد تضررا, تضرر
worst hit: الأكثر تضررا, الأشد تضررا, تضرر
take to hospital: نقل إلى المستشفى
reuse: إعادة استخدام, أعاد استخدام
restart: أعاد تشغيل, إعادة تشغيل
retook: استعاد, استعادة
internationally: دوليا
earthen: ترابي
unconditional: غير مشروط, دون شروط
cite: استند, استناد
suffocate: خنق, اختنق
put: وضع
put on sale: طرح, طرح للبيع
real: حقيقي
through: عبر, خلال
despite: رغم, برغم
`;
