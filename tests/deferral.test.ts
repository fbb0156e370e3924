/**
 * Answers that take long: acknowledged first ("thinking…"), then delivered
 * through the interaction's webhook — through the gateway bot and the HTTP
 * endpoint alike, with the same rule for a private answer after a public
 * acknowledgement.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import type { Command } from '../commands/command.js';
import { readConfig } from '../src/config.js';
import { startGatewayBot, type GatewayBot } from '../src/discord/gateway.js';
import { startHttpEndpoint, type HttpEndpoint } from '../src/http/endpoint.js';
import { createLogger } from '../src/log.js';
import { corpusDir } from '../src/paths.js';
import { LibraryService } from '../src/service.js';
import { startDiscordStandIn, type StandIn } from './support/discord-standin.js';
import { createSigner } from './support/signing.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GtStIn.deferral-HMAC_part-0123456789abcdefghijKLMN';

/** A service whose reload blocks the process for a while, noting when it ran. */
function slowService(blockMs: number) {
  const service = new LibraryService(corpusDir());
  const marks: { reloadStarted?: number } = {};
  const reload = service.reload.bind(service);
  service.reload = () => {
    marks.reloadStarted = performance.now();
    const until = Date.now() + blockMs;
    while (Date.now() < until) {
      // busy: a rebuild of a large corpus
    }
    return reload();
  };
  return { service, marks };
}

/** An async command that answers privately after a delay: an error reply is always ephemeral. */
const slowPrivate: Command = {
  definition: { name: 'slowprivate', description: 'Takes its time', options: [] },
  run: (() => delay(300).then(() => ({ kind: 'error', reason: 'input', language: 'en', message: 'slow and private' }))) as unknown as Command['run'],
};

let standIn: StandIn;
beforeAll(async () => {
  standIn = await startDiscordStandIn({ token: TOKEN });
});
afterAll(() => standIn?.close());

describe('gateway bot', () => {
  let bot: GatewayBot;
  const { service, marks } = slowService(600);
  beforeAll(async () => {
    const config = readConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: standIn.apiUrl, LOG_LEVEL: 'silent' });
    bot = await startGatewayBot(config, { service, logger: createLogger('silent'), processHandlers: false });
    await bot.ready;
  });
  afterAll(() => bot?.stop());

  it('/reindex is acknowledged before the rebuild starts, then the answer is edited in', async () => {
    const payload = standIn.chatInput('reindex', [], { permissions: '32' });
    standIn.dispatchInteraction(payload);
    const callback = await standIn.waitForCallback(payload.id);
    expect(callback.body).toMatchObject({ type: 5 });
    const edit = await standIn.waitForWebhook(payload.token, 5000);
    expect(edit.method).toBe('PATCH');
    expect(marks.reloadStarted).toBeDefined();
    expect(callback.at).toBeLessThan(marks.reloadStarted!);
  });
});

describe('HTTP endpoint', () => {
  const signer = createSigner();
  let endpoint: HttpEndpoint;
  let url: string;
  const { service, marks } = slowService(600);
  beforeAll(async () => {
    const config = readConfig({ INTERACTIONS_PORT: '0', DISCORD_PUBLIC_KEY: signer.publicKeyHex, DISCORD_API_URL: standIn.apiUrl, LOG_LEVEL: 'silent' });
    endpoint = await startHttpEndpoint(config, {
      service,
      commands: new Map([...commands, ['slowprivate', slowPrivate]]),
      logger: createLogger('silent'),
      processHandlers: false,
      host: '127.0.0.1',
      deferAfterMs: 100,
    });
    url = `http://127.0.0.1:${endpoint.port}/interactions`;
    // When each HTTP response was handed to the operating system (client and server share this process).
    endpoint.server.on('request', (_request, response) => response.on('finish', () => finished.push(performance.now())));
  });
  const finished: number[] = [];
  afterAll(() => endpoint?.stop());

  let n = 0;
  async function post(name: string) {
    n++;
    const token = `http-token-${n}`;
    const body = JSON.stringify({ id: `77000000000000000${n}`, application_id: standIn.applicationId, token, type: 2, data: { id: '1', name, type: 1 }, member: { user: { id: '5' } } });
    const response = await fetch(url, { method: 'POST', body, headers: signer.headers(body) });
    return { token, body: (await response.json()) as { type: number; data?: { flags?: number } } };
  }

  it('/reindex is acknowledged before the rebuild starts, then the original is edited', async () => {
    const { token, body } = await post('reindex');
    expect(body.type).toBe(5);
    const edit = await standIn.waitForWebhook(token, 5000);
    expect(edit.method).toBe('PATCH');
    expect(finished.at(-1)).toBeLessThan(marks.reloadStarted!);
  });

  it('a private answer after a public "thinking…": the original is deleted and the answer sent privately', async () => {
    const { token, body } = await post('slowprivate');
    expect(body).toMatchObject({ type: 5, data: { flags: 0 } });
    const followUp = await standIn.waitFor((request) => request.method === 'POST' && request.path === `/webhooks/${standIn.applicationId}/${token}`, 5000);
    expect(followUp.body).toMatchObject({ flags: 64, allowed_mentions: { parse: [] } });
    expect(standIn.requests.some((request) => request.method === 'DELETE' && request.path.includes(token))).toBe(true);
    expect(standIn.requests.some((request) => request.method === 'PATCH' && request.path.includes(token))).toBe(false);
  });
});
