import type { Token } from '../arabic/analyze.js';
import { matchQualities, resolveWord, type QueryWord } from '../search/match.js';
import type { IndexedChunk, PassageIndex } from '../search/passage-index.js';
import type { Question, QuestionKind } from './question.js';

/**
 * Ranking: MiniSearch (BM25+) finds the candidate sentences; each is then
 * scored by how much of the question it covers, weighted by how rare each
 * question word is, with boosts for the question's words standing together
 * and for the kind of thing the question asks for.
 */

export interface RankedChunk {
  entry: IndexedChunk;
  score: number;
  /** Share of the question's weight this sentence matches, 0 to 1. */
  coverage: number;
  /** Token indexes of matched words. */
  matched: number[];
}

/** Weights of the ranking signals; coverage counts 1. */
export const RANKING = {
  /** BM25 score relative to the best candidate's. */
  bm25: 0.1,
  /** Share of adjacent question-word pairs that also stand within a few words of each other. */
  proximity: 0.15,
  /** The sentence holds the kind of thing asked for (a time for متى, a number for كم). */
  kind: 0.05,
  /** How far apart (in words) two question words may stand to count as together. */
  window: 3,
  /** Coverage is multiplied by this when a "when"/"how many" sentence holds no time or quantity. */
  missingKindFactor: 0.7,
};

const TIME_WORDS = new Set(
  'السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه مساء صباح ليل ليلا فجر ظهر عصر امس غدا اليوم يوم ايام ساعه ساعات اسبوع شهر عام سنه منذ حين عندما بعد قبل اثناء خلال يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر'.split(' '),
);
const NUMBER_WORDS = new Set(
  'مءات ميات مئات الاف الف مليون مليار عشرات عشره اثنان اثنين ثلاث ثلاثه اربع اربعه خمس خمسه ست سته سبع سبعه ثماني ثمانيه تسع تسعه عشرين مايه عدد رقم'.split(' '),
);

/** Does this word answer a question of this kind by its nature (a day for "when", a number for "how many")? */
function answersKind(kind: QuestionKind, token: Token): boolean {
  const word = token.norm.replace(/^(و|ف|ب|ل|ال|وال|بال)(?=..)/, '');
  if (kind === 'when') return TIME_WORDS.has(word) || TIME_WORDS.has(token.norm) || /^(1[89]|20)\d\d$/.test(token.norm);
  if (kind === 'how-many') return /^\d+$/.test(token.norm) || NUMBER_WORDS.has(word) || NUMBER_WORDS.has(token.norm);
  return false;
}

function proximity(qualities: number[][], window: number): number {
  if (qualities.length < 2) return 0;
  let together = 0;
  for (let i = 0; i + 1 < qualities.length; i++) {
    const left = qualities[i]!.flatMap((q, at) => (q > 0 ? [at] : []));
    const right = qualities[i + 1]!.flatMap((q, at) => (q > 0 ? [at] : []));
    if (left.some((a) => right.some((b) => b !== a && Math.abs(b - a) <= window))) together++;
  }
  return together / (qualities.length - 1);
}

/**
 * Question words that stand side by side in the question and somewhere in
 * the corpus form a name or fixed expression (حزب الله، مجلس الأمن): in a
 * sentence where they are not together, each counts only half. This keeps
 * "الله" of "بحمد الله" from answering a question about حزب الله.
 */
function phraseCredit(words: readonly QueryWord[], qualities: number[][], phrases: ReadonlySet<number>): number[] {
  const credit = qualities.map((row) => Math.max(0, ...row));
  for (const i of phrases) {
    const together = qualities[i]!.some((q, at) => q > 0 && ((qualities[i + 1]![at + 1] ?? 0) > 0));
    if (!together) {
      credit[i] = credit[i]! / 2;
      credit[i + 1] = credit[i + 1]! / 2;
    }
  }
  return credit;
}

/** An enumeration of three or more coordinated words (قطر والسعودية والأردن …) answers "how many". */
function hasEnumeration(tokens: readonly Token[]): boolean {
  let run = 0;
  for (const token of tokens) {
    run = !token.stop && token.norm.startsWith('و') ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

function answersKindAnywhere(kind: QuestionKind, tokens: readonly Token[]): boolean {
  return tokens.some((token) => answersKind(kind, token)) || (kind === 'how-many' && hasEnumeration(tokens));
}

/** Question kinds whose answer has a recognizable form (a time, a quantity). */
const TYPED_KINDS: ReadonlySet<QuestionKind> = new Set(['when', 'how-many']);

function scoreChunk(entry: IndexedChunk, words: readonly QueryWord[], phrases: ReadonlySet<number>, kind: QuestionKind, bm25: number): RankedChunk {
  const qualities = words.map((word) => matchQualities(word, entry.tokens));
  const credit = phraseCredit(words, qualities, phrases);
  const totalWeight = words.reduce((sum, word) => sum + word.weight, 0);
  const covered = words.reduce((sum, word, i) => sum + word.weight * credit[i]!, 0);
  const kindAnswered = answersKindAnywhere(kind, entry.tokens);
  // A "when" or "how many" question is not answered by a sentence with no time or quantity in it.
  const kindFactor = TYPED_KINDS.has(kind) && !kindAnswered ? RANKING.missingKindFactor : 1;
  const coverage = totalWeight > 0 ? (covered / totalWeight) * kindFactor : 0;
  const matched = [...new Set(qualities.flatMap((row) => row.flatMap((q, at) => (q > 0 ? [at] : []))))].sort((a, b) => a - b);
  const score = coverage + RANKING.bm25 * bm25 + RANKING.proximity * proximity(qualities, RANKING.window) + RANKING.kind * (kindAnswered ? 1 : 0);
  return { entry, score, coverage, matched };
}

/** Indexes i where question words i and i+1 are adjacent in the question and adjacent somewhere in the corpus. */
function fixedPhrases(index: PassageIndex, question: Question, words: readonly QueryWord[]): Set<number> {
  const phrases = new Set<number>();
  for (let i = 0; i + 1 < words.length; i++) {
    const left = words[i]!;
    const right = words[i + 1]!;
    if (question.tokens.indexOf(right.token) !== question.tokens.indexOf(left.token) + 1) continue;
    const inCorpus = index.chunks.some(({ tokens }) => {
      const l = matchQualities(left, tokens);
      const r = matchQualities(right, tokens);
      return l.some((q, at) => q >= 0.85 && (r[at + 1] ?? 0) >= 0.85);
    });
    if (inCorpus) phrases.add(i);
  }
  return phrases;
}

/** Resolves the question's content words, one per distinct stem. */
export function questionWords(index: PassageIndex, question: Question): QueryWord[] {
  const seen = new Set<string>();
  const words: QueryWord[] = [];
  for (const token of question.content) {
    if (seen.has(token.stem)) continue;
    seen.add(token.stem);
    words.push(resolveWord(index, token));
  }
  return words;
}

/** Every sentence that matches at least one question word, best first. */
export function rankChunks(index: PassageIndex, question: Question): RankedChunk[] {
  const words = questionWords(index, question);
  const boosts = new Map<string, number>();
  for (const word of words) for (const form of word.forms) boosts.set(form.term, Math.max(boosts.get(form.term) ?? 0, form.quality));
  if (boosts.size === 0) return [];

  const hits = index.search.search({ combineWith: 'OR', queries: [...boosts.keys()] }, { boostTerm: (term) => boosts.get(term) ?? 1 });
  const topBm25 = hits[0]?.score ?? 1;
  const phrases = fixedPhrases(index, question, words);
  return hits
    .map((hit) => scoreChunk(index.chunks[hit.id as number]!, words, phrases, question.kind, hit.score / topBm25))
    .filter((ranked) => ranked.coverage > 0)
    .sort((a, b) => b.score - a.score || a.entry.chunk.id - b.entry.chunk.id);
}
