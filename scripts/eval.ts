/**
 * Quality report: `npm run eval [-- --verbose] [--corpus DIR question files…]`.
 *
 * Question answering: hit@1, hit@3 and abstention on each question set, for
 * this project and for MiniSearch with default options on the same
 * sentences. Attribution: precision and recall of (speaker, quote) pairs on
 * hand-labelled articles. Sets named "heldout" are never used for tuning:
 * --verbose lists misses for every other set only.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openLibrary, type Library } from '../src/library.js';
import { corpusDir, projectRoot } from '../src/paths.js';
import { scoreAttribution } from './eval/attribution.js';
import { readCommandLine } from './command-line.js';
import { baselineAnswerer, projectAnswerer, readQuestions, scoreAnswerer, type QaScores } from './eval/qa.js';

const { values, positionals } = readCommandLine(
  'usage: npm run eval -- [--verbose] [--corpus DIR question-file.jsonl …]',
  { verbose: { type: 'boolean', default: false }, corpus: { type: 'string' } },
  true,
);
const root = projectRoot();
const evalDir = join(root, 'eval');

interface QuestionSet {
  name: string;
  /** The corpus the questions are about. */
  corpus: string;
  files: string[];
}

const jsonl = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith('.jsonl')).sort().map((file) => join(dir, file)) : []);

/** The splits of eval/articles/ with a corpus of their own (dev, dev3 … dev13, heldout …), in natural order. */
const articleSplits = () =>
  readdirSync(join(evalDir, 'articles'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(evalDir, 'articles', entry.name, 'corpus')))
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

/** The sets in eval/: about the bundled article, and about the written articles (each split with its own corpus). */
function defaultSets(): QuestionSet[] {
  const bundled = corpusDir();
  const sets: QuestionSet[] = [
    { name: 'shared', corpus: bundled, files: ['questions-shared.jsonl', 'unanswerable-shared.jsonl'].map((file) => join(evalDir, file)) },
    ...['dev', 'dev2', 'heldout', 'heldout-english'].map((name) => ({ name, corpus: bundled, files: jsonl(join(evalDir, name)) })),
    ...articleSplits().map((split) => ({ name: `articles/${split}`, corpus: join(evalDir, 'articles', split, 'corpus'), files: jsonl(join(evalDir, 'articles', split)) })),
    // English questions on the development articles: a development set for the English bridge.
    { name: 'articles/dev-english', corpus: join(evalDir, 'articles', 'dev', 'corpus'), files: jsonl(join(evalDir, 'articles', 'dev-english')) },
  ];
  return sets.filter((set) => set.files.length > 0);
}

const ratio = (part: number, whole: number) => (whole ? (part / whole).toFixed(2) : '  - ');
const isHeldOut = (name: string) => name.includes('heldout');

function row(name: string, system: string, s: QaScores): string {
  return [
    name.padEnd(20),
    system.padEnd(10),
    String(s.answerable).padStart(4),
    ratio(s.hit1, s.answerable).padStart(6),
    ratio(s.hit3, s.answerable).padStart(6),
    ratio(s.wronglyAbstained, s.answerable).padStart(9),
    String(s.unanswerable).padStart(5),
    ratio(s.abstained, s.unanswerable).padStart(9),
  ].join(' ');
}

const sets = positionals.length
  ? [{ name: 'given', corpus: values.corpus ? resolve(values.corpus) : corpusDir(), files: positionals.map((file) => resolve(file)) }]
  : defaultSets();
const libraries = new Map<string, Library>();
const libraryFor = (dir: string) => libraries.get(dir) ?? libraries.set(dir, openLibrary(dir)).get(dir)!;

console.log('Question answering (hit: the top quote contains a gold phrase after normalization)\n');
console.log(`${'set'.padEnd(20)} ${'system'.padEnd(10)} ${'ans'.padStart(4)} ${'hit@1'.padStart(6)} ${'hit@3'.padStart(6)} ${'wrongAbs'.padStart(9)} ${'unans'.padStart(5)} ${'abstained'.padStart(9)}`);
for (const set of sets) {
  const library = libraryFor(set.corpus);
  const questions = set.files.flatMap(readQuestions);
  for (const [system, answerer] of [['project', projectAnswerer(library)], ['minisearch', baselineAnswerer(library)]] as const) {
    const scores = scoreAnswerer(answerer, questions);
    console.log(row(set.name, system, scores));
    if (values.verbose && system === 'project' && !isHeldOut(set.name)) {
      for (const miss of scores.misses) console.log(`    ✗ ${miss.why}: ${miss.q}\n        → ${miss.got ?? '(nothing)'}`);
    }
  }
}

console.log('\nAttribution: precision and recall of (speaker, quote) pairs (quote spans overlapping ≥ 80%, speaker or an alias equal)\n');
console.log(`${'set'.padEnd(22)} ${'gold'.padStart(5)} ${'found'.padStart(6)} ${'right'.padStart(6)} ${'precision'.padStart(10)} ${'recall'.padStart(7)}`);
for (const name of ['dev', 'dev2', 'dev3', 'heldout']) {
  const dir = join(evalDir, 'attribution', name);
  if (!existsSync(dir)) continue;
  const s = scoreAttribution(dir);
  console.log(`${`attribution/${name}`.padEnd(22)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(6)} ${String(s.matched).padStart(6)} ${ratio(s.matched, s.predicted).padStart(10)} ${ratio(s.matched, s.gold).padStart(7)}`);
  if (values.verbose && !isHeldOut(name)) {
    for (const e of s.errors) console.log(`    ✗ ${e.type}: ${e.file}: ${e.speaker}${e.expected ? ` (expected ${e.expected})` : ''}: ${e.quote.slice(0, 70)}`);
  }
}
