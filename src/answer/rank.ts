import { hasArticle } from '../arabic/stem.js';
import { isOrdinaryWord } from '../arabic/lexicon.js';
import type { Token } from '../arabic/analyze.js';
import { matchHits, resolveWords, type Hits, type QueryWord } from '../search/match.js';
import type { IndexedChunk, PassageIndex } from '../search/passage-index.js';
import { isFuture, isLocativeWord, isMonthOrdinal, isNumberWord, isPlaceName } from '../search/sentence-features.js';
import { isLatinWord, translateEnglish } from '../arabic/english.js';
import { normalizeArabic } from '../arabic/normalize.js';
import { isCountNoun, type Question } from './question.js';
import { answersKind, datesTo, AGE_WORDS, between, COUNT_WINDOW, isAccusativeOffice, isAge, isDual, isReached, NAME_WINDOW, placesByMatched, UNTOLD, withholds, type Placement } from './answer-form.js';

/**
 * Ranking: MiniSearch (BM25+) finds the candidate sentences; each is then
 * scored by how much of the question it covers, weighted by how rare each
 * question word is, with boosts for the question's words standing together
 * and for the kind of thing the question asks for.
 */

export interface RankedChunk {
  entry: IndexedChunk;
  score: number;
  /** Share of the question's weight this sentence matches, 0 to 1, lowered when it lacks the form of the answer. */
  coverage: number;
  /** The share before that lowering: how much of the question's topic the sentence speaks of. */
  topicality: number;
  /** A number stands right before the noun a how-many question counts (سبعة بنود for كم بندًا). */
  countsAsked: boolean;
  /** That number is exact (not مئات، عشرات) and the noun is the question's own word or its plural, not a guess at it. */
  countsExactly: boolean;
  /** The sentence comes near the answer but does not give it (it says the article does not tell, gives a vague figure, names no one …). */
  nearMiss: boolean;
  /** Token indexes of matched words. */
  matched: number[];
}

/**
 * The least match quality of a counted noun for countsExactly: its stem or
 * plural, a proclitic reading, a verbal noun, a glossary translation of an
 * English word; not a typo, a weaker synonym, a derivation or a root guess.
 */
const COUNTED_QUALITY = 0.85;

/** Weights of the ranking signals; coverage counts 1. */
export const RANKING = {
  /**
   * Subtracted from a headline's score: a headline sums up what the body
   * tells in full, and its shortness flatters BM25 and proximity, so on a tie
   * the body sentence, with the details, goes first.
   */
  headline: 0.05,
  /** BM25 score relative to the best candidate's. */
  bm25: 0.1,
  /** Share of adjacent question-word pairs that also stand within a few words of each other. */
  proximity: 0.15,
  /** The sentence holds the kind of thing asked for (a time for متى, a number for كم). */
  kind: 0.05,
  /**
   * For "when", the time is exact (a day, a date, a month, a year), not only
   * vague or relative (منذ مطلع العام، بعد نحو عشرين دقيقة): the sentence
   * that dates the event itself usually gives the exact one.
   */
  exactTime: 0.05,
  /**
   * A number right before the noun a how-many question counts (نحو 320
   * راكبًا for شكد راكب): that number surely counts it, while a number
   * elsewhere (مقتل 9 أشخاص … قطار للركاب) may count something else.
   */
  counted: 0.1,
  /**
   * Credit of each word of a fixed expression (حزب الله، رفع الفائدة) found
   * apart in a sentence: a verb and its object are often split by a subject
   * (رفع البنك المركزي سعر الفائدة), a name rarely is.
   */
  phraseApart: 0.75,
  /** Credit of a question word found only in the sentence before, in the same paragraph. */
  context: 0.5,
  /**
   * Credit of the words of a body the sentence names only by its first word
   * with the article, after naming it in full before (الهيئة العليا المستقلة
   * للانتخابات … رئيس الهيئة): a plainer reference than a neighbour sentence's.
   */
  shortenedBody: 0.75,
  /** How far apart (in words) two question words may stand to count as together. */
  window: 3,
  /**
   * Coverage is multiplied by this when a sentence lacks the form of what
   * the question asks for: a time for "when", a number for "how many", a
   * name for "name" and "person" questions. Those forms are plain to see, so
   * their absence weighs heavily.
   */
  missingKindFactor: 0.5,
  /**
   * The same when what is asked for is plain to see and the sentence only
   * comes near it: a round figure or a vague span for a question asking for
   * precision (بالضبط، تحديدا), no name beside the office or thing whose
   * name is asked, an unspecified mention (حزبين معارضين) for "which". The
   * asker already knows that much, and the article says no more.
   */
  nearMissFactor: 0.3,
  /** The same for "why": a reason is often implicit (no لأن، بسبب), so its absence weighs less. */
  missingReasonFactor: 0.7,
  /** The same for "where": places are named in many ways (a village's name the gazetteer lacks), so it weighs less again. */
  missingPlaceFactor: 0.85,
};

const best = (hits: Hits) => hits.reduce((max, hit) => Math.max(max, hit.quality), 0);

/** Share of consecutive question-word pairs that stand within `window` words of each other. */
function proximity(hits: readonly Hits[], window: number): number {
  if (hits.length < 2) return 0;
  let together = 0;
  for (let i = 0; i + 1 < hits.length; i++) {
    if (hits[i]!.some((a) => hits[i + 1]!.some((b) => b.at !== a.at && Math.abs(b.at - a.at) <= window))) together++;
  }
  return together / (hits.length - 1);
}

/**
 * Question words that stand side by side in the question and somewhere in
 * the corpus form a name or fixed expression (حزب الله، مجلس الأمن): in a
 * sentence where they are not together, each counts less. This keeps
 * "الله" of "بحمد الله" from answering a question about حزب الله.
 */
function phraseCredit(hits: readonly Hits[], phrases: ReadonlySet<number>): number[] {
  const credit = hits.map(best);
  for (const i of phrases) {
    const together = hits[i]!.some((left) => hits[i + 1]!.some((right) => right.at === left.at + 1));
    if (!together) {
      credit[i] = credit[i]! * RANKING.phraseApart;
      credit[i + 1] = credit[i + 1]! * RANKING.phraseApart;
    }
  }
  return credit;
}

/** Whether the question has `right` right after `left`, with no word between (or next in one phrase's translation). */
const followsInQuestion = (question: Question, left: QueryWord, right: QueryWord) =>
  left.token === right.token
    ? left.part !== undefined && right.part === left.part + 1
    : question.tokens.indexOf(right.token) === question.tokens.indexOf(left.token) + 1;

/** Modifiers of an office's time: its former holder, its current one. */
const FORMER = /^(ال)?(سابق|سابقه|اسبق)$|^(former)$/;
const CURRENT = /^(ال)?(حالي|حاليه|جديد|جديده)$|^(current|new)$/;

/**
 * The time word right after a person question's office (من رئيس البلدية
 * الحالي), if it has one and only one kind; `complement` is the office's
 * (see complementOfOffice).
 */
function officeTimeOf(question: Question, words: readonly QueryWord[], complement: readonly number[]): { asksFormer: boolean; asksCurrent: boolean } {
  const none = { asksFormer: false, asksCurrent: false };
  if (question.kind !== 'person' || words.length === 0) return none;
  const last = question.tokens.indexOf(complement.length ? words[complement.at(-1)!]!.token : words[0]!.token);
  const after = question.tokens.slice(last + 1, last + 3).filter((token) => !token.stop);
  const asksFormer = after.some((token) => FORMER.test(token.norm));
  const asksCurrent = after.some((token) => CURRENT.test(token.norm));
  return asksFormer && asksCurrent ? none : { asksFormer, asksCurrent };
}

/** Words that qualify an office without naming it (مدير البلدية الحالي، الوزير السابق، المؤقت). */
const OFFICE_MODIFIERS = new RegExp(`${FORMER.source}|${CURRENT.source}|^(ال)?(مؤقت|موقت)$|^(acting|interim)$`);

/**
 * For a question asking a person's name (من رئيس حزب الخضر، ما اسم مدير
 * شركة المياه الإقليمية), indexes of the words that complete the office:
 * those right after its first word, without a break; a relative (اللي،
 * التي) or any function word ends them. Left out: modifiers (الحالي), and
 * words the corpus never uses, which may be the asker's paraphrase.
 */
function complementOfOffice(question: Question, words: readonly QueryWord[]): number[] {
  const complement: number[] = [];
  if (question.kind !== 'person' || words.length === 0) return complement;
  for (let i = 1; i < words.length && followsInQuestion(question, words[i - 1]!, words[i]!); i++) {
    if (words[i]!.forms.length > 0 && !OFFICE_MODIFIERS.test(words[i]!.token.norm)) complement.push(i);
  }
  return complement;
}

/**
 * A present tense, which opens a clause that tells which (أطفال يعانون،
 * أحزاب تعارض): ي, or ت without an adjective's ending (تجارية، تركية are adjectives).
 */
const isPresentTense = (norm: string) => norm.startsWith('ي') || (norm.startsWith('ت') && !/(يه|ي|ين|يون|يات|ون)$/.test(norm));

/**
 * Whether every mention of the thing asked for is unspecified: an
 * indefinite noun and an indefinite adjective (حزبين معارضين، وسطاء
 * إقليميين), a number of them (ثلاث محافظات، يومين), or some of them (عدد من
 * البنوك، بعض الشركات). Such a sentence speaks of the thing but does not
 * say which; an identified one is definite, in construct (محافظتي الشمال،
 * مستشفى الأطفال), named, or told by a clause (أطفال لم يتلقوا، أطفال
 * يعانون، أحزاب تعارض).
 */
function onlyUnspecified(entry: IndexedChunk, hits: Hits): boolean {
  const { tokens, features } = entry;
  const isAdjective = (at: number) => {
    const next = tokens[at];
    // A kind of place with its name is no adjective: مستشفى بلدة الرميلة is in construct, and says which (مستشفى قرب
    // الحدود، مستشفى قرية نائية do not).
    const namedPlace = features.place.includes(at) && features.name.includes(at + 1);
    return !!next && !next.stop && !hasArticle(next.norm) && !/^\d/.test(next.norm) && !isPresentTense(next.norm) && !features.name.includes(at) && !namedPlace;
  };
  // في عدد من البنوك، بعض الشركات: some of them, not which.
  const some = (at: number) => /^(بعض|عده)$/.test(tokens[at - 1]?.norm ?? '') || (tokens[at - 1]?.norm === 'من' && /^(عدد|عددا|العديد)$/.test(tokens[at - 2]?.norm ?? ''));
  // في ثلاث محافظات، يومين في الأسبوع: how many, not which (محافظتي الشمال والوسط, in construct, says which).
  const numbered = (at: number) =>
    (isNumberWord(tokens[at - 1]?.norm ?? '') || isDual(tokens[at]!)) && !hasArticle(tokens[at + 1]?.norm ?? '') && !features.name.includes(at + 1);
  const indefinite = (at: number) => !hasArticle(tokens[at]!.norm);
  return hits.length > 0 && hits.every(({ at }) => some(at) || (indefinite(at) && (isAdjective(at + 1) || numbered(at))));
}

/**
 * The sentence before this one in its paragraph, which its pronouns and
 * short references usually point to (… اتحاد الغرف. وقال رئيس الاتحاد …).
 */
function previousInParagraph(index: PassageIndex, entry: IndexedChunk): IndexedChunk | undefined {
  const previous = index.chunks[entry.chunk.id - 1];
  return previous && previous.chunk.articleId === entry.chunk.articleId && previous.chunk.paragraph === entry.chunk.paragraph ? previous : undefined;
}

/** A question word naming a kind of place: in Arabic by its letters, in English by its glossary translations (street → شارع). */
const isLocative = (word: QueryWord) =>
  isLocativeWord(word.token.norm) || (isLatinWord(word.token.norm) && translateEnglish(word.token.norm).some((arabic) => isLocativeWord(normalizeArabic(arabic))));

/** A question word naming a known place: in Arabic by the gazetteer, in English when its glossary translations all name one (Australia → أستراليا). */
function namesPlace(word: QueryWord): boolean {
  const { norm } = word.token;
  if (!isLatinWord(norm)) return isPlaceName(norm);
  const translations = translateEnglish(norm);
  return translations.length > 0 && translations.every((arabic) => isPlaceName(normalizeArabic(arabic)));
}

/** The least match quality that finds a place's name in the corpus (a synonym, a proclitic reading); a typo or a root does not. */
const PLACE_SPELLING = 0.75;

/** Where each question word matches in a sentence, computed once per sentence and question (a sentence is also its successor's context). */
type HitsOf = (entry: IndexedChunk) => Hits[];

/** What rankChunks works out once per question, for scoring each sentence. */
interface Query {
  question: Question;
  words: readonly QueryWord[];
  /** See fixedPhrases. */
  phrases: ReadonlySet<number>;
  /** See complementOfOffice. */
  complement: readonly number[];
  /** For each question word, the id of the first sentence of this sentence's article that has it (Infinity: none). */
  firstSeen: (entry: IndexedChunk) => readonly number[];
  /** Indexes of the words whose identity is asked (Question.identityTypes). */
  identities: readonly number[];
  /** Indexes of the words naming the speaker of "what did X say" (Question.speaker). */
  speaker: readonly number[];
  /** Of those, the kinds of place (شارع، مدينة; street, city), which a place's name answers. */
  locative: ReadonlySet<number>;
  /** Indexes of the word whose value a "what" question asks (Question.valueAsked). */
  values: readonly number[];
  /** Indexes of the words naming what a how-many question counts (Question.answerTypes). */
  counted: readonly number[];
  /** Index of the unit of time a "when" question asks (Question.timeUnit), or -1. */
  timeUnit: number;
  /** The question asks an age (كم عمر …): only a number of years answers it, not the other numbers of the sentence. */
  asksAge: boolean;
  /** A name question in Arabic asking one name, which an institution's name in construct may answer (see Placement.constructName). */
  asksOneName: boolean;
  /** The question speaks of something to come: a future tense (ستعقد، سيكون), spoken رح or English "will". */
  future: boolean;
  /** A how-many question counting years or asking how long (كم عامًا، كم دامت), which a parenthesized figure of years may answer. */
  countsYears: boolean;
  totalWeight: number;
  /** The question names a known place the corpus never mentions (ما عاصمة أستراليا): the article is not about it. */
  absentPlace: boolean;
  /** The office asked about is its former holder's (رئيس البلدية السابق) or its current one's (الحالي، الجديد); not both. */
  officeTime: { asksFormer: boolean; asksCurrent: boolean };
}

function scoreChunk(entry: IndexedChunk, context: IndexedChunk | undefined, hitsOf: HitsOf, query: Query, bm25: number): RankedChunk {
  const { question, words, phrases } = query;
  const { kind } = question;
  const hits = hitsOf(entry);
  const credit = phraseCredit(hits, phrases);
  // A word the sentence lacks but the sentence before it has counts in part: the sentence may refer back to it.
  if (context) {
    const before = hitsOf(context);
    words.forEach((_, i) => {
      if (credit[i] === 0) credit[i] = RANKING.context * best(before[i]!);
    });
  }
  const { totalWeight } = query;
  const matched = [...new Set(hits.flatMap((row) => row.map((hit) => hit.at)))].sort((a, b) => a - b);
  // The one whose name is asked (قائد of ما اسم قائد الجيش) is the question's first content word; its name stands beside it,
  // and the words that complete it must be there too: مدير الهيئة is not مدير شركة المياه.
  // (In the sentence or, as a reference, in the one before it.)
  // A body named in full once may later go by its first word (الهيئة العليا المستقلة للانتخابات … رئيس الهيئة).
  // Its other words then count as a reference back (see RANKING.shortenedBody).
  // The body's first word is the first the sentence has with the article, past words of the office itself (المتحدث
  // باسم الوزارة for المتحدث باسم وزارة الداخلية); the article ends the name (in مدير شركة النقل، رئيسة بعثة اللجنة
  // the word goes on to another body).
  // It stands right after the office's words, or a modifier of them (not الوزارة anywhere: المتحدث باسم وزارة الخارجية …
  // أن الوزارة; but المدير الجديد للمستشفى).
  const officeWordAt = (k: number) => (k === 0 ? hits[0]! : hits[query.complement[k - 1]!]!).map((hit) => hit.at);
  const follows = (at: number, k: number) =>
    officeWordAt(k).some((office) => office === at - 1 || (office === at - 2 && OFFICE_MODIFIERS.test(entry.tokens[at - 1]!.norm)));
  const definite = (k: number) => hits[query.complement[k]!]!.some((hit) => hasArticle(entry.tokens[hit.at]!.norm) && follows(hit.at, k));
  const bodyAt = query.complement.findIndex((_, k) => definite(k));
  const rest = bodyAt < 0 ? [] : query.complement.slice(bodyAt + 1);
  const introduced = (i: number) => query.firstSeen(entry)[i]! < entry.chunk.id;
  const shortened =
    bodyAt >= 0 && query.complement.slice(0, bodyAt).every((i) => credit[i]! > 0) && rest.some((i) => credit[i] === 0) && rest.every((i) => credit[i]! > 0 || introduced(i));
  if (shortened) for (const i of rest) credit[i] = Math.max(credit[i]!, RANKING.shortenedBody);
  const sameHead = query.complement.every((i) => credit[i]! > 0);
  // Numbers are placed by the words matched well, and count a noun matched well: a near-synonym speaking weakly
  // (خرجوا for انسحبوا, see PRESENT_SYNONYM_FACTOR) does not make مئات السجناء خرجوا count the soldiers who withdrew.
  const firm = hits.map((row) => row.filter((hit) => hit.quality >= ANCHOR_QUALITY));
  const anchors = [...new Set(firm.flat().map((hit) => hit.at))];
  const near = (at: number, window: number) => anchors.some((word) => Math.abs(word - at) <= window);
  // Within one clause: no comma between a matched word and the number (… للمتضررين، مشيرًا إلى أن خسائر القطاع قد تصل إلى 60 مليون).
  const sameClause = (at: number) =>
    anchors.some((word) => Math.abs(word - at) <= COUNT_WINDOW.reached && !/[،,؛;]/.test(between(entry, Math.min(word, at), Math.max(word, at))));
  // The last word of the office the question names, counted on from its head while matched words follow each other
  // (المدير العام للشركة الوطنية لنقل الكهرباء المهندس سمير النجار): the name follows the whole office.
  const officeEnd = (head: number, before: number) => {
    let end = head;
    while (end + 1 < before && matched.includes(end + 1)) end++;
    return end;
  };
  const ageOf = (at: number) =>
    matched.some((word) => word < at && at - word <= NAME_WINDOW.after + 2 && entry.tokens.slice(word + 1, at).every((token) => !/^(ان|انه|انها|بان)$/.test(token.norm)));
  // The former holder is not the current one: السابق between the office and the name answers no الحالي، الجديد (and back).
  // Only the time word of the office itself, in the question (right after its words) and in the sentence (right after
  // the office, before any comma): not the person's description (رئيس الحزب الجديد، الوزير السابق …) nor a place's name
  // (محافظ الوادي الجديد السابق, where the question has both).
  const { asksFormer, asksCurrent } = query.officeTime;
  // (A name before the office, in apposition, is checked up to the sentence's end: فادي يوسف، رئيس البلدية السابق.)
  const otherTime = (head: number, at: number) => {
    const bound = at > head ? at : entry.tokens.length;
    const end = officeEnd(head, bound);
    return [end + 1, end + 2]
      .filter((k) => k < bound && !/[،,]/.test(between(entry, head, k)))
      .some((k) => (asksCurrent && FORMER.test(entry.tokens[k]!.norm)) || (asksFormer && CURRENT.test(entry.tokens[k]!.norm)));
  };
  const placement: Placement = {
    // Before the office only in apposition, after a comma (فؤاد القاسمي، المدير العام): in سمير العبدالله إيقاف مدير السجن the name is another's.
    nearHead: (at) =>
      sameHead &&
      hits[0]!.some((head) =>
        at > head.at
          ? at - officeEnd(head.at, at) <= NAME_WINDOW.after && !otherTime(head.at, at)
          : head.at - at <= NAME_WINDOW.before && (/[،,]/.test(between(entry, at, head.at)) || isAccusativeOffice(entry.tokens[head.at]!)) && !otherTime(head.at, at),
      ),
    placeAsked: words.length > 0 && isLocative(words[0]!),
    constructName:
      query.asksOneName &&
      hits[0]!.some(({ at }) => {
        const head = entry.tokens[at]!;
        if (hasArticle(head.norm) || head.stop) return false;
        for (let k = at + 1; k <= at + 3 && k < entry.tokens.length; k++) {
          const token = entry.tokens[k]!;
          if (token.stop || matched.includes(k) || /[،,]/.test(between(entry, k - 1, k))) return false;
          // The definite word must be a name: a place or a name the sentence knows, or no word of the lexicon
          // (سفينة الشحن، طائرة الركاب، سفينة الأسبوع الماضي are kinds and times, not names).
          if (hasArticle(token.norm)) return !entry.features.time.includes(k) && (entry.features.name.includes(k) || entry.features.place.includes(k) || !isOrdinaryWord(token.stem));
        }
        return false;
      }),
    // A number far from every word the question matched counts something else (مئات السجناء for كم عنصرًا انسحب).
    // An age follows the person's name, which may take a few words (مدير المستشفى الدكتور نزار عبد الصمد، 52 عامًا),
    // in the same clause: not past إن (… إن الطفل البالغ 12 عامًا).
    counts: (at) =>
      (!query.asksAge || isAge(entry.tokens, at)) &&
      // Nor, unless it asks years, a person's age (هالة النجار (34 عامًا) for كم موظف).
      (query.asksAge || query.countsYears || !statedAge(entry, at)) &&
      (near(at, COUNT_WINDOW.beside) || (query.asksAge && ageOf(at)) || (isReached(entry.tokens, at) && sameClause(at))),
    dual: query.counted.some((i) => firm[i]!.some(({ at }) => isDual(entry.tokens[at]!))),
  };
  const exactTime = kind === 'when' && answersKind(kind, entry, matched, true, placement) === true;
  // في أي يوم: a date is the day asked for, whether or not the sentence says يوم. The unit then weighs as the rest of the
  // question is covered: a date alone does not make a sentence about something else topical.
  const unit = query.timeUnit;
  if (unit >= 0 && exactTime && datesTo(entry, matched, question.timeUnit!.grain)) {
    const others = words.reduce((sum, word, i) => (i === unit ? sum : sum + word.weight), 0);
    const othersCovered = words.reduce((sum, word, i) => (i === unit ? sum : sum + word.weight * credit[i]!), 0);
    credit[unit] = Math.max(credit[unit]!, others > 0 ? othersCovered / others : 0);
  }
  const covered = words.reduce((sum, word, i) => sum + word.weight * credit[i]!, 0);
  // "Which parties" is not answered by "two opposition parties" ("how many" is), nor, without the word, by no name at all.
  // A kind of place (في أي شارع، on which street) is answered only by a place's name, not by the spokesman's.
  const names = (i: number) =>
    entry.features.name.some((at) => !matched.includes(at) && !entry.features.outlet.includes(at) && (!query.locative.has(i) || entry.features.place.includes(at)));
  const saysWhich = !query.identities.some((i) => {
    // The words of a translated phrase (news agency → وكالة + أنباء) name one thing: any of them will do.
    const identity = query.identities.filter((j) => words[j]!.token === words[i]!.token).flatMap((j) => hits[j]!);
    return onlyUnspecified(entry, identity) || (identity.length === 0 && !names(i));
  });
  // "When is the next meeting" is not answered by when the last one was.
  // "Where will it be held" is not answered by where the last one was either; a future tense asks that too, for "where"
  // only: "when" is often answered by a schedule told in the present (يبدأ المشاورات يوم الأربعاء).
  // "When will it begin" is not answered by a sentence whose times are all marked past and date something else (أعلنت
  // العام الماضي خطة …), though a schedule told in the present may answer it (see above). A past time right after the
  // asked event's own words (وبدأت المحاكمة أمس) says it has begun.
  const otherPastTime = (at: number) => isPastTime(entry.tokens, at) && !matched.some((word) => word < at && at - word <= PAST_EVENT_WINDOW);
  const pastTimesOnly =
    kind === 'when' && query.future && entry.features.future.length === 0 && entry.features.time.some((at) => !matched.includes(at)) && entry.features.time.every((at) => matched.includes(at) || otherPastTime(at));
  const onlyPast = pastTimesOnly || (((kind === 'when' && question.upcoming) || (kind === 'where' && (question.upcoming || query.future))) && entry.features.future.length === 0);
  const atWords = (indexes: readonly number[]) => indexes.flatMap((i) => hits[i]!.map((hit) => hit.at));
  // "Is it known which side fired first?" is answered by "it could not be verified which side": a yes or no question
  // has no identities (see rankChunks), so only what it asks whether is withheld from it.
  // A name is asked of the office or thing the question starts with (مدير المستشفى): what the sentence withholds of
  // its other words (جثامين مسلحين لم يتسنَّ التعرف على هوياتهم) is not that name, nor of the same word standing
  // elsewhere (أن المستشفى استقبل جثامين …). The office is its first word and the matched words right after it.
  const officeSpan = (head: number) => Array.from({ length: officeEnd(head, entry.tokens.length) - head + 1 }, (_, k) => head + k);
  const askedOf = kind === 'person' || kind === 'name' ? hits[0]!.flatMap((head) => officeSpan(head.at)) : matched;
  const withheld = withholds(entry, question.whoIs ? 'identity' : UNTOLD[kind], askedOf, atWords(query.identities), atWords(query.values));
  // في أي تاريخ، بأي سنة: only a time as fine as the unit asked (a year does not give the date).
  const datesAsked = !question.timeUnit || datesTo(entry, matched, question.timeUnit.grain);
  // "What did X say": a sentence naming no word of X, here or in the sentence before it, tells what someone else said.
  const otherSpeaker = query.speaker.length > 0 && query.speaker.every((i) => credit[i] === 0);
  const answered = saysWhich && !onlyPast && datesAsked && withheld !== 'strongly' && !otherSpeaker ? answersKind(kind, entry, matched, question.precise, placement) : false;
  // A time, a number or a name beside the office asked about elsewhere in the sentence may still answer; a place word
  // or a reason word is weaker evidence.
  const untold = withheld === 'strongly' || (withheld === 'weakly' && (answered !== true || !(kind === 'when' || kind === 'how-many' || kind === 'name' || kind === 'person')));
  const kindAnswered = untold ? false : answered;
  // Only a vague answer (مئات، منذ أشهر) to a question asking for precision: the article does not say.
  const onlyVague = question.precise && kindAnswered === false && answersKind(kind, entry, matched, false, placement) === true;
  // "When did the war end" of منذ انتهاء الحرب: the article names the event only to date something else by it.
  const onlyRelative = kind === 'when' && kindAnswered === false && entry.features.time.some((at) => placesByMatched(entry, matched, at));
  // An age is as plain to see as a name: a sentence about the person without one does not give it.
  const nearMiss = onlyVague || onlyPast || onlyRelative || !saysWhich || untold || otherSpeaker || query.asksAge || kind === 'name' || kind === 'person';
  const kindFactor = kindAnswered !== false ? 1 : nearMiss ? RANKING.nearMissFactor : kind === 'why' ? RANKING.missingReasonFactor : kind === 'where' ? RANKING.missingPlaceFactor : RANKING.missingKindFactor;
  const topicality = totalWeight > 0 ? covered / totalWeight : 0;
  const countsAsked = query.counted.some((i) => firm[i]!.some(({ at }) => entry.features.quantity.includes(at - 1)));
  // The same with an exact number before the counted noun itself (its own stem or plural, not a guess: مئات المقاتلين
  // does not count القتلى).
  const countsExactly = query.counted.some((i) =>
    hits[i]!.some(({ at, quality }) => quality >= COUNTED_QUALITY && isNumberWord(entry.tokens[at - 1]?.norm ?? '') && !entry.features.vague.includes(at - 1)),
  );
  const coverage = topicality * kindFactor * (query.absentPlace ? RANKING.nearMissFactor : 1);
  const score =
    coverage +
    RANKING.bm25 * bm25 +
    RANKING.proximity * proximity(hits, RANKING.window) +
    RANKING.kind * (kindAnswered ? 1 : 0) +
    RANKING.exactTime * (kindAnswered && exactTime ? 1 : 0) +
    RANKING.counted * (countsAsked ? 1 : 0) -
    (entry.chunk.paragraph === 0 ? RANKING.headline : 0);
  return { entry, score, coverage, topicality, nearMiss: kindAnswered === false && nearMiss, countsAsked, countsExactly, matched };
}

/** A time the sentence marks as past: أمس, or one followed by الماضي، المنصرم or أمس (العام الماضي، مساء أمس). */
const isPastTime = (tokens: readonly Token[], at: number) =>
  /^(امس|البارحه)$/.test(tokens[at]!.norm) || /^(الماضي|الماضيه|المنصرم|المنصرمه|امس)$/.test(tokens[at + 1]?.norm ?? '');
/** How many words after the asked event's own words a past time says when it happened (see pastTimesOnly in scoreChunk). */
const PAST_EVENT_WINDOW = 3;

/**
 * A person's age in parentheses after the name, as the news gives it: هالة
 * النجار (34 عامًا). The same stands for a duration after a thing (الحرب
 * الأهلية (15 عامًا)), which a question asking years or how long still takes
 * (see Query.countsYears).
 */
const statedAge = (entry: IndexedChunk, at: number) => at > 0 && isAge(entry.tokens, at) && /\(\s*$/.test(between(entry, at - 1, at));

/** English "will" of the future, not the noun (political will, the people's will). */
const futureWill = (tokens: readonly Token[], at: number) =>
  tokens[at]!.norm === 'will' && !/^(the|a|political|popular|good|free|own|his|her|their|its|people's|public)$/.test(tokens[at - 1]?.norm ?? '');

/** The least match quality of a word that places a number near it (see Placement.counts), or is the noun a number counts. */
const ANCHOR_QUALITY = 0.4;

/** The counted noun of a question asking years (كم عامًا، كم سنة; not خلال السنوات الأخيرة elsewhere in it). */
const YEAR_WORDS = /^(ال)?(عام|عاما|اعوام|سنه|سنوات|سنين|years?)$/;
/** Words asking how long, anywhere in the question: كم دامت، كم استمرت، ما مدة. */
const DURATION_WORDS = /^(ال)?(مده|دام|دامت|استمر|استمرت|طال|طالت|last|lasted)$/;

/** Indexes i where question words i and i+1 are adjacent in the question and adjacent somewhere in the corpus. */
function fixedPhrases(index: PassageIndex, question: Question, words: readonly QueryWord[]): Set<number> {
  const phrases = new Set<number>();
  const strong = (word: QueryWord) => word.forms.filter((form) => form.quality >= 0.85).map((form) => form.term);
  for (let i = 0; i + 1 < words.length; i++) {
    const left = words[i]!;
    const right = words[i + 1]!;
    if (!followsInQuestion(question, left, right)) continue;
    const rights = strong(right);
    if (strong(left).some((l) => rights.some((r) => index.neighbours.has(`${l} ${r}`)))) phrases.add(i);
  }
  return phrases;
}

/** Resolves the question's content words, one per distinct stem. */
export function questionWords(index: PassageIndex, question: Question): QueryWord[] {
  const seen = new Set<string>();
  const words: QueryWord[] = [];
  for (const token of question.content) {
    // في أي وقت، at what time: the word only asks when, which the kind says; met as a word it is another sense (time → مرة).
    if (question.timeUnit?.grain === 'any' && token === question.timeUnit.token) continue;
    if (seen.has(token.stem)) continue;
    seen.add(token.stem);
    for (const word of resolveWords(index, token, { name: question.names.has(token) || isPlaceName(token.norm), answerType: question.answerTypes.has(token) || isCountNoun(question, token) })) {
      // A word of a translated phrase that the question also asks by itself (agriculture minister … agriculture) counts once.
      const asked = word.forms.length ? word.forms.map((form) => `${form.on}:${form.term}`).sort().join(' ') : null;
      if (asked && seen.has(asked) && (word.part !== undefined || words.some((other) => other.part !== undefined))) continue;
      if (asked) seen.add(asked);
      words.push(word);
    }
  }
  return words;
}

/** Every sentence that matches at least one question word, best first. */
export function rankChunks(index: PassageIndex, question: Question): RankedChunk[] {
  const words = questionWords(index, question);
  const boosts = new Map<string, number>();
  // Side forms (a present word's relatives and near-synonyms) score the sentences the other forms find; they fetch
  // none of their own: a sentence met only through them is weak evidence, and fetching them made answering on a large
  // corpus 1.6 times slower.
  for (const word of words) for (const form of word.forms) if (!form.sideForm) boosts.set(form.term, Math.max(boosts.get(form.term) ?? 0, form.quality));
  if (boosts.size === 0) return [];

  const hits = index.search.search({ combineWith: 'OR', queries: [...boosts.keys()] }, { boostTerm: (term) => boosts.get(term) ?? 1 });
  const topBm25 = hits[0]?.score ?? 1;
  const complement = complementOfOffice(question, words);
  const query: Query = {
    question,
    words,
    phrases: fixedPhrases(index, question, words),
    complement,
    firstSeen: (entry) => {
      const known = firstSeen.get(entry.chunk.articleId);
      if (known) return known;
      const seen = words.map(() => Infinity);
      for (const chunk of index.sentencesOf(entry.chunk.articleId)) hitsOf(chunk).forEach((hits, i) => hits.length > 0 && (seen[i] = Math.min(seen[i]!, chunk.chunk.id)));
      firstSeen.set(entry.chunk.articleId, seen);
      return seen;
    },
    // "Did any party claim it?" asks whether, not which: "no party claimed it" answers it (and is no withheld identity).
    identities: question.kind === 'yes-no' ? [] : words.flatMap((word, i) => (question.identityTypes.has(word.token) ? [i] : [])),
    speaker: words.flatMap((word, i) => (question.speaker.has(word.token) ? [i] : [])),
    values: words.flatMap((word, i) => (word.token === question.valueAsked ? [i] : [])),
    locative: new Set(words.flatMap((word, i) => (question.identityTypes.has(word.token) && isLocative(word) ? [i] : []))),
    counted: question.kind === 'how-many' ? words.flatMap((word, i) => (question.answerTypes.has(word.token) ? [i] : [])) : [],
    timeUnit: words.findIndex((word) => word.token === question.timeUnit?.token),
    future: question.tokens.some((token, at) => token.norm === 'رح' || futureWill(question.tokens, at) || isFuture(question.tokens, at, token.norm.replace(/^ال/, ''))),
    countsYears:
      question.kind === 'how-many' &&
      question.tokens.some((token) => (question.answerTypes.has(token) && YEAR_WORDS.test(token.norm)) || DURATION_WORDS.test(token.norm)),
    // Asked in Arabic, of one name (not أسماء, mostly of people: أسماء الضحايا، مرضى الكلى).
    asksOneName: question.kind === 'name' && question.language === 'ar' && !question.tokens.some((token) => /^(اسماء|واسماء)$/.test(token.norm)),
    // كم عمر، كم سنه (answer types); وش عمر, where the age is the first content word and no answer type; how old.
    asksAge:
      question.kind === 'how-many' &&
      [...question.answerTypes, ...question.content.slice(0, 1)].some((token) => AGE_WORDS.test(token.norm) || token.norm === 'how old'),
    totalWeight: words.reduce((sum, word) => sum + word.weight, 0),
    officeTime: officeTimeOf(question, words, complement),
    // Absent, or met only by a guess (أستراليا ~ استقال by a typo): a place's name is spelled as the corpus would.
    absentPlace: words.some((word) => namesPlace(word) && !word.forms.some((form) => form.quality >= PLACE_SPELLING)),
  };
  const firstSeen = new Map<string, number[]>();
  const cache = new Map<IndexedChunk, Hits[]>();
  // "The second conference" does not meet تشرين الثاني, unless the question names such a month too (its ordinal may
  // have been merged with another word of the same stem: الجولة الأولى في كانون الأول).
  const namesMonth = question.tokens.some((_, at) => isMonthOrdinal(question.tokens, at));
  const wordHits = (entry: IndexedChunk) =>
    words.map((word) => {
      const found = matchHits(word, entry.tokens);
      return namesMonth ? found : found.filter(({ at }) => !isMonthOrdinal(entry.tokens, at));
    });
  const hitsOf: HitsOf = (entry) => cache.get(entry) ?? cache.set(entry, wordHits(entry)).get(entry)!;
  return hits
    .map((hit) => {
      const entry = index.chunks[hit.id as number]!;
      return scoreChunk(entry, previousInParagraph(index, entry), hitsOf, query, hit.score / topBm25);
    })
    .filter((ranked) => ranked.coverage > 0)
    .sort((a, b) => b.score - a.score || a.entry.chunk.id - b.entry.chunk.id);
}
