/**
 * The Discord gateway bot: a discord.js client (intent Guilds only, so no
 * privileged intents) serving slash commands, buttons and autocomplete
 * through the interaction core, with one structured log line per
 * interaction, and a graceful stop on SIGINT/SIGTERM.
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { Client, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import { commands as defaultCommands } from '../../commands/index.js';
import type { Command } from '../../commands/command.js';
import { ConfigError, type Config } from '../config.js';
import { createLogger, scrubSecrets, type Logger } from '../log.js';
import { corpusDir } from '../paths.js';
import { reloadOnHangup } from '../reload-signal.js';
import { LibraryService } from '../service.js';
import { defer, deliver, toRequest, type ServedInteraction } from './adapter.js';
import { Cooldown } from './cooldown.js';
import { LABELS } from './labels.js';
import { renderNotice } from './render.js';
import { requestLabel, respond, SLOW_COMMANDS, type InteractionRequest, type RespondDeps } from './respond.js';

export interface GatewayBotOptions {
  service?: LibraryService;
  commands?: ReadonlyMap<string, Command>;
  logger?: Logger;
  /**
   * Whether the bot owns the process (default true, as under `npm start`):
   * handles SIGINT/SIGTERM, reloads the corpus on SIGHUP, logs unhandled rejections and uncaught
   * exceptions instead of dying, and exits 1 with one line when login fails.
   * Tests running a bot in-process pass false.
   */
  processHandlers?: boolean;
  /** Defer when no response is ready this long after the interaction arrived (default 2000 ms, within Discord's 3 s). */
  deferAfterMs?: number;
  /** Commands deferred up front because their work can take long (default: reindex, which rebuilds the index). */
  slowCommands?: ReadonlySet<string>;
  /** How long a stop waits for in-flight interactions (default 5000 ms). */
  drainMs?: number;
  /**
   * How long one REST request to Discord may hang before it is cut off and
   * retried (discord.js's default, 15000 ms). A first response later than
   * 3 s cannot reach the user anyway, so a lower value frees the slot sooner.
   */
  restTimeoutMs?: number;
}

export interface GatewayBot {
  client: Client;
  /** Resolves once the client is ready (logged in, guilds received). */
  ready: Promise<void>;
  /** Interactions being answered right now. */
  inFlight(): number;
  /** Stops accepting, waits (bounded) for in-flight interactions, closes the gateway. */
  stop(): Promise<void>;
}

const DEFAULTS = { deferAfterMs: 2000, drainMs: 5000, slowCommands: SLOW_COMMANDS };

/**
 * Logs in and serves; resolves once logged in (`ready` resolves when the guilds have arrived).
 * @throws {ConfigError} without a token; and, when processHandlers is false, an Error when the
 * corpus folder cannot be read or login fails (with the process, those print one line and exit 1).
 */
export async function startGatewayBot(config: Config, options: GatewayBotOptions = {}): Promise<GatewayBot> {
  const token = config.token;
  if (!token) throw new ConfigError('DISCORD_TOKEN is not set: the gateway bot needs the bot token');
  const logger = options.logger ?? createLogger(config.logLevel, { secrets: [token] });
  const scrub = (text: string) => scrubSecrets(text, [token]);
  const ownsProcess = options.processHandlers ?? true;
  const deferAfterMs = options.deferAfterMs ?? DEFAULTS.deferAfterMs;
  const slowCommands = options.slowCommands ?? DEFAULTS.slowCommands;
  const drainMs = options.drainMs ?? DEFAULTS.drainMs;

  /** A start-up failure: when the bot owns the process, one line on stderr and exit 1; in-process, an error. */
  const fail = (message: string): never => {
    if (!ownsProcess) throw new Error(message);
    process.stderr.write(`${message}\n`);
    process.exit(1);
  };

  const service = options.service ?? openService(config.corpusDir, fail);
  const library = service.library;
  logger.info({ dir: library.dir, articles: library.articles.length, sentences: library.chunks.length }, 'corpus loaded');
  for (const problem of library.problems) logger.warn({ file: problem.file, reason: problem.reason }, 'corpus file skipped');
  const commands = options.commands ?? defaultCommands;
  const deps: RespondDeps = { service, commands, cooldown: new Cooldown(config.cooldown), logger };

  const rest = { api: config.apiUrl, ...(options.restTimeoutMs ? { timeout: options.restTimeoutMs } : {}) };
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest, allowedMentions: { parse: [] } });
  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  let isReady = false;

  const ready = new Promise<void>((resolveReady) => {
    client.once(Events.ClientReady, (readyClient) => {
      isReady = true;
      logger.info({ user: readyClient.user.tag, guilds: readyClient.guilds.cache.size, commands: commands.size, uptimeMs: Math.round(performance.now()) }, 'ready');
      resolveReady();
    });
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ detail: scrub(message) }, 'discord client warning'));
  // discord.js's debug lines include part of the token ("Provided token: …"): those are never logged.
  client.on(Events.Debug, (message) => {
    if (!/token/i.test(message)) logger.trace({ detail: scrub(message) }, 'discord debug');
  });
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ shard, code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shard) => logger.warn({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard) => logger.info({ shard }, 'gateway resumed'));

  /** One interaction, from arrival to the last REST call, logged in one line. */
  async function serve(interaction: ServedInteraction, request: InteractionRequest, started: number): Promise<void> {
    let deferred: boolean | undefined;
    let outcome: string;
    try {
      // A slow command is acknowledged before it runs: a handler that blocks cannot be interrupted to defer in time.
      if (request.type === 'command' && slowCommands.has(request.name)) deferred = await defer(interaction, request);
      const work = respond(request, deps);
      if (deferred === undefined && request.type !== 'autocomplete' && !(await settlesWithin(work, deferAfterMs - (performance.now() - started)))) {
        deferred = await defer(interaction, request);
      }
      const response = await work;
      outcome = response.outcome;
      await deliver(interaction, request, response, deferred);
    } catch (error) {
      // Only the REST calls can fail here (respond never rejects): an expired token, Discord unreachable.
      outcome = 'undelivered';
      logger.warn({ err: error, interactionId: interaction.id, command: requestLabel(request) }, 'could not deliver the response');
    }
    logger.info(
      { interactionId: interaction.id, command: requestLabel(request), userId: request.userId, latencyMs: Math.round((performance.now() - started) * 10) / 10, outcome, deferred: deferred !== undefined },
      'interaction',
    );
  }

  /** While stopping: a short ephemeral notice instead of an answer. */
  async function turnAway(interaction: ServedInteraction, request: InteractionRequest): Promise<void> {
    try {
      if (interaction.isAutocomplete()) await interaction.respond([]);
      else await deliver(interaction, request, { type: 'message', payload: renderNotice(`${LABELS.restarting.ar} / ${LABELS.restarting.en}`), ephemeral: true, outcome: 'unknown' }, undefined);
    } catch (error) {
      logger.debug({ err: error, interactionId: interaction.id }, 'could not send the restart notice');
    }
    logger.info({ interactionId: interaction.id, command: requestLabel(request), outcome: 'stopping' }, 'interaction');
  }

  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    const started = performance.now();
    const request = toRequest(interaction);
    if (!request) {
      logger.debug({ interactionId: interaction.id, type: interaction.type }, 'interaction of a kind this bot does not serve');
      return;
    }
    const served = interaction as ServedInteraction;
    const task = stopping ? turnAway(served, request) : serve(served, request, started);
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
  });

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      stopping = true;
      logger.info({ inFlight: inFlight.size }, 'stopping: finishing in-flight interactions');
      await Promise.race([Promise.allSettled([...inFlight]), delay(drainMs, undefined, { ref: false })]);
      // @discordjs/ws never finishes destroy() if called while the shard still waits for READY: only destroy a ready client.
      if (isReady) await client.destroy();
      removeProcessHandlers();
      logger.info('stopped');
    })());

  let removeProcessHandlers = () => {};
  if (ownsProcess) {
    const removeSignals = installProcessHandlers(logger, stop);
    const removeHangup = reloadOnHangup(service, logger);
    removeProcessHandlers = () => {
      removeSignals();
      removeHangup();
    };
  }

  try {
    await client.login(token);
  } catch (error) {
    removeProcessHandlers();
    logger.fatal({ err: error }, 'login failed');
    fail(scrub(describeLoginError(error, config.apiUrl)));
  }
  return { client, ready, inFlight: () => inFlight.size, stop };
}

/** The library in service, from CORPUS_DIR or the bundled corpus; a folder that cannot be read is a failure naming CORPUS_DIR. */
function openService(dir: string | undefined, fail: (message: string) => never): LibraryService {
  try {
    return new LibraryService(corpusDir(dir));
  } catch (error) {
    return fail(`configuration error: CORPUS_DIR: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** True when `work` settles within `ms`; the timer is cleared either way. */
async function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  if (ms <= 0) return false;
  const timer = new AbortController();
  const late = delay(ms, false, { signal: timer.signal }).catch(() => false);
  const result = await Promise.race([work.then(() => true, () => true), late]);
  timer.abort();
  return result;
}

/** One line saying what went wrong at login, naming the variable to fix. */
function describeLoginError(error: unknown, apiUrl: string): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'TokenInvalid') return 'login failed: DISCORD_TOKEN was rejected by Discord; copy the token again from the Bot page of the developer portal';
  const message = error instanceof Error ? error.message : String(error);
  return `login failed: could not reach Discord at ${apiUrl} (DISCORD_API_URL): ${message}`;
}

/**
 * The bot owns the process: SIGINT/SIGTERM stop it gracefully (exit 0, a
 * second signal exits at once); unhandled rejections and uncaught
 * exceptions are logged and the bot keeps serving. Returns the uninstaller.
 */
function installProcessHandlers(logger: Logger, stop: () => Promise<void>): () => void {
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(0);
    }
    signalled = true;
    logger.info({ signal }, 'signal received');
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'error while stopping');
        process.exit(0);
      },
    );
  };
  const onRejection = (reason: unknown) => logger.error({ err: reason }, 'unhandled rejection (ignored)');
  const onException = (error: Error) => logger.error({ err: error }, 'uncaught exception (ignored; still serving)');
  // A shard run by start:sharded: when its manager is gone (even killed with -9), the shard stops too instead of living on orphaned.
  const onManagerGone = () => onSignal('SIGTERM');
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  if (process.send) process.on('disconnect', onManagerGone);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
    process.off('disconnect', onManagerGone);
  };
}
