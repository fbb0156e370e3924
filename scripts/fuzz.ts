/**
 * `npm run fuzz [-- --runs N] [--seed S]`: the handler properties of the
 * test suite, with as many cases as asked (default 100,000 per command).
 */
import fc from 'fast-check';
import { openLibrary } from '../src/library.js';
import { corpusDir } from '../src/paths.js';
import { readCommandLine, usageError } from './command-line.js';
import { handlerProperties } from '../tests/support/handler-properties.js';

const usage = 'usage: npm run fuzz -- [--runs N] [--seed S]';
const { values } = readCommandLine(usage, { runs: { type: 'string', default: '100000' }, seed: { type: 'string' } });
const numRuns = Number(values.runs);
if (!Number.isInteger(numRuns) || numRuns < 1) usageError(usage, `--runs takes a positive whole number, got "${values.runs}"`);
const seed = values.seed === undefined ? Date.now() : Number(values.seed);
const library = openLibrary(corpusDir());
let failed = 0;
for (const { name, property } of handlerProperties(library)) {
  const started = performance.now();
  const result = fc.check(property, { numRuns, seed });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.failed) {
    failed++;
    console.log(`✗ ${name}: failed after ${result.numRuns} cases (seed ${seed}): ${fc.defaultReportMessage(result)}`);
  } else {
    console.log(`✓ ${name}: ${result.numRuns} cases in ${seconds} s`);
  }
}
console.log(`seed ${seed}`);
process.exitCode = failed ? 1 : 0;
