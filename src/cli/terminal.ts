import { createInterface } from 'node:readline';
import type { Config } from '../config.js';
import { corpusDir } from '../paths.js';
import { LibraryService } from '../service.js';
import { processIo, reportProblems } from './io.js';
import { runCli, type CliIo } from './run.js';

const BANNER = `Terminal mode (DISCORD_TOKEN is not set): type a question about the article and press Enter.
Commands: /quote N, /article, /who <phrase>, /quotes <speaker>, /help, /exit. Ctrl+D quits.`;

/** Splits a command line into words, keeping "quoted phrases" together. */
export function splitWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);
}

/** One line typed in terminal mode: a /command, or else a question. */
export async function handleLine(line: string, service: LibraryService, io: CliIo): Promise<void> {
  const text = line.trim();
  if (!text) return;
  if (text.startsWith('/')) {
    const [name = '', ...rest] = splitWords(text.slice(1));
    // At the prompt, /ask needs its question: without one it would start reading questions from stdin.
    if (name === 'ask' && rest.length === 0) {
      io.err('Type the question after /ask, or just type the question.');
      return;
    }
    const args = name === 'quote' && rest[0] && /^\d+$/.test(rest[0]) ? ['quote', '--paragraph', ...rest] : [name, ...rest];
    await runCli(args, service, io);
    return;
  }
  await runCli(['ask', text], service, io);
}

/**
 * `npm start` without a token: an interactive prompt on a TTY; when stdin is
 * piped, one answer per input line, then exit.
 */
export async function runTerminal(config: Config): Promise<number> {
  const service = new LibraryService(corpusDir(config.corpusDir));
  reportProblems(service.library.problems);
  const io = processIo();
  const interactive = process.stdin.isTTY === true;
  if (!interactive) {
    // Piped questions are the same as `cli ask` reading stdin.
    return runCli(['ask'], service, io);
  }
  io.out(BANNER);
  const prompt = createInterface({ input: process.stdin, output: process.stdout, prompt: '؟ ' });
  prompt.prompt();
  for await (const line of prompt) {
    if (/^\/(exit|quit)$/.test(line.trim())) break;
    await handleLine(line, service, io);
    prompt.prompt();
  }
  prompt.close();
  return 0;
}
