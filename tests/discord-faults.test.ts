/**
 * Discord's hiccups, through the local stand-in, with the real discord.js
 * client: a callback answered 429 (with Retry-After), 500, or not at all, and
 * the gateway socket dropped mid-session. Each time the user still gets an
 * answer, or the failure is logged, and the bot goes on serving.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readConfig } from '../src/config.js';
import { startGatewayBot, type GatewayBot } from '../src/discord/gateway.js';
import { limitViolations } from '../src/discord/limits.js';
import { plainText } from '../src/discord/markdown.js';
import { createLogger } from '../src/log.js';
import { startDiscordStandIn, type StandIn } from './support/discord-standin.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GtStIn.faults-HMAC_part-0123456789abcdefghijKLMN';
const QUESTION = 'من أعلن السيطرة على حمص؟';
const SENTENCE_START = 'وأعلن قائد حركة «أحرار الشام»';

let standIn: StandIn;
let bot: GatewayBot;
const logLines: Array<Record<string, unknown>> = [];

beforeAll(async () => {
  standIn = await startDiscordStandIn({ token: TOKEN });
  const config = readConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: standIn.apiUrl, LOG_LEVEL: 'info', COOLDOWN: '1000/1' });
  const logger = createLogger('info', { secrets: [TOKEN], destination: { write: (line: string) => void logLines.push(JSON.parse(line)) } });
  bot = await startGatewayBot(config, { logger, processHandlers: false, restTimeoutMs: 1000 });
  await bot.ready;
}, 30_000);

afterAll(async () => {
  await bot?.stop();
  await standIn?.close();
});

/** Dispatches /ask and returns the first callback Discord accepted. */
async function ask(timeoutMs = 10_000) {
  const payload = standIn.chatInput('ask', [{ name: 'question', type: 3, value: QUESTION }]);
  standIn.dispatchInteraction(payload);
  const callback = await standIn.waitForCallback(payload.id, timeoutMs);
  return { payload, callback };
}

function expectAnswer(body: { type: number; data: { embeds: Array<{ description?: string }>; allowed_mentions: unknown } }) {
  expect(body.type).toBe(4);
  expect(body.data.allowed_mentions).toEqual({ parse: [] });
  expect(limitViolations(body.data as never)).toEqual([]);
  expect(body.data.embeds.map((embed) => plainText(embed.description ?? '')).join('\n')).toContain(SENTENCE_START);
}

const attempts = (id: string) => standIn.requests.filter((request) => request.path.startsWith(`/interactions/${id}/`));
const logOf = (id: string) => vi.waitFor(() => {
  const line = logLines.find((entry) => entry.msg === 'interaction' && entry.interactionId === id);
  if (!line) throw new Error('no log line yet');
  return line;
}, { timeout: 10_000 });

describe("Discord's hiccups", () => {
  it('429 with Retry-After on the callback: discord.js waits, retries, and the answer arrives', async () => {
    standIn.injectCallbackFault({ status: 429, retryAfter: 0.3 });
    const { payload, callback } = await ask();
    expectAnswer(callback.body);
    expect(attempts(payload.id).map((request) => request.status)).toEqual([429, 204]);
    expect(await logOf(payload.id)).toMatchObject({ outcome: 'ok' });
  });

  it('a 500 on the callback: retried, and the answer arrives', async () => {
    standIn.injectCallbackFault({ status: 500 });
    const { payload, callback } = await ask();
    expectAnswer(callback.body);
    expect(attempts(payload.id).map((request) => request.status)).toEqual([500, 204]);
  });

  it('a callback that never answers: cut off after the REST timeout, retried, answered', async () => {
    standIn.injectCallbackFault({ hang: true });
    const { payload, callback } = await ask();
    expectAnswer(callback.body);
    expect(attempts(payload.id).map((request) => request.status)).toEqual([null, 204]);
  });

  it('Discord failing every retry: the failure is logged as undelivered, and the next question is answered', async () => {
    for (let i = 0; i < 4; i++) standIn.injectCallbackFault({ status: 500 });
    const payload = standIn.chatInput('ask', [{ name: 'question', type: 3, value: QUESTION }]);
    standIn.dispatchInteraction(payload);
    expect(await logOf(payload.id)).toMatchObject({ outcome: 'undelivered' });
    expect(attempts(payload.id).every((request) => request.status === 500)).toBe(true);
    expectAnswer((await ask()).callback.body);
  });

  it('the gateway socket closed mid-session: the bot reconnects and answers the next interaction', async () => {
    const readies = standIn.readyCount;
    standIn.dropGatewayConnections();
    await standIn.waitForReady(15_000, readies + 1);
    expectAnswer((await ask()).callback.body);
    expect(standIn.identifyCount).toBeGreaterThanOrEqual(2);
  }, 30_000);
});
