/**
 * Structured logs: one JSON line per event (pino), at LOG_LEVEL.
 *
 * Secrets never reach the output, by two independent means: fields that
 * could hold one (a token, an Authorization header) are redacted by path,
 * and every line is scrubbed of the secret strings themselves just before
 * it is written, which also covers a token quoted inside an error message
 * or stack trace.
 */
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

export const REDACTED = '[redacted]';

/** Paths pino blanks out wherever they appear (one level of nesting under any key too). */
const REDACT_PATHS = ['token', '*.token', 'authorization', '*.authorization', 'headers.authorization', '*.headers.authorization', 'config.token'];

export interface LoggerOptions {
  /** Strings that must never be written (the bot token); short strings are ignored, they would mangle ordinary text. */
  secrets?: ReadonlyArray<string | undefined>;
  /** Where lines go (default: stdout). */
  destination?: DestinationStream;
}

/** Replaces every occurrence of each secret in `text` with "[redacted]". */
export function scrubSecrets(text: string, secrets: ReadonlyArray<string | undefined>): string {
  let out = text;
  for (const secret of secrets) if (secret && secret.length >= 8) out = out.split(secret).join(REDACTED);
  return out;
}

export function createLogger(level: string, options: LoggerOptions = {}): Logger {
  const secrets = (options.secrets ?? []).filter((secret): secret is string => !!secret && secret.length >= 8);
  return pino(
    {
      level,
      base: { pid: process.pid },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      hooks: secrets.length ? { streamWrite: (line) => scrubSecrets(line, secrets) } : {},
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}
