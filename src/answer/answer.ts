import { findArticle, type Library } from '../library.js';
import type { Answer, Passage } from './model.js';
import { parseQuestion, type Question, type QuestionKind } from './question.js';
import type { PassageIndex } from '../search/passage-index.js';
import { rankChunks, type RankedChunk } from './rank.js';
import { saidWithVerb, statementsAnswering } from './who-said.js';
import { findSpeakers } from '../attribution/search.js';
import type { Statement } from '../attribution/model.js';

/** Options of {@link answerQuestion}. */
export interface AnswerOptions {
  /** How many passages to return. Default 3. */
  limit?: number;
  /** Skip this many ranked passages first ("more passages"). Default 0. */
  offset?: number;
}

export const ANSWER_DEFAULTS = {
  limit: 3,
  /**
   * The best sentence must cover at least this share of the question's
   * weighted content words, or the corpus is judged not to answer it.
   */
  minCoverage: 0.4,
  /**
   * The same for a sentence with a number right before the very noun a
   * how-many question counts (نحو 300 طالب ضابط for كم طالبًا): that number
   * is the answer's form and the question's topic at once, so less of the
   * rest of the question need be there.
   */
  minCountedCoverage: 0.2,
  /**
   * When the sentence that speaks most of the question's topic lacks the
   * form of the answer (a time for "when", a name for "which"), the best
   * sentence must speak of at least this share of what that one speaks of:
   * "when is the next meeting of the committee", asked of an article that
   * only reports its last one, is not answered by a sentence about policy
   * in the months ahead, which has a future but not the meeting. The
   * headline is never that sentence: it names the topic and seldom a
   * detail, so it would silence the body sentence that gives one.
   */
  minTopicShare: 0.8,
  /** How far below the best-ranked sentence a who-said answer's sentence may rank and still be preferred. */
  attributionMargin: 0.2,
};

const MESSAGES = {
  noWords: {
    ar: 'لا يحتوي السؤال على كلمات يمكن البحث عنها.',
    en: 'The question has no words to look up.',
  },
  notCovered: {
    ar: 'لا يجيب المقال عن هذا السؤال.',
    en: 'The article does not answer this question.',
  },
};

/** The indexed sentence a statement stands in (statements never cross sentences). */
function sentenceOf(library: Library, statement: Statement) {
  return library.index.sentenceAt(statement.article.id, statement.paragraph, statement.sentence);
}

function toPassage(library: Library, ranked: RankedChunk): Passage {
  const { chunk, tokens } = ranked.entry;
  const article = findArticle(library, chunk.articleId)!;
  return {
    quote: chunk.text,
    article: { id: article.id, title: article.title },
    paragraph: chunk.paragraph,
    sentence: chunk.sentence,
    start: chunk.start,
    end: chunk.end,
    score: Math.round(ranked.score * 1000) / 1000,
    highlights: ranked.matched.map((at) => [tokens[at]!.start - chunk.start, tokens[at]!.end - chunk.start]),
  };
}

/**
 * Reads a question against the library. A "what did X say" question keeps
 * its speaker (Question.speaker) only when no article of the library quotes
 * anyone by that name: the attribution index then has nothing to give, and
 * a sentence that does not name X tells what someone else said (وش قال رئيس
 * الوزراء عن … of articles that never quote the prime minister). A speaker
 * they do quote may go by another name in the sentence that answers.
 */
export function readQuestion(library: Library, text: string): Question {
  const question = parseQuestion(text);
  const { said } = question;
  return said?.kind === 'what' && findSpeakers(library, said.speaker).length > 0 ? { ...question, speaker: new Set() } : question;
}

/**
 * Answers a question from the library: the best sentences, verbatim and
 * cited, or `answered: false` with the closest sentences when the corpus
 * does not cover the question.
 */
export function answerQuestion(library: Library, text: string, options: AnswerOptions = {}): Answer {
  const limit = options.limit ?? ANSWER_DEFAULTS.limit;
  const offset = options.offset ?? 0;
  const question = readQuestion(library, text);
  const ranked = rankForAnswer(library.index, question);
  const statements = statementsAnswering(library, question.said);
  if (statements.length && (attributionAgrees(library, ranked, statements) || saidWithVerb(library, question.said, statements[0]!))) {
    return whoSaidAnswer(library, text, question.language, statements, limit, offset);
  }
  const base = { question: text, offset, total: ranked.length, language: question.language };
  const results = ranked.slice(offset, offset + limit).map((entry) => toPassage(library, entry));

  if (question.content.length === 0) return { ...base, answered: false, message: MESSAGES.noWords[question.language], results: [], total: 0 };
  const best = ranked[0];
  if (!best || !coversEnough(best) || offTopic(ranked, question.kind)) {
    return { ...base, answered: false, message: MESSAGES.notCovered[question.language], results };
  }
  return { ...base, answered: true, results };
}

/** Whether a sentence covers enough of the question to answer it (see minCoverage, minCountedCoverage). */
const coversEnough = (ranked: RankedChunk) =>
  ranked.coverage >= (ranked.countsExactly && ranked.coverage >= ranked.topicality ? ANSWER_DEFAULTS.minCountedCoverage : ANSWER_DEFAULTS.minCoverage);

/**
 * The ranking with, when its best sentence covers too little of the
 * question to answer it, the best sentence that does cover enough moved to
 * the front: proximity and BM25 may lift a sentence that has the question's
 * common words together (وكالة الأنباء) above the one that has its rarer
 * ones (الشامي لوكالة رويترز), and the answer should not be declined for it.
 */
function coveredFirst(ranked: RankedChunk[]): RankedChunk[] {
  const best = ranked[0];
  if (!best || best.coverage >= ANSWER_DEFAULTS.minCoverage) return ranked;
  const covered = ranked.findIndex((chunk) => chunk.coverage >= ANSWER_DEFAULTS.minCoverage);
  return covered < 0 ? ranked : [ranked[covered]!, ...ranked.slice(0, covered), ...ranked.slice(covered + 1)];
}

/** The sentences that match a question, in the order the answer gives them (see coveredFirst). */
export const rankForAnswer = (index: PassageIndex, question: Question): RankedChunk[] => coveredFirst(rankChunks(index, question));

/**
 * Whether the best sentence speaks of much less than a more topical one that
 * lacks the answer's form (see minTopicShare). For "why", only a near miss
 * counts (ولم يوضح لماذا لم تنضم): the sentence telling an event seldom gives
 * its reason, which the next one gives by a pronoun (اتخذ قراره حقنًا للدماء).
 */
export function offTopic(ranked: readonly RankedChunk[], kind?: QuestionKind): boolean {
  const topical = ranked.reduce<RankedChunk | undefined>((most, chunk) => (chunk.entry.chunk.paragraph === 0 || (most && chunk.topicality <= most.topicality) ? most : chunk), undefined);
  const best = ranked[0];
  if (!topical || !best || topical === best) return false;
  // A number right before the very noun asked about (سبعة بنود for كم بندًا) is no stray figure.
  if (best.countsAsked) return false;
  const lacksAnswer = kind === 'why' ? topical.nearMiss : topical.coverage < topical.topicality;
  return lacksAnswer && best.coverage < ANSWER_DEFAULTS.minTopicShare * topical.topicality;
}

/**
 * Whether the attribution index may answer: the sentence of its first
 * statement must rank about as well as the best sentence for the whole
 * question. "من أعلن السيطرة على حمص" is about an announced action, which
 * ranking finds, even though some statement also mentions حمص. (Unless the
 * statement has the question's own verb, see saidWithVerb: "what did the
 * coordinator call for" is answered by ودعا بيليني إلى …, which names
 * neither coordinator nor UN, over the sentence that does.)
 */
function attributionAgrees(library: Library, ranked: readonly RankedChunk[], statements: readonly Statement[]): boolean {
  const best = ranked[0];
  if (!best) return true;
  const mine = sentenceOf(library, statements[0]!);
  const ranking = ranked.find(({ entry }) => entry === mine);
  return ranking !== undefined && ranking.score >= best.score - ANSWER_DEFAULTS.attributionMargin;
}

/**
 * The answer to a who-said question: the statements, a page at a time, and
 * the sentences they stand in. Pages count statements, so "more passages"
 * moves on to the speaker's next words.
 */
function whoSaidAnswer(library: Library, question: string, language: 'ar' | 'en', statements: Statement[], limit: number, offset: number): Answer {
  const page = statements.slice(offset, offset + limit);
  const sentences: RankedChunk[] = [];
  for (const statement of page) {
    const entry = sentenceOf(library, statement);
    if (entry && !sentences.some((seen) => seen.entry === entry)) {
      sentences.push({ entry, score: 1 - (offset + sentences.length) / 100, coverage: 1, topicality: 1, nearMiss: false, countsAsked: false, countsExactly: false, matched: [] });
    }
  }
  return {
    question,
    answered: true,
    results: sentences.map((ranked) => toPassage(library, ranked)),
    offset,
    total: statements.length,
    language,
    statements: page,
  };
}
