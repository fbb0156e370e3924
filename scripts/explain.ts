/**
 * How a question is read and ranked, for tuning on development sets:
 * `npm run explain -- [--corpus DIR] [--top N] "question" …` prints the
 * question's kind (and names, answer-type words, precision), whether it is
 * answered, its words with the index forms each matches (term/how/quality)
 * and weight, and the N best sentences (default 3) with score, coverage and
 * topicality.
 */
import { resolve } from 'node:path';
import { ANSWER_DEFAULTS, answerQuestion, offTopic, rankForAnswer, readQuestion } from '../src/answer/answer.js';
import { questionWords } from '../src/answer/rank.js';
import { openLibrary } from '../src/library.js';
import { corpusDir } from '../src/paths.js';
import { readCommandLine, usageError } from './command-line.js';

const usage = 'usage: npm run explain -- [--corpus DIR] [--top N] "question" …';
const { values, positionals } = readCommandLine(usage, { corpus: { type: 'string' }, top: { type: 'string' } }, true);
if (positionals.length === 0) usageError(usage, 'explain needs at least one question');
const top = Number(values.top ?? 3);
if (!Number.isInteger(top) || top < 1) usageError(usage, `--top must be a whole number of sentences, got "${values.top}"`);
const library = openLibrary(values.corpus ? resolve(values.corpus) : corpusDir());
for (const text of positionals) {
  const question = readQuestion(library, text);
  const answer = answerQuestion(library, text);
  const marks = [
    `kind: ${question.kind}`,
    question.precise ? 'asks for precision' : '',
    question.names.size ? `names: ${[...question.names].map((token) => token.norm).join(', ')}` : '',
    question.answerTypes.size ? `answer type: ${[...question.answerTypes].map((token) => token.norm).join(', ')}` : '',
    question.identityTypes.size ? `asks which: ${[...question.identityTypes].map((token) => token.norm).join(', ')}` : '',
  ].filter(Boolean);
  console.log(`${text}  (${marks.join('; ')})`);
  const ranked = rankForAnswer(library.index, question);
  const why = offTopic(ranked, question.kind)
    ? `the best sentence speaks of less than ${ANSWER_DEFAULTS.minTopicShare} of what a more topical one lacking the answer does`
    : `best coverage below ${ANSWER_DEFAULTS.minCoverage}, or ${ANSWER_DEFAULTS.minCountedCoverage} with an exact count of the noun asked`;
  console.log(`  ${answer.answered ? 'answered' : `not answered (${why})`}${answer.statements ? ', from the who-said index' : ''}`);
  for (const word of questionWords(library.index, question)) {
    const forms = word.forms.map((form) => `${form.term}/${form.on}/${form.quality.toFixed(2)}`).join(' ') || '(not in the corpus)';
    console.log(`  ${word.token.norm.padEnd(14)} weight ${word.weight.toFixed(2)}  ${forms}`);
  }
  for (const chunk of ranked.slice(0, top)) {
    console.log(`  ${chunk.score.toFixed(3)} coverage ${chunk.coverage.toFixed(3)} topicality ${chunk.topicality.toFixed(3)}  ${chunk.entry.chunk.text.slice(0, 100)}`);
  }
  console.log();
}
