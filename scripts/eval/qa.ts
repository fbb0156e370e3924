import { readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { normalizeArabic } from '../../src/arabic/normalize.js';
import { answerQuestion } from '../../src/answer/answer.js';
import type { Library } from '../../src/library.js';

/** One line of a question file: gold phrases for answerable questions, none for unanswerable ones. */
export interface EvalQuestion {
  q: string;
  gold?: string[];
  tags?: string[];
}

export interface QaScores {
  answerable: number;
  hit1: number;
  hit3: number;
  /** Answerable questions the system declined. */
  wronglyAbstained: number;
  unanswerable: number;
  /** Unanswerable questions the system declined, as it should. */
  abstained: number;
  misses: Array<{ q: string; got: string | null; why: string }>;
}

/** Reads a JSON Lines question file; blank lines are skipped. */
export function readQuestions(file: string): EvalQuestion[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return JSON.parse(line) as EvalQuestion;
      } catch {
        throw new Error(`${file}:${i + 1}: not valid JSON`);
      }
    });
}

/** A quote hits when it contains a gold phrase after Arabic normalization (spaces folded). */
export function containsGold(quote: string, gold: readonly string[]): boolean {
  const fold = (text: string) => normalizeArabic(text).replace(/\s+/g, ' ');
  const haystack = fold(quote);
  return gold.some((phrase) => haystack.includes(fold(phrase)));
}

/** Something that answers a question with ranked quotes and a decision. */
export type Answerer = (question: string) => { answered: boolean; quotes: string[] };

export function scoreAnswerer(answerer: Answerer, questions: readonly EvalQuestion[]): QaScores {
  const scores: QaScores = { answerable: 0, hit1: 0, hit3: 0, wronglyAbstained: 0, unanswerable: 0, abstained: 0, misses: [] };
  for (const question of questions) {
    const { answered, quotes } = answerer(question.q);
    if (question.gold) {
      scores.answerable++;
      const hits = quotes.slice(0, 3).map((quote) => containsGold(quote, question.gold!));
      if (!answered) scores.wronglyAbstained++;
      if (answered && hits[0]) scores.hit1++;
      if (answered && hits.some(Boolean)) scores.hit3++;
      if (!answered || !hits[0]) scores.misses.push({ q: question.q, got: quotes[0] ?? null, why: answered ? 'wrong top passage' : 'abstained' });
    } else {
      scores.unanswerable++;
      if (!answered) scores.abstained++;
      else scores.misses.push({ q: question.q, got: quotes[0] ?? null, why: 'answered an unanswerable question' });
    }
  }
  return scores;
}

/** This project's answer model. */
export function projectAnswerer(library: Library): Answerer {
  return (question) => {
    const answer = answerQuestion(library, question);
    return { answered: answer.answered, quotes: answer.results.map((result) => result.quote) };
  };
}

/** The baseline: MiniSearch with default options over the same sentence chunks; it "answers" whenever anything matches. */
export function baselineAnswerer(library: Library): Answerer {
  const search = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  search.addAll(library.chunks.map((chunk) => ({ id: chunk.id, text: chunk.text })));
  return (question) => {
    const hits = search.search(question);
    return { answered: hits.length > 0, quotes: hits.slice(0, 3).map((hit) => library.chunks[hit.id as number]!.text) };
  };
}
