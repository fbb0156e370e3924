import { normalizeArabic } from './normalize.js';

/**
 * Function words that carry no topic: question words, particles,
 * prepositions, pronouns, demonstratives, relatives and auxiliaries. Written
 * naturally here and normalized once, so entries read as Arabic. Reporting
 * verbs (قال، أكد …) and news vocabulary (عام، يوم …) are deliberately absent:
 * they are what "who said" and "when" questions are about.
 */
const ARABIC = `
ما ماذا من متى أين كم هل كيف لماذا لما لم لن لا لو أي أيّ أية كيفما أينما ممن مما عما فيما بما
في على إلى الى عن مع مع ب ل ك و ف ثم أو أم أما إما بل لكن لكنّ حتى إذا إذ إن أن أنّ إنّ كأن لأن
كان كانت يكون تكون كانوا قد لقد سوف س ليس ليست
هو هي هم هن هما أنا نحن أنت أنتم أنتما له لها لهم لهن به بها بهم فيه فيها فيهم منه منها منهم عنه عنها عنهم عليه عليها عليهم إليه إليها إليهم
هذا هذه ذلك تلك هؤلاء أولئك هنا هناك ذاك
الذي التي الذين اللذين اللتين اللاتي اللواتي
بعد قبل عند عندما منذ بين حول خلال ضد دون عبر لدى نحو تجاه أمام وراء فوق تحت ضمن
كل بعض جميع أيضا أيضًا فقط كذلك غير سوى مثل بخصوص بشأن حيال إزاء
يكون تكون سيكون ستكون نكون أكون
يا أجل نعم بلى إلا ولا وما ومن وفي وعلى وهو وهي وقد ولم
مين شو ايش إيش ايه إيه وين فين ليش ليه امتى إمتى قديش كام ازاي إزاي كيفاش اللي يلي هاد هادا هاي هذي هيك شي يعني
وش ويش شلون چم جم منو هيدا هيدي هدول هذول دي ده كده كدا بس كمان رح ح لسا لسه مش مو ما حدا اشي شي ع
لحد لغاية لحتى بدو بدها بدهم بدي بدنا عايز عايزة عايزين عاوز عاوزين يبي يبغى انو إنو انه خلينا يا
`;

/**
 * Words that refer to the article itself in a question ("what does the
 * article say about …"), "according to" (بحسب، وفق: the answer names its
 * source in other words, or not at all), "now" (الآن، حاليًا، دلوقتي:
 * حاليا would match حالة), and spoken possessives (تبع، بتاع)
 * and بحق, which in an article are words (تبعه إطلاق نار، بحق، وفق
 * الاتفاق): removed from questions only, never from the text.
 */
const QUESTION_ONLY = `
المقال المقالة مقال مقالة الخبر خبر النص نص يقول تقول أخبرني اخبرني اشرح وضح يمكن حسب بحسب وفق وفقا وفقاً طبقا طبقاً
حدث حدثت يحدث جرى جرت يجري تجري حصل حصلت حصلو حصلوا يحصل صار صارت صاروا يصير تصير بصير بتصير الآن حاليا حالياً هلأ هلق الحين دحين دلوقتي دابا توا هسه هسع كتير سؤال يعني بسبب جراء
تبع تبعت تبعه تبعو تبعها تبعهم تبعنا تبعك بتاع بتاعة بتاعت بتوع بتاعه بتاعها بتاعهم بتاعته بتاعتها بتاعتهم بتاعتنا بتوعها بتوعهم بحق بحقه بحقها بحقهم
ديال ديالو ديالوا ديالها ديالهم تاع تاعو تاعوا تاعها تاعهم نتاع نتاعو نتاعوا متاع متاعو متاعوا متاعها متاعهم مالت مالته مالتهم
شصار شصاير شكو طرا زعما أوي اوي دلوقت ذلحين دلحين هسي هسا دروك ضرك توه بلكي متين راه راهي راهو راهوا راهم
بغيت بغينا أبغى ابغى أريد اريد أعرف اعرف نعرف أشتي اشتي خبرني خبرنا قلي قللي قولي قوللي گلي احكيلي احكيلنا فهمني عاودلي أصلا أصلاً اصلا أساسا أساساً اساسا بالأصل بالاصل
`;

/**
 * Function words of the dialects that are other words in standard Arabic or
 * in names once normalized (لمه in كلمة، اكو in باكو، مهب in مهب الريح):
 * question words and particles of Iraqi, Maghrebi, Gulf, Egyptian and
 * Levantine chat. Removed from questions only.
 */
const SPOKEN_ONLY = `
بم بما فيم عم ودي عال قدام علاش شكون وقتاش فوقاش شوكت شنو اشنو منين
شكد شگد اشكد اشگد شكثر شقد أديش اديش بيش شحال بشحال قداش قدّاش قداه إيمتى ايمتى إيمتا ايمتا امتا وقتيش وقتاه إيحين ايحين
لويش علاه لمه منهو منهوا اشكون اشلون كيفاه شنهو شنهوا شنوة شنية شنيا اشنوة اشنية آش اش أشمن اشمن شمن واش فاش فاين ياتو ياتوا اشنوا
اكو ماكو ماكوا فد چان ويا وياه وياها وياهم هيج هيچ هكا هاكا هذني هذوله ذوله هذاك هذيك هذيج هادول هيدول هداك هديك هيداك هيديك داك هادوك هاداك هاديك
لعد گبل دا عشان علشان مشان منشان كرمال برضو برضوا برضه أهو اهو اد موش ماهوش مب مهب مافي غادي غا باش كي حيت با
`;

/** English function words, so that an English question is judged on its content. */
const ENGLISH = `
a an the of in on at to for from by with about and or but is are was were be been being do does did
what who whom whose which when where why how it its this that these those there here i you he she we they
me him her us them my your his our their as into than then so not no yes can could would should will
tell say said says article text may might must shall have has had get got any some all many much more most very also just only
al el mr mrs ms dr long s t d ll re ve m
if whether aren isn wasn weren don doesn didn wouldn couldn shouldn hasn haven hadn
isnt arent wasnt werent dont doesnt didnt wont wouldnt couldnt shouldnt cant hasnt havent over
like until till going gonna thing things according
happen happens happened happening occur occurs occurred
since else yet because already
now before after without between among amongst during within upon onto toward towards via per while though although
`;

/** Words asking for precision ("exactly when"): dropped from questions, and read by the ranker (question.ts). */
const PRECISION = `بالضبط بالزبط بالظبط تحديدا تحديدًا بالتحديد exactly exact precisely precise specifically`;

function normalizedSet(...lists: string[]): ReadonlySet<string> {
  return new Set(lists.flatMap((list) => list.split(/\s+/).filter(Boolean).map(normalizeArabic)));
}

/** Stopwords for both articles and questions; includes the common colloquial question words (مين، شو، وين …). */
export const STOPWORDS: ReadonlySet<string> = normalizedSet(ARABIC, ENGLISH);

/** Stopwords for questions only: {@link STOPWORDS} plus words about the article. */
export const QUESTION_STOPWORDS: ReadonlySet<string> = normalizedSet(ARABIC, ENGLISH, QUESTION_ONLY, SPOKEN_ONLY, PRECISION);

/** Words asking for precision, normalized (بالضبط، تحديدًا، exactly). */
export const PRECISION_WORDS: ReadonlySet<string> = normalizedSet(PRECISION);

/** Letters that attach to a following word: لأي، بماذا، وهل are function words too. */
const ATTACHED = /^[وفبلك]/;

/**
 * Short function words that take no attached letter, mostly spoken ones:
 * behind one they are the end of another word (فاو is the FAO, not ف + أو;
 * فرح is joy, not ف + رح; بدا began, not ب + دا; وفد a delegation, not
 * و + فد; لبس wore, not ل + بس; فتحت opened, ليلي Layla, ليبي Libyan, بلدي
 * municipal). شو and شي do take one (بشو، وشي).
 */
const STANDALONE = new Set('لو او رح ح عم بس مش مو وش جم دي ده اش فد دا اد مب غا كي با لمه اكو تحت يلي لسا يبي لدي'.split(' '));
/** The ك of likeness attaches to few words (كما، كذلك، كأي): كمين is an ambush, not ك + مين. */
const TAKES_KAF = new Set('ما ذلك هذا هذه ان انه انها اي'.split(' '));

/**
 * Prepositions and quantifiers that take a pronoun suffix and stay function
 * words with it (عندها، فوقها، كلهم، بينهم، معهم; spoken معاه، معانا). "My" (ي) is left out, as
 * كلي is also "total", and so are the spoken لي and بي (لينا is a name).
 */
const PRONOUN_HOSTS = new Set(
  `من عن في علي الي مع عند لدي بين حول خلال ضد دون نحو تجاه امام وراء فوق تحت ضمن كل بعض غير مثل بعد قبل حيال ازاء`
    .split(' '),
);
const HOSTED_PRONOUN = /^(.{2,4}?)(ه|ها|هم|هما|هن|ك|كم|كما|كن|نا|اه|اها|اهم|انا)$/;
const isHostedPronoun = (norm: string) => PRONOUN_HOSTS.has(HOSTED_PRONOUN.exec(norm)?.[1] ?? '');

/**
 * True when a normalized word is a stopword, alone or behind one attached
 * letter. In a question (`question`) a preposition with a pronoun (عندهم،
 * وفوقها) is one too, so that it does not count as a topic the article
 * lacks; articles keep such words (dropping them there only reshuffled
 * ties, by measurement).
 */
export function isStopword(norm: string, stopwords: ReadonlySet<string>, question = false): boolean {
  if (stopwords.has(norm) || (question && isHostedPronoun(norm))) return true;
  const rest = norm.slice(1);
  // Behind an attached letter, a preposition with a pronoun only behind و or ف (وعندهم): بلدية is no ب + لديه.
  const listed = stopwords.has(rest) || (question && /^[وف]/.test(norm) && isHostedPronoun(rest));
  return norm.length > 2 && ATTACHED.test(norm) && listed && !STANDALONE.has(rest) && (norm[0] !== 'ك' || TAKES_KAF.has(rest));
}
