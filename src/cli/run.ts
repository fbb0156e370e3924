import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { commands } from '../../commands/index.js';
import type { CommandOptions } from '../../commands/command.js';
import type { Reply } from '../reply.js';
import { toJson } from '../render/json.js';
import { renderTerminal, type TerminalStyle } from '../render/terminal.js';
import type { LibraryService } from '../service.js';

/** Where the CLI reads and writes: the process's streams, or test doubles. */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  out: (text: string) => void;
  err: (text: string) => void;
  /** Terminal styling for text output (wrapping, colour); plain when not a TTY. */
  style: TerminalStyle;
}

/** Exit statuses: 0 also when a question simply has no answer; 2 for a usage error. */
export const EXIT = { ok: 0, usage: 2 } as const;

export const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  ask "<question>"          answer a question with the article's own sentences, cited
  ask                       read questions from stdin, one per line, and answer each
  quote --paragraph N       print paragraph N verbatim (0 is the headline)
  article [ID]              list the corpus, or describe one article
  who "<phrase>"            who said these words
  quotes "<speaker>"        everything a speaker said, in article order
  help                      what the bot can and cannot answer

Options:
  --json                    print JSON (one object per line when reading stdin)
  --article ID              which article (quote; default: the first)
  --limit N                 how many passages (ask; default 3, at most 10)
  -h, --help                this text

Environment: CORPUS_DIR (default: the bundled corpus/).`;

class UsageError extends Error {}

/** The options a command receives from the command line. */
function commandOptions(name: string, rest: string[], values: Record<string, string | boolean | undefined>): CommandOptions {
  const text = rest.join(' ');
  switch (name) {
    case 'ask':
      return { question: text, limit: values.limit as string | undefined };
    case 'quote':
      if (values.paragraph === undefined && rest[0] === undefined) throw new UsageError('quote needs --paragraph N');
      if (!/^-?\d+$/.test(String(values.paragraph ?? rest[0]))) throw new UsageError(`--paragraph takes a whole number, got "${String(values.paragraph ?? rest[0])}"`);
      return { paragraph: Number(values.paragraph ?? rest[0]), article: values.article as string | undefined };
    case 'article':
      return { article: (values.article as string | undefined) ?? rest[0] };
    case 'who':
      return { phrase: text };
    case 'quotes':
      return { speaker: text };
    default:
      return {};
  }
}

function print(io: CliIo, reply: Reply, json: boolean): void {
  io.out(json ? JSON.stringify(toJson(reply)) : renderTerminal(reply, io.style));
}

/** A reply that reports unusable input: a usage error when it answers a command line. */
const isError = (reply: Reply) => reply.kind === 'error';

/** Answers every line of stdin; bad lines get their message and the run goes on. */
async function askEachLine(service: LibraryService, io: CliIo, json: boolean, limit: string | undefined): Promise<number> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let first = true;
  for await (const line of lines) {
    if (!line.trim()) continue;
    const reply = commands.get('ask')!.run({ library: service.library }, { question: line, limit });
    if (!json && !first) io.out('');
    first = false;
    if (json && reply.kind === 'error') io.out(JSON.stringify({ question: line, ...(toJson(reply) as object) }));
    else print(io, reply, json);
  }
  return EXIT.ok;
}

/**
 * Runs one CLI invocation and returns its exit status. Never throws for bad
 * input: usage errors print one line on stderr and return 2.
 */
export async function runCli(argv: string[], service: LibraryService, io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        paragraph: { type: 'string' },
        article: { type: 'string' },
        limit: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message.split('\n')[0]}\n(see --help)`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const [name, ...rest] = positionals;
  if (values.help || name === undefined) {
    (name === undefined && !values.help ? io.err : io.out)(USAGE);
    return name === undefined && !values.help ? EXIT.usage : EXIT.ok;
  }
  const command = commands.get(name);
  if (!command || command.definition.manageServerOnly) {
    io.err(`unknown command "${name}" (see --help)`);
    return EXIT.usage;
  }
  if (values.limit !== undefined && !/^\d+$/.test(values.limit)) {
    io.err(`--limit takes a whole number, got "${values.limit}"`);
    return EXIT.usage;
  }
  const json = values.json ?? false;
  if (name === 'ask' && rest.length === 0) return askEachLine(service, io, json, values.limit);

  let options: CommandOptions;
  try {
    options = commandOptions(name, rest, values);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(error.message);
    return EXIT.usage;
  }
  const reply = command.run({ library: service.library }, options);
  if (isError(reply)) {
    if (json) io.out(JSON.stringify(toJson(reply)));
    else io.err(renderTerminal(reply));
    return EXIT.usage;
  }
  print(io, reply, json);
  return EXIT.ok;
}
