/**
 * How a question is read and ranked, for tuning on development sets:
 * `npm run explain -- [--corpus DIR] "question" …` prints the question's
 * kind, its words with the index forms each matches (term/how/quality) and
 * weight, and the three best sentences with score and coverage.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { parseQuestion } from '../src/answer/question.js';
import { questionWords, rankChunks } from '../src/answer/rank.js';
import { openLibrary } from '../src/library.js';
import { corpusDir } from '../src/paths.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { corpus: { type: 'string' } } });
if (positionals.length === 0) {
  console.error('usage: npm run explain -- [--corpus DIR] "question" …');
  process.exit(2);
}
const library = openLibrary(values.corpus ? resolve(values.corpus) : corpusDir());
for (const text of positionals) {
  const question = parseQuestion(text);
  console.log(`${text}  (kind: ${question.kind})`);
  for (const word of questionWords(library.index, question)) {
    const forms = word.forms.map((form) => `${form.term}/${form.on}/${form.quality.toFixed(2)}`).join(' ') || '(not in the corpus)';
    console.log(`  ${word.token.norm.padEnd(14)} weight ${word.weight.toFixed(2)}  ${forms}`);
  }
  for (const ranked of rankChunks(library.index, question).slice(0, 3)) {
    console.log(`  ${ranked.score.toFixed(3)} coverage ${ranked.coverage.toFixed(3)}  ${ranked.entry.chunk.text.slice(0, 100)}`);
  }
  console.log();
}
