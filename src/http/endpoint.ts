/**
 * The HTTP interactions endpoint: Discord POSTs each interaction to the
 * application's Interactions Endpoint URL instead of sending it over the
 * gateway. Every request carries all it needs (the interaction, the message
 * a button sits on) and the library is read-only, so any number of replicas
 * behind any load balancer serve one bot.
 *
 * Per request: size limit (413), Ed25519 signature and timestamp (401),
 * JSON (400), PING → PONG, then the same interaction core as the gateway
 * bot; an answer not ready within `deferAfterMs` is deferred and sent later
 * through the interaction's webhook at DISCORD_API_URL.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { Command } from '../../commands/command.js';
import type { Config } from '../config.js';
import { Cooldown } from '../discord/cooldown.js';
import { EPHEMERAL_FLAG, type MessagePayload } from '../discord/message.js';
import { deferredDelivery, defersPrivately, requestLabel, respond, SLOW_COMMANDS, type InteractionRequest, type InteractionResponse, type RespondDeps } from '../discord/respond.js';
import { createLogger, type Logger } from '../log.js';
import { corpusDir } from '../paths.js';
import { reloadOnHangup } from '../reload-signal.js';
import { LibraryService } from '../service.js';
import { CallbackType, InteractionType, isInteraction, toCallback, toRequest, type RawInteraction } from './interaction.js';
import { checkSignature, publicKeyFromHex } from './signature.js';

/** Largest request body accepted (Discord's interactions are a few KiB). */
export const MAX_BODY_BYTES = 64 * 1024;

export interface HttpEndpointOptions {
  service?: LibraryService;
  commands?: ReadonlyMap<string, Command>;
  logger?: Logger;
  /** Defer when no answer is ready this long after the request arrived (default 2000 ms, within Discord's 3 s). */
  deferAfterMs?: number;
  /** Whether the endpoint owns the process (SIGINT/SIGTERM stop it, SIGHUP reloads; default true). Tests pass false. */
  processHandlers?: boolean;
  /** Address to listen on (default all interfaces; tests use 127.0.0.1). */
  host?: string;
}

export interface HttpEndpoint {
  server: Server;
  /** The port actually listened on (INTERACTIONS_PORT=0 picks a free one). */
  port: number;
  /** Stops accepting, waits (bounded) for requests in flight and their follow-ups, closes the server. */
  stop(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Reads the whole body, refusing more than MAX_BODY_BYTES. */
function readBody(request: IncomingMessage): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (declared > MAX_BODY_BYTES) return Promise.reject(new HttpError(413, 'request body too large'));
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new HttpError(413, 'request body too large'));
        request.removeAllListeners('data');
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolveBody(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

const header = (request: IncomingMessage, name: string) => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** Serves the endpoint on config.interactionsPort. */
export async function startHttpEndpoint(config: Config, options: HttpEndpointOptions = {}): Promise<HttpEndpoint> {
  const logger = options.logger ?? createLogger(config.logLevel, { secrets: [config.token] });
  const key = publicKeyFromHex(config.publicKey ?? '');
  const service = options.service ?? new LibraryService(corpusDir(config.corpusDir));
  for (const problem of service.library.problems) logger.warn({ file: problem.file, reason: problem.reason }, 'corpus file skipped');
  // The cooldown is the one piece of memory between requests, and only a soft limit: each replica counts its own.
  const deps: RespondDeps = { service, cooldown: new Cooldown(config.cooldown), logger, ...(options.commands ? { commands: options.commands } : {}) };
  const deferAfterMs = options.deferAfterMs ?? 2000;
  const pending = new Set<Promise<unknown>>();

  /** Sends a deferred answer through the interaction's webhook (no bot token needed: the interaction token authorizes it). */
  async function followUp(interaction: RawInteraction, request: InteractionRequest, response: InteractionResponse, deferredEphemeral: boolean): Promise<void> {
    if (response.type === 'choices') return;
    const base = `${config.apiUrl}/v10/webhooks/${interaction.application_id}/${interaction.token}`;
    const call = async (method: string, url: string, body?: MessagePayload) => {
      const result = await fetch(url, { method, headers: { 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
      if (!result.ok) throw new Error(`${method} ${url.slice(base.length) || '/'} answered HTTP ${result.status}`);
    };
    switch (deferredDelivery(request, response, deferredEphemeral)) {
      case 'edit-original':
        return call('PATCH', `${base}/messages/@original`, response.payload);
      case 'follow-up':
        return call('POST', base, response.payload);
      case 'replace-with-private-follow-up':
        await call('DELETE', `${base}/messages/@original`);
        return call('POST', base, { ...response.payload, flags: EPHEMERAL_FLAG });
    }
  }

  async function handleInteraction(interaction: RawInteraction, response: ServerResponse): Promise<void> {
    const started = performance.now();
    if (interaction.type === InteractionType.Ping) return send(response, 200, { type: CallbackType.Pong });
    const request = toRequest(interaction);
    if (!request) throw new HttpError(400, `unsupported interaction type ${interaction.type}`);
    const log = (outcome: string, deferred: boolean) =>
      logger.info({ interactionId: request.interactionId, command: requestLabel(request), userId: request.userId, latencyMs: Math.round((performance.now() - started) * 10) / 10, outcome, deferred }, 'interaction');
    const acknowledge = () => {
      const ephemeral = defersPrivately(request);
      send(response, 200, request.type === 'button' ? { type: CallbackType.DeferredUpdateMessage } : { type: CallbackType.DeferredChannelMessage, data: { flags: ephemeral ? EPHEMERAL_FLAG : 0 } });
      return ephemeral;
    };

    // A slow command is acknowledged before it runs: a handler that blocks cannot be interrupted to defer in time.
    const slow = request.type === 'command' && SLOW_COMMANDS.has(request.name);
    const deferredEphemeral = slow ? acknowledge() : undefined;
    // Let the acknowledgement leave before a handler that may block starts.
    if (slow) await new Promise((resolveTurn) => setImmediate(resolveTurn));
    const answer = respond(request, deps);
    let first: InteractionResponse | 'defer' = 'defer';
    if (!slow) {
      const timer = new Promise<'defer'>((resolveTimer) => setTimeout(resolveTimer, deferAfterMs, 'defer').unref());
      first = request.type === 'autocomplete' ? await answer : await Promise.race([answer, timer]);
    }
    if (first !== 'defer') {
      send(response, 200, toCallback(first));
      return log(first.outcome, false);
    }
    const ephemeral = deferredEphemeral ?? acknowledge();
    const later = answer
      .then(async (final) => {
        await followUp(interaction, request, final, ephemeral);
        log(final.outcome, true);
      })
      .catch((error: unknown) => logger.error({ err: error, interactionId: request.interactionId }, 'deferred answer could not be delivered'))
      .finally(() => pending.delete(later));
    pending.add(later);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    try {
      if (request.method === 'GET' && request.url === '/healthz') {
        const { articles, chunks } = service.library;
        const { rss, heapUsed } = process.memoryUsage();
        return send(response, 200, { ok: true, articles: articles.length, sentences: chunks.length, memory: { rss, heapUsed } });
      }
      if (request.method !== 'POST') throw new HttpError(405, 'only POST is served');
      const body = await readBody(request);
      const signature = checkSignature(key, header(request, 'x-signature-ed25519'), header(request, 'x-signature-timestamp'), body);
      if (!signature.ok) throw new HttpError(401, signature.reason);
      let interaction: unknown;
      try {
        interaction = JSON.parse(body.toString('utf8'));
      } catch {
        throw new HttpError(400, 'body is not valid JSON');
      }
      if (!isInteraction(interaction)) throw new HttpError(400, 'body is not an interaction');
      await handleInteraction(interaction, response);
    } catch (error) {
      if (response.headersSent) return;
      if (error instanceof HttpError) {
        if (error.status === 413) response.setHeader('connection', 'close');
        logger.debug({ status: error.status, reason: error.message }, 'request refused');
        return send(response, error.status, { error: error.message });
      }
      logger.error({ err: error }, 'request failed');
      send(response, 500, { error: 'internal error' });
    }
  }

  const server = createServer((request, response) => {
    const work = handle(request, response);
    pending.add(work);
    void work.finally(() => pending.delete(work));
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(config.interactionsPort ?? 0, options.host, () => resolveListen());
  });
  const port = (server.address() as AddressInfo).port;
  logger.info({ port, articles: service.library.articles.length, sentences: service.library.chunks.length }, 'HTTP interactions endpoint listening');

  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= (async () => {
      const closed = new Promise<void>((resolveClose) => server.close(() => resolveClose()));
      server.closeIdleConnections();
      await Promise.race([Promise.allSettled([...pending]), new Promise((resolveWait) => setTimeout(resolveWait, 5000).unref())]);
      server.closeAllConnections();
      await closed;
      logger.info('HTTP interactions endpoint stopped');
    })());

  if (options.processHandlers ?? true) {
    reloadOnHangup(service, logger);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        logger.info({ signal }, 'stopping');
        void stop().then(() => process.exit(0));
      });
    }
    process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
  }
  return { server, port, stop };
}
