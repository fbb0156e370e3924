/**
 * Quality report: `npm run eval [-- --verbose] [question files…]`.
 *
 * Question answering: hit@1, hit@3 and abstention on each question set, for
 * this project and for MiniSearch with default options on the same chunks.
 * Attribution: precision and recall of (speaker, quote) pairs on labelled articles.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { openLibrary } from '../src/library.js';
import { corpusDir, projectRoot } from '../src/paths.js';
import { baselineAnswerer, projectAnswerer, readQuestions, scoreAnswerer, type QaScores } from './eval/qa.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const root = projectRoot();

/** Question sets: each folder's questions and unanswerable files together, named by folder. */
function defaultSets(): Map<string, string[]> {
  const sets = new Map<string, string[]>();
  sets.set('shared', ['questions-shared.jsonl', 'unanswerable-shared.jsonl'].map((file) => join(root, 'eval', file)));
  for (const name of ['dev', 'heldout']) {
    const dir = join(root, 'eval', name);
    if (existsSync(dir)) sets.set(name, readdirSync(dir).filter((file) => file.endsWith('.jsonl')).map((file) => join(dir, file)));
  }
  return sets;
}

function explicitSets(files: string[]): Map<string, string[]> {
  return new Map(files.map((file) => [`${basename(dirname(file))}/${basename(file)}`, [file]]));
}

const ratio = (part: number, whole: number) => (whole ? (part / whole).toFixed(2) : '  - ');

function row(name: string, system: string, s: QaScores): string {
  return [
    name.padEnd(22),
    system.padEnd(10),
    String(s.answerable).padStart(4),
    ratio(s.hit1, s.answerable).padStart(6),
    ratio(s.hit3, s.answerable).padStart(6),
    ratio(s.wronglyAbstained, s.answerable).padStart(9),
    String(s.unanswerable).padStart(5),
    ratio(s.abstained, s.unanswerable).padStart(9),
  ].join(' ');
}

const library = openLibrary(corpusDir());
const files = args.filter((arg) => !arg.startsWith('--'));
const sets = files.length ? explicitSets(files) : defaultSets();
const systems = { project: projectAnswerer(library), minisearch: baselineAnswerer(library) };

console.log(`Question answering on ${library.articles.length} article(s), ${library.chunks.length} sentences (hit: top quote contains a gold phrase)\n`);
console.log(`${'set'.padEnd(22)} ${'system'.padEnd(10)} ${'ans'.padStart(4)} ${'hit@1'.padStart(6)} ${'hit@3'.padStart(6)} ${'wrongAbs'.padStart(9)} ${'unans'.padStart(5)} ${'abstained'.padStart(9)}`);
const totals = { project: [] as QaScores[], minisearch: [] as QaScores[] };
for (const [name, paths] of sets) {
  const questions = paths.flatMap(readQuestions);
  for (const [system, answerer] of Object.entries(systems)) {
    const scores = scoreAnswerer(answerer, questions);
    totals[system as keyof typeof totals].push(scores);
    console.log(row(name, system, scores));
    // Misses on the held-out set are not printed: it is not for tuning.
    if (verbose && system === 'project' && name !== 'heldout') {
      for (const miss of scores.misses) console.log(`    ✗ ${miss.why}: ${miss.q}\n        → ${miss.got ?? '(nothing)'}`);
    }
  }
}

// Attribution: (speaker, quote) pairs against hand labels.
import('./eval/attribution.js').then(({ scoreAttribution }) => {
  console.log(`\nAttribution: precision and recall of (speaker, quote) pairs (quote spans overlapping ≥ 80%, speaker or alias equal)\n`);
  console.log(`${'set'.padEnd(22)} ${'gold'.padStart(5)} ${'found'.padStart(6)} ${'right'.padStart(6)} ${'precision'.padStart(10)} ${'recall'.padStart(7)}`);
  for (const name of ['dev', 'dev2', 'heldout']) {
    const dir = join(root, 'eval', 'attribution', name);
    if (!existsSync(dir)) continue;
    const s = scoreAttribution(dir);
    console.log(`${`attribution/${name}`.padEnd(22)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(6)} ${String(s.matched).padStart(6)} ${ratio(s.matched, s.predicted).padStart(10)} ${ratio(s.matched, s.gold).padStart(7)}`);
    if (verbose && name !== 'heldout') for (const e of s.errors) console.log(`    ✗ ${e.type}: ${e.file}: ${e.speaker}${e.expected ? ` (expected ${e.expected})` : ''}: ${e.quote.slice(0, 70)}`);
  }
});
