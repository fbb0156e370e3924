/**
 * `npm run bench`: speed figures, printed (not asserted: timings on a shared
 * machine are measurements, not pass/fail conditions).
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { answerQuestion } from '../src/answer/answer.js';
import { openLibrary } from '../src/library.js';
import { corpusDir, projectRoot } from '../src/paths.js';
import { readQuestions } from './eval/qa.js';
import { readCommandLine, usageError } from './command-line.js';
import { benchDiscord } from './bench-discord.js';
import { benchHttp } from './bench-http.js';
import { join } from 'node:path';
import { existsSync, readdirSync } from 'node:fs';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (value: number) => `${value.toFixed(3)} ms`;

function questionPool(): string[] {
  const dir = join(projectRoot(), 'eval');
  const files = ['questions-shared.jsonl', 'unanswerable-shared.jsonl', ...['dev', 'heldout'].flatMap((sub) =>
    existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)).filter((f) => f.endsWith('.jsonl')).map((f) => join(sub, f)) : [])];
  return files.flatMap((file) => readQuestions(join(dir, file)).map((question) => question.q));
}

function benchIndex(): string[] {
  const times: number[] = [];
  let library = openLibrary(corpusDir());
  for (let i = 0; i < 30; i++) {
    library = openLibrary(corpusDir());
    times.push(library.buildMs);
  }
  times.sort((a, b) => a - b);
  return [`index build (${library.articles.length} article, ${library.chunks.length} sentences): median ${ms(percentile(times, 50))}, max ${ms(times.at(-1)!)} over 30 builds`];
}

function timeAll(library: ReturnType<typeof openLibrary>, questions: string[], rounds: number): number[] {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const question of questions) {
      const started = performance.now();
      answerQuestion(library, question);
      times.push(performance.now() - started);
    }
  }
  return times.sort((a, b) => a - b);
}

function benchAnswers(): string[] {
  const library = openLibrary(corpusDir());
  const questions = questionPool();
  // The first pass runs while V8 is still compiling the hot paths: what the first users after a start see.
  const cold = timeAll(library, questions, 1);
  // A running bot has long since compiled them: measure that steady state after more warm-up.
  timeAll(library, questions, 9);
  const warm = timeAll(library, questions, 20);
  return [
    `answer latency in-process, first pass after start (${questions.length} questions): p50 ${ms(percentile(cold, 50))}, p99 ${ms(percentile(cold, 99))}`,
    `answer latency in-process, steady state (${questions.length} questions x 20): p50 ${ms(percentile(warm, 50))}, p99 ${ms(percentile(warm, 99))}, max ${ms(warm.at(-1)!)}`,
  ];
}

/** Spawns a command with one question on stdin and times its first byte of output. */
function firstAnswer(command: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: projectRoot(), env: { ...process.env, DISCORD_TOKEN: '', INTERACTIONS_PORT: '', DISCORD_PUBLIC_KEY: '' } });
    child.stdout.once('data', () => resolve(performance.now() - started));
    child.on('error', reject);
    child.stdin.end('متى صدر البيان المشترك؟\n');
  });
}

async function benchStart(): Promise<string[]> {
  const lines: string[] = [];
  for (const [label, command, args] of [
    ['npm start', 'npm', ['start', '--silent']],
    ['node --import tsx src/main.ts', 'node', ['--import', 'tsx', 'src/main.ts']],
  ] as const) {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) times.push(await firstAnswer(command, [...args]));
    times.sort((a, b) => a - b);
    lines.push(`terminal mode, ${label} to first answer: median ${times[2]!.toFixed(0)} ms, min ${times[0]!.toFixed(0)} ms, max ${times[4]!.toFixed(0)} ms (5 runs)`);
  }
  return lines;
}

const sections: Array<[string, () => string[] | Promise<string[]>]> = [
  ['index', benchIndex],
  ['answers', benchAnswers],
  ['start-up', benchStart],
  ['discord', () => benchDiscord()],
  ['http', () => benchHttp()],
];
const usage = `usage: npm run bench [-- ${sections.map(([name]) => name).join('|')}]`;
const { positionals } = readCommandLine(usage, {}, true);
const only = positionals[0];
if (positionals.length > 1 || (only && !sections.some(([name]) => name === only))) usageError(usage, `bench: no section "${positionals.join(' ')}"`);
for (const [name, run] of sections) {
  if (only && only !== name) continue;
  for (const line of await run()) console.log(line);
}
