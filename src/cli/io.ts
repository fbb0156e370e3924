import type { LoadProblem } from '../corpus/load.js';
import type { CliIo } from './run.js';

/** The process's own streams; text is wrapped and coloured only on a TTY (and NO_COLOR turns colour off). */
export function processIo(): CliIo {
  const tty = process.stdout.isTTY === true;
  return {
    stdin: process.stdin,
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    style: tty ? { width: Math.max(40, process.stdout.columns ?? 80), color: !process.env.NO_COLOR } : { width: Infinity, color: false },
  };
}

/** One stderr line per corpus file that could not be used. */
export function reportProblems(problems: readonly LoadProblem[]): void {
  for (const { file, reason } of problems) process.stderr.write(`corpus: skipped ${file}: ${reason}\n`);
}
