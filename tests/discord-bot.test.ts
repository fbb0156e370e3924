/**
 * The Discord bot end to end: the real bot process (`node --import tsx
 * src/main.ts`, discord.js inside) against the local stand-in for Discord's
 * API, driven by INTERACTION_CREATE dispatches, judged on the callback
 * bodies the stand-in captured. One bot process serves most cases (each case
 * its own user, so the cooldown only bites where a case wants it to); the
 * error path runs a bot in-process with a command made to throw.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import type { Command, CommandContext, CommandOptions } from '../commands/command.js';
import { readConfig } from '../src/config.js';
import { Cooldown } from '../src/discord/cooldown.js';
import { startGatewayBot, type GatewayBot } from '../src/discord/gateway.js';
import { limitViolations } from '../src/discord/limits.js';
import { plainText } from '../src/discord/markdown.js';
import type { MessagePayload } from '../src/discord/message.js';
import { respond, type InteractionRequest } from '../src/discord/respond.js';
import { createLogger } from '../src/log.js';
import { corpusDir, projectRoot } from '../src/paths.js';
import { LibraryService } from '../src/service.js';
import { startDiscordStandIn, type CapturedRequest, type StandIn } from './support/discord-standin.js';

/** Shaped like a real bot token (id.timestamp.hmac); the stand-in accepts only this one. */
const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GtStIn.s3cr3t-HMAC_part-0123456789abcdefghijKLMN';
const TOKEN_SECRET = TOKEN.split('.')[2]!;
const ROOT = projectRoot();
const ARTICLE = readFileSync(join(corpusDir(), 'syria-homs-astana.txt'), 'utf8');
/** The sentence that answers "who announced control of Homs?", verbatim from the file. */
const HOMS_SENTENCE = ARTICLE.slice(ARTICLE.indexOf('وأعلن قائد حركة'), ARTICLE.indexOf('سوريا».', ARTICLE.indexOf('وأعلن قائد حركة')) + 'سوريا».'.length);

/** Every variable the bot reads, blank (so a developer's .env or shell cannot leak in), then the overrides. */
function botEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const blank = Object.fromEntries(
    ['DISCORD_TOKEN', 'DISCORD_CLIENT_ID', 'DISCORD_GUILD_ID', 'DISCORD_API_URL', 'COOLDOWN', 'LOG_LEVEL', 'CORPUS_DIR', 'INTERACTIONS_PORT', 'DISCORD_PUBLIC_KEY'].map((name) => [name, '']),
  );
  return { ...process.env, ...blank, ...overrides };
}

interface Child {
  process: ChildProcess;
  output: () => string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
  /** Resolves with the first JSON log line on stdout matching the predicate. */
  waitForLog: (predicate: (line: Record<string, unknown>) => boolean, timeoutMs?: number) => Promise<Record<string, unknown>>;
}

const children = new Set<ChildProcess>();

/** Spawns `node --import tsx <script>`; every child is killed in afterAll whatever happens. */
function spawnNode(script: string, env: NodeJS.ProcessEnv): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let stdout = '';
  let stderr = '';
  const listeners = new Set<() => void>();
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    for (const listener of [...listeners]) listener();
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => {
    children.delete(child);
    resolve(code);
  }));
  const logs = () => stdout.split('\n').flatMap((line) => { try { return [JSON.parse(line) as Record<string, unknown>]; } catch { return []; } });
  const waitForLog = (predicate: (line: Record<string, unknown>) => boolean, timeoutMs = 15_000) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const check = () => {
        const found = logs().find(predicate);
        if (found) {
          listeners.delete(check);
          clearTimeout(timer);
          resolve(found);
        }
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`no matching log line within ${timeoutMs} ms; stdout:\n${stdout.slice(-2000)}\nstderr:\n${stderr.slice(-2000)}`));
      }, timeoutMs);
      listeners.add(check);
      check();
    });
  return { process: child, output: () => stdout + stderr, stdout: () => stdout, stderr: () => stderr, exited, waitForLog };
}

/** Exit code of a short-lived child, killed if it runs past the timeout. */
async function exitCode(child: Child, timeoutMs = 15_000): Promise<number | null> {
  const timer = setTimeout(() => child.process.kill('SIGKILL'), timeoutMs);
  try {
    return await child.exited;
  } finally {
    clearTimeout(timer);
  }
}

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
});

let userCounter = 0n;
/** A fresh user for each interaction, so the per-user cooldown never interferes unless a test wants it. */
const freshUser = () => String(300000000000000000n + ++userCounter);

const ok = (payload: unknown): MessagePayload => payload as MessagePayload;

/** The checks every message callback must pass. */
function expectWithinRules(data: MessagePayload): void {
  expect(data.allowed_mentions).toEqual({ parse: [] });
  // A callback body may leave embeds or components out: count them as empty.
  expect(limitViolations({ ...data, embeds: data.embeds ?? [], components: data.components ?? [] })).toEqual([]);
}

describe('the bot process against the Discord stand-in', () => {
  let standIn: StandIn;
  let bot: Child;
  let deploy: { code: number | null; stdout: string; stderr: string };

  beforeAll(async () => {
    standIn = await startDiscordStandIn({ token: TOKEN });
    const env = { DISCORD_API_URL: standIn.apiUrl, DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: standIn.applicationId, DISCORD_GUILD_ID: standIn.guildId };
    const deployer = spawnNode('src/discord/deploy.ts', botEnv(env));
    deploy = { code: await exitCode(deployer), stdout: deployer.stdout(), stderr: deployer.stderr() };
    // trace: discord.js's own debug lines are logged too, the best chance for a token to leak.
    bot = spawnNode('src/main.ts', botEnv({ ...env, COOLDOWN: '2/30', LOG_LEVEL: 'trace' }));
    await bot.waitForLog((line) => line.msg === 'ready');
    await standIn.waitForReady(15_000);
  });

  afterAll(async () => {
    bot?.process.kill('SIGKILL');
    await standIn?.close();
  });

  /** Dispatches an interaction and returns the first callback the bot made for it. */
  async function roundTrip(payload: Record<string, any>): Promise<CapturedRequest> {
    standIn.dispatchInteraction(payload);
    return standIn.waitForCallback(payload.id, 5000);
  }
  const command = (name: string, options: Array<{ name: string; type: number; value: unknown }> = [], userId = freshUser()) =>
    roundTrip(standIn.chatInput(name, options, { userId }));
  const askFor = (question: string, extra: Array<{ name: string; type: number; value: unknown }> = []) =>
    command('ask', [{ name: 'question', type: 3, value: question }, ...extra]);

  it('deploy-commands registers every command in the guild and says so', () => {
    expect(deploy.stderr).toBe('');
    expect(deploy.code).toBe(0);
    const names = [...commands.keys()];
    expect(deploy.stdout.trim()).toBe(`Registered ${names.length} commands in server ${standIn.guildId} (available now): ${names.map((name) => `/${name}`).join(', ')}`);
    const registered = standIn.commands.guilds.get(standIn.guildId)!;
    expect(registered.map((entry) => entry.name)).toEqual(names);
    expect(registered.find((entry) => entry.name === 'reindex').default_member_permissions).toBe('32');
    const put = standIn.requests.find((request) => request.method === 'PUT')!;
    expect(put.path).toBe(`/applications/${standIn.applicationId}/guilds/${standIn.guildId}/commands`);
  });

  it('/ask in Arabic: the verbatim sentence, its citation under it, matched words in bold, two buttons', async () => {
    const callback = await askFor('من أعلن السيطرة على حمص؟');
    expect(callback.body.type).toBe(4);
    const data = ok(callback.body.data);
    expectWithinRules(data);
    expect(data.flags ?? 0).toBe(0);
    const [header, top] = data.embeds;
    expect(header!.title).toBe('📰 من نص المقال');
    expect(plainText(top!.description!)).toBe(HOMS_SENTENCE);
    expect(top!.description).toContain('**حمص**');
    expect(top!.footer!.text).toContain(ARTICLE.split('\n')[0]!.slice(0, 40));
    expect(top!.footer!.text).toContain('الفقرة 3، الجملة 1');
    expect(data.components[0]!.components.map((button) => button.custom_id)).toEqual(['more:3', 'para:3:syria-homs-astana']);
  });

  it('the buttons, pressed on the message the bot sent: "More passages" pages on, "Full paragraph" shows it privately', async () => {
    const first = ok((await askFor('من أعلن السيطرة على حمص؟')).body.data);
    const sent = { embeds: first.embeds, components: first.components };
    const [more, full] = first.components[0]!.components;

    const paged = await roundTrip(standIn.button(more!.custom_id, sent, { userId: freshUser() }));
    expect(paged.body.type).toBe(7);
    const next = ok(paged.body.data);
    expectWithinRules(next);
    expect(next.embeds[0]!.description).toBe(first.embeds[0]!.description);
    expect(next.embeds[0]!.footer!.text).toMatch(/^المقاطع 4/);
    expect(next.embeds[1]!.author!.name).toMatch(/^المقطع 4 من/);

    const paragraph = await roundTrip(standIn.button(full!.custom_id, sent, { userId: freshUser() }));
    expect(paragraph.body.type).toBe(4);
    const shown = ok(paragraph.body.data);
    expectWithinRules(shown);
    expect(shown.flags).toBe(64);
    const paragraphs = ARTICLE.split(/\n\s*\n/).map((text) => text.trim());
    expect(plainText(shown.embeds[0]!.description!)).toBe(paragraphs[3]);
  });

  it('an answer card from before a restart still pages: the button needs nothing but the message', async () => {
    const message = { embeds: [{ title: '📰 From the article', description: '❓ who took control of Homs?' }], components: [] };
    const paged = await roundTrip(standIn.button('more:0', message, { userId: freshUser() }));
    expect(paged.body.type).toBe(7);
    expectWithinRules(ok(paged.body.data));
    const stale = await roundTrip(standIn.button('gone:1', message, { userId: freshUser() }));
    expect(stale.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(plainText(stale.body.data.content)).toContain('no longer works');
  });

  it('the abstention card when the article does not say', async () => {
    const data = ok((await askFor('ما عاصمة اليابان؟')).body.data);
    expectWithinRules(data);
    expect(data.embeds[0]!.title).toBe('🚫 المقال لا يذكر ذلك');
    expect(data.embeds[0]!.description).toContain('لا يجيب المقال عن هذا السؤال.');
  });

  it('private:true makes the answer ephemeral (flag 64)', async () => {
    const callback = await askFor('من أعلن السيطرة على حمص؟', [{ name: 'private', type: 5, value: true }]);
    expect(callback.body.data.flags).toBe(64);
    expectWithinRules(ok(callback.body.data));
  });

  it('a question full of mentions and Markdown pings nobody and breaks nothing', async () => {
    const data = ok((await askFor('@everyone **حمص** <@123456789012345678> @here ||x||')).body.data);
    expectWithinRules(data);
    expect(data.embeds[0]!.description).not.toMatch(/@everyone|@here|<@\d/);
    expect(plainText(data.embeds[0]!.description!.split('\n')[0]!)).toBe('❓ @everyone **حمص** <@123456789012345678> @here ||x||');
  });

  it('/quote: the paragraph verbatim with its citation; its article option autocompletes', async () => {
    const completion = await roundTrip(standIn.autocomplete('quote', [{ name: 'paragraph', type: 4, value: 2 }, { name: 'article', type: 3, value: 'syria', focused: true }], { userId: freshUser() }));
    expect(completion.body.type).toBe(8);
    expect(completion.body.data.choices).toHaveLength(1);
    expect(completion.body.data.choices[0].value).toBe('syria-homs-astana');
    expect(completion.body.data.choices[0].name.length).toBeLessThanOrEqual(100);

    const callback = await command('quote', [{ name: 'paragraph', type: 4, value: 2 }, { name: 'article', type: 3, value: completion.body.data.choices[0].value }]);
    const data = ok(callback.body.data);
    expectWithinRules(data);
    const paragraphs = ARTICLE.split(/\n\s*\n/).map((text) => text.trim());
    expect(plainText(data.embeds[0]!.description!)).toBe(paragraphs[2]);
    expect(data.embeds[0]!.footer!.text).toContain('الفقرة 2');
  });

  it('/article: headline, paragraph count, the people and outlets it cites', async () => {
    const data = ok((await command('article')).body.data);
    expectWithinRules(data);
    expect(data.embeds[0]!.fields!.find((field) => field.name === 'الفقرات')!.value).toBe('11');
    expect(plainText(data.embeds[0]!.fields!.find((field) => field.name === 'المتحدثون')!.value)).toContain('رامي عبد الرحمن');
  });

  it('/help, /who and /quotes are served like the rest', async () => {
    for (const [name, options] of [
      ['help', []],
      ['who', [{ name: 'phrase', type: 3, value: 'الحل السياسي مطلوب' }]],
      ['quotes', [{ name: 'speaker', type: 3, value: 'المجتمعون' }]],
    ] as const) {
      const callback = await command(name, [...options]);
      expect(callback.body.type).toBe(4);
      expectWithinRules(ok(callback.body.data));
    }
  });

  it('/reindex is deferred (it may take long), then the answer edits the deferred reply', async () => {
    const payload = standIn.chatInput('reindex', [], { userId: freshUser(), permissions: String(1n << 5n) });
    const callback = await roundTrip(payload);
    expect(callback.body.type).toBe(5);
    const edit = await standIn.waitForWebhook(payload.token);
    expect(edit.method).toBe('PATCH');
    expectWithinRules(ok(edit.body));
    expect(plainText(edit.body.embeds[0].description)).toMatch(/^Reloaded: 1 article/);
  });

  it('bad input is answered privately', async () => {
    const callback = await command('quote', [{ name: 'paragraph', type: 4, value: 99 }]);
    expect(callback.body.data.flags).toBe(64);
    expectWithinRules(ok(callback.body.data));
  });

  it('the per-user cooldown (COOLDOWN=2/30) answers with a friendly ephemeral notice', async () => {
    const user = freshUser();
    for (let i = 0; i < 2; i++) expect((await command('help', [], user)).body.data.flags ?? 0).toBe(0);
    const limited = await command('ask', [{ name: 'question', type: 3, value: 'من أعلن السيطرة على حمص؟' }], user);
    expect(limited.body.data.flags).toBe(64);
    expectWithinRules(ok(limited.body.data));
    expect(plainText(limited.body.data.content)).toMatch(/^⏳ تمهّل قليلًا: يمكنك إرسال 2 طلبات كل 30 ثانية\. حاول مجددًا بعد \d+ ث\.$/);
    expect((await command('help')).body.data.flags ?? 0).toBe(0); // another user is not limited
  });

  it('logs one structured line per interaction: command, latency, outcome', async () => {
    const callback = await command('help');
    const interactionId = callback.path.split('/')[2];
    const line = await bot.waitForLog((entry) => entry.msg === 'interaction' && entry.interactionId === interactionId);
    expect(line).toMatchObject({ command: 'help', outcome: 'ok', deferred: false });
    expect(typeof line.latencyMs).toBe('number');
  });

  it('every callback the bot made kept allowed_mentions empty and every limit', () => {
    const messages = standIn.requests.filter((request) => request.path.endsWith('/callback') && [4, 7].includes(request.body?.type));
    expect(messages.length).toBeGreaterThan(15);
    for (const request of messages) expectWithinRules(ok(request.body.data));
    const edits = standIn.requests.filter((request) => request.path.startsWith('/webhooks/'));
    for (const request of edits) expectWithinRules(ok(request.body));
  });

  it('SIGTERM: the in-flight interaction is still answered, then exit 0; the token never reached the output', async () => {
    const payload = standIn.chatInput('ask', [{ name: 'question', type: 3, value: 'متى صدر البيان المشترك؟' }], { userId: freshUser() });
    standIn.dispatchInteraction(payload);
    await delay(5);
    bot.process.kill('SIGTERM');
    const callback = await standIn.waitForCallback(payload.id, 8000);
    expect(callback.body.data.allowed_mentions).toEqual({ parse: [] });
    expect(await exitCode(bot, 10_000)).toBe(0);
    const output = bot.output();
    expect(output).toContain('"msg":"stopped"');
    expect(output).not.toContain(TOKEN);
    expect(output).not.toContain(TOKEN_SECRET);
    expect(output).not.toContain('Provided token');
  });
});

describe('start-up failures: one line naming the variable, exit 1', () => {
  it('malformed or missing configuration, for the bot and for deploy-commands', async () => {
    const cases: Array<{ script: string; env: Record<string, string>; variable: string }> = [
      { script: 'src/main.ts', env: { DISCORD_TOKEN: 'too-short' }, variable: 'DISCORD_TOKEN' },
      { script: 'src/main.ts', env: { DISCORD_TOKEN: TOKEN, COOLDOWN: 'lots' }, variable: 'COOLDOWN' },
      { script: 'src/main.ts', env: { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: 'discord.com' }, variable: 'DISCORD_API_URL' },
      { script: 'src/main.ts', env: { DISCORD_TOKEN: TOKEN, CORPUS_DIR: '/nonexistent/corpus' }, variable: 'CORPUS_DIR' },
      { script: 'src/discord/deploy.ts', env: { DISCORD_TOKEN: TOKEN }, variable: 'DISCORD_CLIENT_ID' },
      { script: 'src/discord/deploy.ts', env: { DISCORD_CLIENT_ID: '123456789012345678' }, variable: 'DISCORD_TOKEN' },
      { script: 'src/discord/deploy.ts', env: { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678', DISCORD_GUILD_ID: 'my-server' }, variable: 'DISCORD_GUILD_ID' },
    ];
    const runs = cases.map((entry) => ({ ...entry, child: spawnNode(entry.script, botEnv(entry.env)) }));
    for (const { child, variable, script } of runs) {
      expect(await exitCode(child), `${script} ${variable}`).toBe(1);
      const lines = child.stderr().trim().split('\n');
      expect(lines, child.stderr()).toHaveLength(1);
      expect(lines[0]).toContain(variable);
      expect(child.output()).not.toContain(TOKEN);
    }
  });

  it('a token Discord rejects: one line naming DISCORD_TOKEN, exit 1, the token not shown', async () => {
    const standIn = await startDiscordStandIn({ token: TOKEN });
    try {
      const wrong = `${TOKEN.slice(0, -4)}WXYZ`;
      const child = spawnNode('src/main.ts', botEnv({ DISCORD_API_URL: standIn.apiUrl, DISCORD_TOKEN: wrong, LOG_LEVEL: 'silent' }));
      expect(await exitCode(child)).toBe(1);
      expect(child.stderr().trim().split('\n')).toHaveLength(1);
      expect(child.stderr()).toMatch(/^login failed: DISCORD_TOKEN was rejected/);
      expect(child.output()).not.toContain(wrong);
    } finally {
      await standIn.close();
    }
  });
});

describe('in-process: a failing handler, a slow handler', () => {
  const boom: Command = {
    definition: { name: 'boom', description: 'Throws', options: [{ name: 'question', description: 'q', type: 'string' }] },
    run: () => {
      throw new Error(`handler exploded (token ${TOKEN})`);
    },
  };
  const slow: Command = {
    definition: { name: 'slow', description: 'Takes its time', options: [] },
    run: (() => delay(400).then(() => ({ kind: 'error', reason: 'input', language: 'en', message: 'slow but fine' }))) as unknown as Command['run'],
  };
  /** The real /quote, made slow: what "Full paragraph" runs. */
  const realQuote = commands.get('quote')!;
  const slowQuote: Command = { ...realQuote, run: ((context: CommandContext, options: CommandOptions) => delay(300).then(() => realQuote.run(context, options))) as unknown as Command['run'] };
  const logLines: string[] = [];
  let standIn: StandIn;
  let bot: GatewayBot;

  beforeAll(async () => {
    standIn = await startDiscordStandIn({ token: TOKEN });
    const config = readConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: standIn.apiUrl, LOG_LEVEL: 'info' });
    const logger = createLogger('info', { secrets: [TOKEN], destination: { write: (line: string) => void logLines.push(line) } });
    bot = await startGatewayBot(config, { commands: new Map([...commands, ['boom', boom], ['slow', slow], ['quote', slowQuote]]), logger, processHandlers: false, deferAfterMs: 100 });
    await bot.ready;
  });

  afterAll(async () => {
    await bot?.stop();
    await standIn?.close();
  });

  it('a handler that throws: an ephemeral "something went wrong" in the asker\'s language, a log line with the interaction id; the next interaction is answered', async () => {
    const payload = standIn.chatInput('boom', [{ name: 'question', type: 3, value: 'سؤال' }]);
    standIn.dispatchInteraction(payload);
    const callback = await standIn.waitForCallback(payload.id);
    expect(callback.body).toMatchObject({ type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } });
    expect(plainText(callback.body.data.content)).toBe('⚠️ حدث خطأ ما، يُرجى المحاولة مرة أخرى.');
    const failure = logLines.map((line) => JSON.parse(line)).find((line) => line.msg === 'interaction handler failed');
    expect(failure).toMatchObject({ interactionId: payload.id, command: 'boom' });
    expect(failure.err.message).toContain('handler exploded');
    expect(logLines.join('')).not.toContain(TOKEN);

    const next = standIn.chatInput('help');
    standIn.dispatchInteraction(next);
    expect((await standIn.waitForCallback(next.id)).body.type).toBe(4);
  });

  it('a handler slower than the defer threshold: deferred first, then the reply edited in', async () => {
    const payload = standIn.chatInput('slow');
    standIn.dispatchInteraction(payload);
    expect((await standIn.waitForCallback(payload.id)).body).toMatchObject({ type: 5 });
    // The answer is an error reply (ephemeral) but "thinking…" was public: it is replaced by an ephemeral follow-up.
    const followUp = await standIn.waitFor((request) => request.method === 'POST' && request.path === `/webhooks/${standIn.applicationId}/${payload.token}`);
    expect(followUp.body).toMatchObject({ flags: 64, allowed_mentions: { parse: [] } });
    expect(standIn.requests.some((request) => request.method === 'DELETE' && request.path.includes(payload.token))).toBe(true);
    const line = await vitestWaitFor(() => logLines.map((entry) => JSON.parse(entry)).find((entry) => entry.msg === 'interaction' && entry.interactionId === payload.id));
    expect(line).toMatchObject({ command: 'slow', deferred: true, outcome: 'rejected' });
  });

  it('a slow button: the card acknowledged as it is (deferred update), the answer sent as an ephemeral follow-up', async () => {
    const payload = standIn.button('para:3:syria-homs-astana', { embeds: [{ description: '❓ من أعلن السيطرة على حمص؟' }] });
    standIn.dispatchInteraction(payload);
    expect((await standIn.waitForCallback(payload.id)).body).toEqual({ type: 6 });
    const followUp = await standIn.waitForWebhook(payload.token);
    expect(followUp.method).toBe('POST');
    expect(followUp.body).toMatchObject({ flags: 64, allowed_mentions: { parse: [] } });
    expect(plainText(followUp.body.embeds[0].description)).toBe(HOMS_SENTENCE);
    expectWithinRules(ok(followUp.body));
  });
});

describe('the interaction core without Discord', () => {
  const service = new LibraryService(corpusDir());
  const base = { userId: '1', interactionId: '2' };

  it('answers commands, buttons and autocomplete; unknown commands and stale buttons politely', async () => {
    const answer = await respond({ type: 'command', name: 'ask', options: { question: 'من أعلن السيطرة على حمص؟' }, ...base }, { service });
    expect(answer).toMatchObject({ type: 'message', ephemeral: false, outcome: 'ok' });
    const unknown = await respond({ type: 'command', name: 'nope', options: {}, ...base }, { service });
    expect(unknown).toMatchObject({ type: 'message', ephemeral: true, outcome: 'unknown' });
    const choices = await respond({ type: 'autocomplete', name: 'quotes', option: 'speaker', typed: 'رامي', ...base }, { service });
    expect(choices.type === 'choices' && choices.choices.length).toBeGreaterThan(0);
    const none = await respond({ type: 'autocomplete', name: 'help', option: 'x', typed: 'y', ...base }, { service });
    expect(none).toEqual({ type: 'choices', choices: [], outcome: 'unknown' });
    const stale: InteractionRequest = { type: 'button', customId: 'para:1:#0000000000000000', message: {}, ...base };
    expect(await respond(stale, { service })).toMatchObject({ type: 'message', ephemeral: true, outcome: 'unknown' });
  });

  it('applies the cooldown per user, buttons included', async () => {
    let now = 0;
    const cooldown = new Cooldown({ limit: 1, windowMs: 10_000 }, () => now);
    const deps = { service, cooldown };
    expect((await respond({ type: 'command', name: 'help', options: {}, ...base }, deps)).outcome).toBe('ok');
    const limited = await respond({ type: 'button', customId: 'more:3', message: {}, ...base }, deps);
    expect(limited.outcome).toBe('cooldown');
    expect(limited.type === 'message' && plainText(limited.payload.content!)).toContain('10');
    expect((await respond({ type: 'command', name: 'help', options: {}, userId: 'other', interactionId: '3' }, deps)).outcome).toBe('ok');
    now = 10_001;
    expect((await respond({ type: 'command', name: 'help', options: {}, ...base }, deps)).outcome).toBe('ok');
  });

  it('turns a throwing handler or completer into a failure response, never a rejection', async () => {
    const errors: unknown[] = [];
    const broken: Command = {
      definition: { name: 'broken', description: 'x', options: [] },
      run: () => { throw new Error('nope'); },
      complete: () => { throw new Error('nope'); },
    };
    const deps = { service, commands: new Map([['broken', broken]]), logger: { error: (entry: unknown) => void errors.push(entry) } };
    expect(await respond({ type: 'command', name: 'broken', options: {}, ...base }, deps)).toMatchObject({ type: 'message', ephemeral: true, outcome: 'failed' });
    expect(await respond({ type: 'autocomplete', name: 'broken', option: 'x', typed: '', ...base }, deps)).toEqual({ type: 'choices', choices: [], outcome: 'failed' });
    expect(errors).toHaveLength(2);
  });
});

describe('logs', () => {
  it('never contain the token: redacted by path and scrubbed from messages and stacks', () => {
    const lines: string[] = [];
    const logger = createLogger('info', { secrets: [TOKEN], destination: { write: (line: string) => void lines.push(line) } });
    logger.error({ err: new Error(`failed with ${TOKEN}`), token: 'another-secret-value', headers: { authorization: 'Bot xyz-secret' } }, `message ${TOKEN}`);
    const output = lines.join('');
    expect(output).not.toContain(TOKEN);
    expect(output).not.toContain('another-secret-value');
    expect(output).not.toContain('xyz-secret');
    expect(output).toContain('[redacted]');
  });
});

/** Polls until `get` returns something (the log line of an interaction is written just after its last REST call). */
async function vitestWaitFor<T>(get: () => T | undefined, timeoutMs = 3000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = get();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out');
    await delay(10);
  }
}
