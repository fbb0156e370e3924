/**
 * Configuration from the environment (and .env, loaded by the entry point).
 * Every variable is documented in .env.example. A missing or malformed value
 * is a ConfigError whose message names the variable and what is expected.
 */

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface Cooldown {
  /** Questions allowed per window. */
  limit: number;
  windowMs: number;
}

export interface Config {
  /** Bot token; when absent, `npm start` runs the terminal mode. */
  token?: string;
  /** Application (client) id; required to register commands. */
  clientId?: string;
  /** Register commands in this server only (instant), instead of globally. */
  guildId?: string;
  /** Base URL of Discord's API (default https://discord.com/api): REST, and through it the gateway. */
  apiUrl: string;
  /** Port of the HTTP interactions endpoint; with publicKey, replaces the gateway. */
  interactionsPort?: number;
  /** Application public key (hex), to verify interaction signatures. */
  publicKey?: string;
  /** Corpus folder (default: the bundled corpus/). */
  corpusDir?: string;
  logLevel: string;
  cooldown: Cooldown;
}

const SNOWFLAKE = /^\d{17,20}$/;
const LOG_LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

function optional(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function snowflake(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = optional(env, name);
  if (value !== undefined && !SNOWFLAKE.test(value)) throw new ConfigError(`${name} must be a Discord id (17 to 20 digits), got "${value}"`);
  return value;
}

function parseCooldown(value: string | undefined): Cooldown {
  if (value === undefined) return { limit: 5, windowMs: 30_000 };
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(value);
  const limit = Number(match?.[1]);
  const seconds = Number(match?.[2]);
  if (!match || limit < 1 || seconds < 1) throw new ConfigError(`COOLDOWN must be "<questions>/<seconds>" such as "5/30", got "${value}"`);
  return { limit, windowMs: seconds * 1000 };
}

/** Reads and validates the configuration. @throws {ConfigError} */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const token = optional(env, 'DISCORD_TOKEN');
  if (token !== undefined && (/\s/.test(token) || token.length < 20)) {
    throw new ConfigError('DISCORD_TOKEN does not look like a bot token (copy it from the Bot page of the developer portal)');
  }
  const apiUrl = optional(env, 'DISCORD_API_URL') ?? 'https://discord.com/api';
  if (!/^https?:\/\/[^\s/]+/.test(apiUrl)) throw new ConfigError(`DISCORD_API_URL must be an http(s) URL, got "${apiUrl}"`);

  const portText = optional(env, 'INTERACTIONS_PORT');
  const interactionsPort = portText === undefined ? undefined : Number(portText);
  if (interactionsPort !== undefined && (!Number.isInteger(interactionsPort) || interactionsPort < 0 || interactionsPort > 65535)) {
    throw new ConfigError(`INTERACTIONS_PORT must be a port number from 0 to 65535, got "${portText}"`);
  }
  const publicKey = optional(env, 'DISCORD_PUBLIC_KEY');
  if (publicKey !== undefined && !/^[0-9a-fA-F]{64}$/.test(publicKey)) {
    throw new ConfigError('DISCORD_PUBLIC_KEY must be the 64 hex characters shown as "Public Key" in the developer portal');
  }
  if ((interactionsPort === undefined) !== (publicKey === undefined)) {
    throw new ConfigError('INTERACTIONS_PORT and DISCORD_PUBLIC_KEY go together: set both to serve the HTTP interactions endpoint, or neither');
  }

  const logLevel = optional(env, 'LOG_LEVEL') ?? 'info';
  if (!LOG_LEVELS.has(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${[...LOG_LEVELS].join(', ')}, got "${logLevel}"`);

  const clientId = snowflake(env, 'DISCORD_CLIENT_ID');
  const guildId = snowflake(env, 'DISCORD_GUILD_ID');
  const corpusDir = optional(env, 'CORPUS_DIR');
  return {
    ...(token ? { token } : {}),
    ...(clientId ? { clientId } : {}),
    ...(guildId ? { guildId } : {}),
    apiUrl: apiUrl.replace(/\/+$/, ''),
    ...(interactionsPort !== undefined ? { interactionsPort } : {}),
    ...(publicKey ? { publicKey } : {}),
    ...(corpusDir ? { corpusDir } : {}),
    logLevel,
    cooldown: parseCooldown(optional(env, 'COOLDOWN')),
  };
}
