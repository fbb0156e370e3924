import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';
import { startHttpEndpoint, type HttpEndpoint } from '../src/http/endpoint.js';
import { createLogger } from '../src/log.js';
import { corpusDir } from '../src/paths.js';
import { LibraryService } from '../src/service.js';
import { createSigner } from './support/signing.js';

const signer = createSigner();
const fileText = new LibraryService(corpusDir()).library.articles[0]!.text;
let endpoint: HttpEndpoint;
let url: string;

beforeAll(async () => {
  const config = readConfig({ INTERACTIONS_PORT: '0', DISCORD_PUBLIC_KEY: signer.publicKeyHex, LOG_LEVEL: 'silent', COOLDOWN: '1000/1' });
  endpoint = await startHttpEndpoint(config, { processHandlers: false, host: '127.0.0.1', logger: createLogger('silent') });
  url = `http://127.0.0.1:${endpoint.port}/interactions`;
});
afterAll(() => endpoint?.stop());

let sequence = 0;
function interaction(type: number, data?: unknown): Record<string, unknown> {
  sequence++;
  return { id: `9000000000000${sequence}`, application_id: '1000000000000000001', token: `token-${sequence}`, type, data, member: { user: { id: '2000000000000000002' } } };
}

async function post(body: string, headers: Record<string, string> = signer.headers(body)) {
  const response = await fetch(url, { method: 'POST', body, headers });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

describe('HTTP interactions endpoint', () => {
  it('answers PING with PONG', async () => {
    expect(await post(JSON.stringify({ ...interaction(1) }))).toEqual({ status: 200, body: { type: 1 } });
  });

  it('refuses a missing or bad signature, and a stale timestamp, with 401', async () => {
    const body = JSON.stringify(interaction(1));
    expect((await post(body, { 'content-type': 'application/json' })).status).toBe(401);
    expect((await post(body, createSigner().headers(body))).status).toBe(401);
    expect((await post(body, signer.headers(body, Math.floor(Date.now() / 1000) - 301))).status).toBe(401);
    expect((await post(body, signer.headers(body, Math.floor(Date.now() / 1000) + 301))).status).toBe(401);
    const tampered = signer.headers(body);
    expect((await post(body.replace('"type":1', '"type":2'), tampered)).status).toBe(401);
  });

  it('refuses a body over 64 KiB with 413 and malformed JSON with 400', async () => {
    const big = JSON.stringify({ ...interaction(1), padding: 'x'.repeat(65 * 1024) });
    expect((await post(big)).status).toBe(413);
    expect((await post('{"type":1,')).status).toBe(400);
    expect((await post('{"hello":"world"}')).status).toBe(400);
    expect((await fetch(url)).status).toBe(405);
  });

  it('answers /ask end to end with the verbatim sentence and its citation', async () => {
    const body = JSON.stringify(interaction(2, { id: '3', name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: 'من أعلن السيطرة على حمص؟' }] }));
    const { status, body: reply } = await post(body);
    expect(status).toBe(200);
    expect(reply.type).toBe(4);
    expect(reply.data.allowed_mentions).toEqual({ parse: [] });
    const text = JSON.stringify(reply.data.embeds).replace(/\\\\|\*\*/g, '');
    expect(text).toContain('وأعلن قائد حركة');
    expect(text).toContain('الفقرة 3');
    expect(fileText).toContain('وأعلن قائد حركة «أحرار الشام»');
  });

  it('serves autocomplete and buttons through the same core', async () => {
    const complete = await post(JSON.stringify(interaction(4, { id: '3', name: 'quotes', type: 1, options: [{ name: 'speaker', type: 3, value: 'رامي', focused: true }] })));
    expect(complete.body).toEqual({ type: 8, data: { choices: [{ name: 'رامي عبد الرحمن (مدير المرصد السوري لحقوق الإنسان)', value: 'رامي عبد الرحمن' }] } });
    const ask = await post(JSON.stringify(interaction(2, { id: '3', name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: 'حمص' }] })));
    const buttons = ask.body.data.components.flatMap((row: { components: Array<{ custom_id: string }> }) => row.components);
    for (const button of buttons) {
      const pressed = await post(JSON.stringify({ ...interaction(3, { custom_id: button.custom_id, component_type: 2 }), message: { id: '5', content: ask.body.data.content ?? '', embeds: ask.body.data.embeds } }));
      expect(pressed.status).toBe(200);
      expect([4, 7]).toContain(pressed.body.type);
      expect(pressed.body.data.allowed_mentions).toEqual({ parse: [] });
    }
  });

  it('reports health for load balancers', async () => {
    const health = await fetch(url.replace('/interactions', '/healthz'));
    expect(await health.json()).toMatchObject({ ok: true, articles: 1, sentences: 14, memory: { rss: expect.any(Number), heapUsed: expect.any(Number) } });
  });
});
