/**
 * The command line of a development script (eval, explain, fuzz, bench):
 * node's parseArgs, with `--help` printing the usage and a mistake printing
 * one line and the usage instead of a stack trace (exit status 2). Output
 * piped into head ends quietly when the reader goes away.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export function readCommandLine<const T extends Options>(usage: string, options: T, allowPositionals = false) {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));
  try {
    const parsed = parseArgs({ options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals, strict: true });
    if ((parsed.values as { help?: boolean }).help) {
      console.log(usage);
      process.exit(0);
    }
    return parsed as ReturnType<typeof parseArgs<{ options: T; allowPositionals: true; strict: true }>>;
  } catch (error) {
    return usageError(usage, (error as Error).message.split('. ')[0]!);
  }
}

/** Prints the mistake and the usage, and exits with status 2. */
export function usageError(usage: string, message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}
