import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ActionRowBuilder, ButtonBuilder, ButtonStyle, Client, EmbedBuilder, Events, GatewayIntentBits, HTTPError, MessageFlags,
  RateLimitError, REST, RESTEvents, Routes, SlashCommandBuilder,
  type ClientOptions, type Interaction, type RateLimitData,
} from 'discord.js';
import { startDiscordStandIn, type StandIn } from './support/discord-standin.js';

let standIn: StandIn;
const clients: Client[] = [];

beforeEach(async () => {
  standIn = await startDiscordStandIn();
});
afterEach(async () => {
  // Bounded: @discordjs/ws never finishes destroy() if called while a shard waits for READY; don't let that hang the run.
  for (const client of clients.splice(0)) await Promise.race([client.destroy(), delay(3000)]);
  await standIn.close();
});

/** A real discord.js client, logged in to the stand-in and past ClientReady. */
async function connect(rest: ClientOptions['rest'] = {}): Promise<Client> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: standIn.apiUrl, ...rest } });
  clients.push(client);
  const ready = once(client, Events.ClientReady, { signal: AbortSignal.timeout(10_000) });
  await client.login(standIn.token);
  await ready;
  return client;
}

/** Dispatches `payload` and resolves with the Interaction discord.js builds from it. */
async function roundTrip(client: Client, payload: Record<string, unknown>, timeoutMs = 5000): Promise<Interaction> {
  const next = once(client, Events.InteractionCreate, { signal: AbortSignal.timeout(timeoutMs) });
  standIn.dispatchInteraction(payload);
  const [interaction] = (await next) as [Interaction];
  return interaction;
}

const askCommand = new SlashCommandBuilder()
  .setName('ask').setDescription('Ask about the news')
  .addStringOption((o) => o.setName('question').setDescription('Your question').setRequired(true).setAutocomplete(true));

describe('discord stand-in with a real discord.js client', () => {
  it('logs in, becomes ready with the guild and its channel cached', async () => {
    const client = await connect();
    expect(client.user?.id).toBe(standIn.botUserId);
    const guild = client.guilds.cache.get(standIn.guildId);
    expect(guild?.available).toBe(true);
    expect(guild?.channels.cache.get(standIn.channelId)?.isTextBased()).toBe(true);
    expect(standIn.identifyCount).toBe(1);
    const gatewayBot = await standIn.waitFor((r) => r.path === '/gateway/bot');
    expect(gatewayBot.headers.authorization).toBe(`Bot ${standIn.token}`);
  });

  it('registers guild commands, then a chat-input reply carries embed and allowed_mentions', async () => {
    const client = await connect();
    const rest = new REST({ api: standIn.apiUrl }).setToken(standIn.token);
    const registered = (await rest.put(Routes.applicationGuildCommands(standIn.applicationId, standIn.guildId), { body: [askCommand.toJSON()] })) as Array<Record<string, unknown>>;
    expect(registered[0]).toMatchObject({ name: 'ask', application_id: standIn.applicationId, guild_id: standIn.guildId });
    expect(standIn.commands.guilds.get(standIn.guildId)).toEqual(registered);
    expect(await rest.get(Routes.applicationGuildCommands(standIn.applicationId, standIn.guildId))).toEqual(registered);

    const payload = standIn.chatInput('ask', [{ name: 'question', type: 3, value: 'ما آخر أخبار الاقتصاد؟' }], { locale: 'fr' });
    const interaction = await roundTrip(client, payload);
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat-input interaction');
    expect(interaction.commandId).toBe(registered[0]?.id);
    expect(interaction.options.getString('question')).toBe('ما آخر أخبار الاقتصاد؟');
    expect(interaction.locale).toBe('fr');
    expect(interaction.channelId).toBe(standIn.channelId);

    const embed = new EmbedBuilder().setTitle('الجواب').setDescription('«نص مقتبس حرفيًا»');
    await interaction.reply({ content: 'hi <@123>', embeds: [embed], allowedMentions: { parse: [] } });
    const callback = await standIn.waitForCallback(interaction.id);
    expect(callback.headers.authorization).toBeUndefined(); // interaction callbacks are sent without the bot token
    expect(callback.query.get('with_response')).toBe('false');
    expect(callback.body).toMatchObject({ type: 4, data: { content: 'hi <@123>', embeds: [{ title: 'الجواب', description: '«نص مقتبس حرفيًا»' }], allowed_mentions: { parse: [] } } });
    expect(interaction.replied).toBe(true);
  });

  it('withResponse returns the message built from the callback body', async () => {
    const client = await connect();
    const interaction = await roundTrip(client, standIn.chatInput('ask', [{ name: 'question', type: 3, value: 'q' }]));
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat-input interaction');
    const response = await interaction.reply({ content: 'answer', withResponse: true });
    expect(response.resource?.message?.content).toBe('answer');
    expect(response.resource?.message?.author.id).toBe(standIn.botUserId);
    expect((await standIn.waitForCallback(interaction.id)).query.get('with_response')).toBe('true');
  });

  it('defer + editReply + fetchReply + followUp go to the webhook routes', async () => {
    const client = await connect();
    const payload = standIn.chatInput('ask', [{ name: 'question', type: 3, value: 'q' }]);
    const interaction = await roundTrip(client, payload);
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat-input interaction');
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    expect((await standIn.waitForCallback(interaction.id)).body).toEqual({ type: 5, data: { flags: MessageFlags.Ephemeral } });

    const edited = await interaction.editReply({ content: 'final answer', embeds: [new EmbedBuilder().setTitle('t')] });
    expect(edited.content).toBe('final answer');
    expect(edited.embeds[0]?.title).toBe('t');
    const patch = await standIn.waitForWebhook(payload.token);
    expect(patch.method).toBe('PATCH');
    expect(patch.path).toBe(`/webhooks/${standIn.applicationId}/${payload.token}/messages/@original`);
    expect(patch.body).toMatchObject({ content: 'final answer' });

    expect((await interaction.fetchReply()).id).toBe(edited.id); // GET @original returns the stored message
    const followUp = await interaction.followUp({ content: 'more' });
    expect(followUp.content).toBe('more');
    expect(standIn.requests.filter((r) => r.path.startsWith(`/webhooks/${standIn.applicationId}/${payload.token}`)).map((r) => r.method)).toEqual(['PATCH', 'GET', 'POST']);
  });

  it('button interactions: update() edits the component message, reply() answers ephemerally', async () => {
    const client = await connect();
    const row = new ActionRowBuilder<ButtonBuilder>().addComponents(new ButtonBuilder().setCustomId('more:1').setLabel('More').setStyle(ButtonStyle.Primary));
    const first = await roundTrip(client, standIn.button('more:1', { content: 'old', components: [row.toJSON()] }));
    if (!first.isButton()) throw new Error('expected a button interaction');
    expect(first.customId).toBe('more:1');
    expect(first.message.content).toBe('old');
    expect(first.message.author.id).toBe(standIn.botUserId);
    await first.update({ content: 'new', components: [] });
    expect((await standIn.waitForCallback(first.id)).body).toMatchObject({ type: 7, data: { content: 'new', components: [] } });

    const second = await roundTrip(client, standIn.button('more:2'));
    if (!second.isButton()) throw new Error('expected a button interaction');
    await second.reply({ content: 'only you', flags: MessageFlags.Ephemeral });
    expect((await standIn.waitForCallback(second.id)).body).toMatchObject({ type: 4, data: { content: 'only you', flags: MessageFlags.Ephemeral } });
  });

  it('autocomplete respond() sends type 8 choices', async () => {
    const client = await connect();
    const interaction = await roundTrip(client, standIn.autocomplete('ask', [{ name: 'question', type: 3, value: 'اقت' }]));
    if (!interaction.isAutocomplete()) throw new Error('expected an autocomplete interaction');
    expect(interaction.options.getFocused()).toBe('اقت');
    await interaction.respond([{ name: 'الاقتصاد', value: 'economy' }]);
    expect((await standIn.waitForCallback(interaction.id)).body).toEqual({ type: 8, data: { choices: [{ name: 'الاقتصاد', value: 'economy' }] } });
  });

  it('multipart replies (files) are parsed for payload_json', async () => {
    const client = await connect();
    const interaction = await roundTrip(client, standIn.chatInput('ask'));
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat-input interaction');
    await interaction.reply({ content: 'ملف', files: [{ attachment: Buffer.from('نص'), name: 'quote.txt' }] });
    const callback = await standIn.waitForCallback(interaction.id);
    expect(callback.headers['content-type']).toMatch(/^multipart\/form-data/);
    expect(callback.body).toMatchObject({ type: 4, data: { content: 'ملف', attachments: [{ id: '0' }] } }); // the file name travels only in the file part
    expect(callback.files).toEqual([{ field: 'files[0]', filename: 'quote.txt', size: Buffer.byteLength('نص') }]);
  });

  // Interaction callbacks go through @discordjs/rest's BurstHandler: on 429 it sleeps Retry-After (+ the 50 ms
  // offset) and retries, with no retry limit; reply() simply resolves later. An unexpected 429 does NOT emit the
  // `rateLimited` event (that is only for pre-emptive waits): it shows up only as a restDebug line, unless the
  // `rejectOnRateLimit` option matches the route, in which case reply() rejects with RateLimitError.
  it('429 on the callback: discord.js waits Retry-After, retries, and reply() resolves', async () => {
    const client = await connect();
    const limited: RateLimitData[] = [];
    const debug: string[] = [];
    client.rest.on(RESTEvents.RateLimited, (data) => limited.push(data));
    client.rest.on(RESTEvents.Debug, (line) => debug.push(line));
    standIn.injectCallbackFault({ status: 429, retryAfter: 0.3 });
    const interaction = await roundTrip(client, standIn.chatInput('ask'));
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat-input interaction');
    const started = performance.now();
    await interaction.reply({ content: 'after the limit' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(300);
    const attempts = standIn.requests.filter((r) => r.path.startsWith(`/interactions/${interaction.id}/`));
    expect(attempts.map((r) => r.status)).toEqual([429, 204]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(300);
    expect(limited).toEqual([]);
    expect(debug.some((line) => line.includes('Encountered unexpected 429 rate limit'))).toBe(true);

    const strict = await connect({ rejectOnRateLimit: ['/interactions'] });
    standIn.injectCallbackFault({ status: 429, retryAfter: 5, global: true });
    const payload = standIn.chatInput('ask');
    const next = once(strict, Events.InteractionCreate, { signal: AbortSignal.timeout(5000) });
    standIn.dispatchInteraction(payload); // both clients get it; only `strict` answers
    const [strictInteraction] = (await next) as [Interaction];
    if (!strictInteraction.isChatInputCommand()) throw new Error('expected a chat-input interaction');
    const error = await strictInteraction.reply({ content: 'x' }).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ retryAfter: 5050, global: true, route: '/interactions/:id/:token/callback' });
  });

  // 5xx: retried immediately up to `rest.retries` (default 3) times; after 4 failed attempts reply() rejects with
  // HTTPError and the interaction stays un-replied (a real user would see "The application did not respond").
  it('500 on the callback: retried 3 times, then reply() rejects with HTTPError', async () => {
    const client = await connect();
    for (let i = 0; i < 4; i++) standIn.injectCallbackFault({ status: 500 });
    const interaction = await roundTrip(client, standIn.chatInput('ask'));
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat-input interaction');
    const error = await interaction.reply({ content: 'x' }).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(HTTPError);
    expect((error as HTTPError).status).toBe(500);
    expect(interaction.replied).toBe(false);
    expect(standIn.requests.filter((r) => r.path.startsWith(`/interactions/${interaction.id}/`)).map((r) => r.status)).toEqual([500, 500, 500, 500]);

    // Fewer faults than attempts: the retry succeeds transparently.
    for (let i = 0; i < 3; i++) standIn.injectCallbackFault({ status: 500 });
    const again = await roundTrip(client, standIn.chatInput('ask'));
    if (!again.isChatInputCommand()) throw new Error('expected a chat-input interaction');
    await again.reply({ content: 'y' });
    expect((await standIn.waitForCallback(again.id)).status).toBe(204);
  });

  // A hanging callback is aborted after `rest.timeout` (default 15 s!) and retried like a 5xx; with retries: 0 the
  // AbortError surfaces. With the defaults a single hang costs 15 s, far beyond Discord's 3 s answer window.
  it('hang on the callback: aborted after rest.timeout, then retried (or rejected with retries: 0)', async () => {
    const client = await connect({ timeout: 300 });
    standIn.injectCallbackFault({ hang: true });
    const interaction = await roundTrip(client, standIn.chatInput('ask'));
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat-input interaction');
    const started = performance.now();
    await interaction.reply({ content: 'late' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(standIn.requests.filter((r) => r.path.startsWith(`/interactions/${interaction.id}/`)).map((r) => r.status)).toEqual([null, 204]);

    const strict = await connect({ timeout: 300, retries: 0 });
    standIn.injectCallbackFault({ hang: true });
    const payload = standIn.chatInput('ask');
    const next = once(strict, Events.InteractionCreate, { signal: AbortSignal.timeout(5000) });
    standIn.dispatchInteraction(payload); // both clients get it; only `strict` answers
    const [strictInteraction] = (await next) as [Interaction];
    if (!strictInteraction.isChatInputCommand()) throw new Error('expected a chat-input interaction');
    await expect(strictInteraction.reply({ content: 'never' })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('after dropGatewayConnections the client re-identifies and still receives interactions', async () => {
    const client = await connect();
    const started = performance.now();
    standIn.dropGatewayConnections();
    await standIn.waitForReady(15_000, 2);
    const reconnectMs = performance.now() - started;
    expect(standIn.identifyCount).toBe(2);
    // A second IDENTIFY within 5 s of the first is throttled by @discordjs/ws: expect roughly 5 s here.
    expect(reconnectMs).toBeGreaterThan(3000);
    const interaction = await roundTrip(client, standIn.chatInput('ask'));
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat-input interaction');
    await interaction.reply({ content: 'still here' });
    expect((await standIn.waitForCallback(interaction.id)).body).toMatchObject({ type: 4, data: { content: 'still here' } });
    console.info(`reconnect took ${Math.round(reconnectMs)} ms`);
  }, 30_000);

  it('a bad token makes login fail with TokenInvalid', async () => {
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: standIn.apiUrl } });
    clients.push(client);
    await expect(client.login('not-the-token')).rejects.toMatchObject({ code: 'TokenInvalid' });
    const attempt = await standIn.waitFor((r) => r.path === '/gateway/bot');
    expect(attempt.status).toBe(401);
    expect(standIn.identifyCount).toBe(0);
  });

  it('unknown routes get a Discord-shaped 404 and are captured', async () => {
    const res = await fetch(`${standIn.apiUrl}/v10/channels/1/messages?limit=5`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ message: '404: Not Found', code: 0 });
    const captured = await standIn.waitFor((r) => r.path === '/channels/1/messages');
    expect(captured.query.get('limit')).toBe('5');
  });
});
