/**
 * A local stand-in for Discord's API (REST under /api/v10 + a JSON WebSocket gateway) on 127.0.0.1,
 * good enough for the REAL discord.js 14 client: point it at `rest: { api: standIn.apiUrl }`.
 * Facts behind the payload shapes: /work/shared/notes/discord-local-testing.md.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { WebSocketServer, WebSocket } from 'ws';

/** One REST request as the stand-in saw and answered it. */
export interface CapturedRequest {
  method: string;
  /** Decoded path without the /api/v10 prefix, e.g. '/interactions/123/tok/callback', '/webhooks/app/tok/messages/@original'. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | undefined>;
  /** Parsed JSON body, or parsed `payload_json` of a multipart body; undefined when empty. */
  body: any;
  rawBody: string;
  /** Files of a multipart body (form field, file name, bytes). */
  files: Array<{ field: string; filename: string; size: number }>;
  /** HTTP status the stand-in answered with; null when a `hang` fault swallowed the request. */
  status: number | null;
  /** performance.now() when the request was answered (or swallowed). */
  at: number;
}

/** Answer the next interaction callback with this instead of 204. */
export type Fault = { status: 429; retryAfter: number /* seconds */; global?: boolean } | { status: 500 } | { hang: true };

export interface InteractionOption { name: string; type: number; value?: unknown; focused?: boolean; options?: InteractionOption[] }
/** Who/where an interaction comes from. Defaults: a plain member with everyday permissions, en-US, the guild's text channel. */
export interface InteractionExtra { userId?: string; username?: string; permissions?: string; locale?: string }
export interface ButtonMessage { id?: string; content?: string; embeds?: unknown[]; components?: unknown[] }

export interface StandInOptions {
  /** Bot token the stand-in accepts (default 'standin-token'). */
  token?: string;
  /** HELLO heartbeat interval (default 41250 ms, like Discord). */
  heartbeatIntervalMs?: number;
  guildName?: string;
}

export interface StandIn {
  /** 'http://127.0.0.1:PORT/api': a Client's `rest.api` option / DISCORD_API_URL. */
  apiUrl: string;
  /** 'ws://127.0.0.1:PORT': what GET /gateway/bot hands out. */
  gatewayUrl: string;
  token: string; applicationId: string; guildId: string; channelId: string; botUserId: string;
  /** Every REST request, in the order answered. */
  requests: CapturedRequest[];
  /** Last registered command arrays (as returned: with id, application_id, version, guild_id). */
  commands: { global: any[]; guilds: Map<string, any[]> };
  /** Number of valid IDENTIFYs so far, and of READY + GUILD_CREATE pairs sent. */
  readonly identifyCount: number;
  readonly readyCount: number;
  /** Resolves with the first captured (already or later) request matching predicate; rejects on timeout (default 5 s) or close. */
  waitFor(predicate: (r: CapturedRequest) => boolean, timeoutMs?: number): Promise<CapturedRequest>;
  /**
   * Resolves once `count` (default 1) READY + GUILD_CREATE pairs have been sent in total (pass readyCount + 1 to wait
   * for a reconnect), plus READY_SETTLE_MS so the client has processed READY: @discordjs/ws 1.2.3 never finishes
   * client.destroy() if it is called while the shard still waits for READY (it races into a reconnect).
   */
  waitForReady(timeoutMs?: number, count?: number): Promise<void>;
  /** Sends INTERACTION_CREATE to every identified gateway client; returns how many got it; throws when none is connected. */
  dispatchInteraction(d: Record<string, unknown>): number;
  /** Full, valid INTERACTION_CREATE payloads with fresh id/token (the command id is the registered one when known). */
  chatInput(name: string, options?: InteractionOption[], extra?: InteractionExtra): Record<string, any>;
  /** Type 4; when no option is marked focused, the last top-level one is. */
  autocomplete(name: string, options: InteractionOption[], extra?: InteractionExtra): Record<string, any>;
  /** Type 3 button press (component_type 2) on a bot message (built from `message`). */
  button(customId: string, message?: ButtonMessage, extra?: InteractionExtra): Record<string, any>;
  /** First 2xx-answered POST /interactions/{id}/{token}/callback (faulted attempts are skipped: use waitFor for those). */
  waitForCallback(interactionId: string, timeoutMs?: number): Promise<CapturedRequest>;
  /** First 2xx-answered PATCH .../messages/{id|@original} or POST /webhooks/{app}/{token} (follow-up) for that token. */
  waitForWebhook(token: string, timeoutMs?: number): Promise<CapturedRequest>;
  /** Queues (FIFO) an answer for the next interaction callback, replacing the 204. */
  injectCallbackFault(fault: Fault): void;
  /** Ends every gateway socket: terminate() (close code 1006, the client resumes) or close(code) when given. */
  dropGatewayConnections(code?: number): void;
  /** Closes sockets and servers, rejects pending waits; idempotent. */
  close(): Promise<void>;
}

const DISCORD_EPOCH = 1420070400000n;
const READY_SETTLE_MS = 25;
let snowflakeCounter = 0n;
/** A plausible, unique snowflake string. */
export function snowflake(): string {
  snowflakeCounter = (snowflakeCounter + 1n) & 0xfffn;
  return String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (1n << 17n) | snowflakeCounter);
}
/** VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | ATTACH_FILES | READ_MESSAGE_HISTORY | USE_APPLICATION_COMMANDS */
const MEMBER_PERMISSIONS = String((1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 15n) | (1n << 16n) | (1n << 31n));
const json = (res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) => {
  if (body === undefined) res.writeHead(status, headers).end();
  else res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
  return status;
};

export async function startDiscordStandIn(options: StandInOptions = {}): Promise<StandIn> {
  const token = options.token ?? 'standin-token';
  const heartbeatInterval = options.heartbeatIntervalMs ?? 41250;
  const applicationId = snowflake(), guildId = snowflake(), channelId = snowflake();
  const botUserId = applicationId; // Discord bots' user id equals their application id
  const now = new Date().toISOString();
  const botUser = { id: botUserId, username: 'StandInBot', discriminator: '0000', global_name: null, avatar: null, bot: true, flags: 0 };
  const textChannel = { id: channelId, type: 0, guild_id: guildId, name: 'general', position: 0, permission_overwrites: [], parent_id: null, topic: null, nsfw: false, rate_limit_per_user: 0, last_message_id: null };

  const requests: CapturedRequest[] = [];
  const commands = { global: [] as any[], guilds: new Map<string, any[]>() };
  const faults: Fault[] = [];
  const interactions = new Map<string, Record<string, any>>(); // token -> dispatched payload
  const webhookMessages = new Map<string, Map<string, any>>(); // token -> message id|'@original' -> message
  const waiters = new Set<{ check: () => void; reject: (e: Error) => void }>();
  const sockets = new Set<{ ws: WebSocket; seq: number; identified: boolean }>();
  let identifyCount = 0, readyCount = 0, closed = false;

  /** Shared wait machinery: resolves when test() holds, checked now and after every request/READY. */
  function waitUntil<T>(test: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const first = test();
      if (first !== undefined) return resolve(first);
      if (closed) return reject(new Error(`stand-in closed while waiting for ${what}`));
      const timer = setTimeout(() => {
        const seen = requests.slice(-8).map((r) => `${r.method} ${r.path} -> ${r.status}`).join('\n  ');
        waiter.reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last requests:\n  ${seen || '(none)'}`));
      }, timeoutMs);
      const finish = () => { clearTimeout(timer); waiters.delete(waiter); };
      const waiter = {
        check: () => { const v = test(); if (v !== undefined) { finish(); resolve(v); } },
        reject: (e: Error) => { finish(); reject(e); },
      };
      waiters.add(waiter);
    });
  }
  const notify = () => { for (const w of [...waiters]) w.check(); };
  const waitFor = (predicate: (r: CapturedRequest) => boolean, timeoutMs = 5000) =>
    waitUntil(() => requests.find(predicate), timeoutMs, `a request matching ${predicate.toString().slice(0, 120)}`);

  function message(id: string, body: any, base: Record<string, any> = {}, edited = false): Record<string, any> {
    const data = body ?? {};
    const pick = (k: string, fallback: unknown) => (data[k] !== undefined ? data[k] : base[k] !== undefined ? base[k] : fallback);
    return {
      id, channel_id: base.channel_id ?? channelId, guild_id: guildId, author: botUser, webhook_id: applicationId, application_id: applicationId,
      content: pick('content', ''), embeds: pick('embeds', []), components: pick('components', []), flags: edited ? Number(pick('flags', 0)) & ~128 : pick('flags', 0), // 128 = LOADING (deferred)
      attachments: (data.attachments ?? []).map((a: any) => ({ id: snowflake(), filename: a.filename ?? 'file', size: 0, url: `https://cdn.invalid/${a.filename}`, proxy_url: `https://cdn.invalid/${a.filename}` })),
      timestamp: base.timestamp ?? new Date().toISOString(), edited_timestamp: edited ? new Date().toISOString() : null,
      type: 0, tts: false, mention_everyone: false, mentions: [], mention_roles: [], pinned: false,
    };
  }
  const messagesOf = (tok: string) => webhookMessages.get(tok) ?? webhookMessages.set(tok, new Map()).get(tok)!;

  function registerCommands(list: any[], guild?: string): any[] {
    const previous = guild ? commands.guilds.get(guild) ?? [] : commands.global;
    const stored = list.map((c) => ({
      type: 1, description: '', options: [], default_member_permissions: null, nsfw: false, ...c,
      id: previous.find((p) => p.name === c.name)?.id ?? snowflake(), application_id: applicationId, version: snowflake(), ...(guild ? { guild_id: guild } : {}),
    }));
    if (guild) commands.guilds.set(guild, stored); else commands.global = stored;
    return stored;
  }

  /** Answers one REST request; returns the status sent (null = deliberately never answered). */
  function route(req: IncomingMessage, res: ServerResponse, method: string, path: string, query: URLSearchParams, body: any): number | null {
    const authed = req.headers.authorization === `Bot ${token}`;
    const unauthorized = () => json(res, 401, { message: '401: Unauthorized', code: 0 });
    let m: RegExpMatchArray | null;
    if (method === 'GET' && path === '/gateway') return json(res, 200, { url: gatewayUrl });
    if (method === 'GET' && path === '/gateway/bot') {
      if (!authed) return unauthorized();
      return json(res, 200, { url: gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 } });
    }
    if (method === 'GET' && path === '/users/@me') return authed ? json(res, 200, botUser) : unauthorized();
    if (method === 'GET' && path === '/applications/@me') {
      if (!authed) return unauthorized();
      return json(res, 200, { id: applicationId, name: botUser.username, icon: null, description: '', bot_public: true, bot_require_code_grant: false, verify_key: '0'.repeat(64), flags: 0, owner: { ...botUser, id: snowflake(), username: 'owner', bot: false }, team: null, bot: botUser });
    }
    if ((m = path.match(/^\/applications\/([^/]+)(?:\/guilds\/([^/]+))?\/commands$/)) && (method === 'PUT' || method === 'GET')) {
      if (!authed) return unauthorized();
      if (m[1] !== applicationId) return json(res, 404, { message: 'Unknown Application', code: 10002 });
      if (method === 'PUT') return json(res, 200, registerCommands(Array.isArray(body) ? body : [], m[2]));
      return json(res, 200, m[2] ? commands.guilds.get(m[2]) ?? [] : commands.global);
    }
    if (method === 'POST' && (m = path.match(/^\/interactions\/([^/]+)\/([^/]+)\/callback$/))) {
      const [, id, tok] = m as unknown as [string, string, string];
      const fault = faults.shift();
      if (fault && 'hang' in fault) return null;
      if (fault?.status === 500) return json(res, 500, { message: '500: Internal Server Error', code: 0 });
      if (fault?.status === 429) {
        const headers: Record<string, string> = { 'retry-after': String(fault.retryAfter), 'x-ratelimit-scope': fault.global ? 'global' : 'user' };
        if (fault.global) headers['x-ratelimit-global'] = 'true';
        return json(res, 429, { message: 'You are being rate limited.', retry_after: fault.retryAfter, global: !!fault.global }, headers);
      }
      const type = Number(body?.type);
      const source = interactions.get(tok);
      let msg: Record<string, any> | undefined;
      if (type === 4 || type === 5) msg = message(snowflake(), type === 5 ? { content: '', flags: (body.data?.flags ?? 0) | 128 } : body.data);
      if (type === 6 || type === 7) msg = message(source?.message?.id ?? snowflake(), type === 7 ? body.data : {}, source?.message, type === 7);
      if (msg) messagesOf(tok).set('@original', msg);
      if (query.get('with_response') !== 'true') return json(res, 204);
      return json(res, 200, { interaction: { id, type: source?.type ?? 2, activity_instance_id: null, response_message_id: msg?.id, response_message_loading: type === 5, response_message_ephemeral: ((msg?.flags ?? 0) & 64) !== 0 }, resource: { type, ...(msg && type !== 6 ? { message: msg } : {}) } });
    }
    if ((m = path.match(/^\/webhooks\/([^/]+)\/([^/]+)(?:\/messages\/([^/]+))?$/))) {
      const [, app, tok, msgId] = m as unknown as [string, string, string, string | undefined];
      if (app !== applicationId) return json(res, 404, { message: 'Unknown Webhook', code: 10015 });
      const store = messagesOf(tok);
      if (method === 'POST' && !msgId) {
        const msg = message(snowflake(), body);
        store.set(msg.id, msg);
        return query.get('wait') === 'false' ? json(res, 204) : json(res, 200, msg);
      }
      if (msgId && method === 'PATCH') {
        const old = store.get(msgId);
        const msg = message(old?.id ?? (msgId === '@original' ? snowflake() : msgId), body, old, !!old);
        store.set(msgId, msg);
        return json(res, 200, msg);
      }
      if (msgId && method === 'GET') return store.has(msgId) ? json(res, 200, store.get(msgId)) : json(res, 404, { message: 'Unknown Message', code: 10008 });
      if (msgId && method === 'DELETE') { store.delete(msgId); return json(res, 204); }
    }
    return json(res, 404, { message: '404: Not Found', code: 0 });
  }

  async function parseBody(req: IncomingMessage, raw: Buffer): Promise<{ body: any; files: CapturedRequest['files'] }> {
    const type = req.headers['content-type'] ?? '';
    if (raw.length === 0) return { body: undefined, files: [] };
    if (type.startsWith('multipart/form-data')) {
      const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': type } }).formData();
      const files: CapturedRequest['files'] = [];
      let body: any;
      for (const [field, value] of form) {
        if (typeof value === 'string') { if (field === 'payload_json') body = JSON.parse(value); }
        else files.push({ field, filename: value.name, size: value.size });
      }
      return { body, files };
    }
    try { return { body: JSON.parse(raw.toString('utf8')), files: [] }; } catch { return { body: raw.toString('utf8'), files: [] }; }
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const raw = Buffer.concat(chunks);
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const fullPath = decodeURIComponent(url.pathname);
        const path = fullPath.startsWith('/api/v10/') ? fullPath.slice('/api/v10'.length) : fullPath;
        const method = (req.method ?? 'GET').toUpperCase();
        let parsed: Awaited<ReturnType<typeof parseBody>> = { body: undefined, files: [] };
        let status: number | null;
        try {
          parsed = await parseBody(req, raw);
          status = fullPath === path ? json(res, 404, { message: '404: Not Found', code: 0 }) : route(req, res, method, path, url.searchParams, parsed.body);
        } catch (err) {
          status = json(res, 400, { message: `stand-in could not handle the request: ${String(err)}`, code: 50109 });
        }
        const headers: Record<string, string | undefined> = {};
        for (const [k, v] of Object.entries(req.headers)) headers[k] = Array.isArray(v) ? v.join(', ') : v;
        requests.push({ method, path, query: url.searchParams, headers, ...parsed, rawBody: raw.toString('utf8'), status, at: performance.now() });
        notify();
      })();
    });
  });

  const wss = new WebSocketServer({ server });
  wss.on('connection', (ws) => {
    const conn = { ws, seq: 0, identified: false };
    sockets.add(conn);
    const send = (payload: Record<string, unknown>) => { if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(payload)); };
    const dispatch = (t: string, d: unknown) => send({ op: 0, t, s: ++conn.seq, d });
    ws.on('close', () => sockets.delete(conn));
    ws.on('error', () => sockets.delete(conn));
    ws.on('message', (data) => {
      let payload: { op?: number; d?: any };
      try { payload = JSON.parse(data.toString()); } catch { return ws.close(4002, 'Error while decoding payload.'); }
      if (payload.op === 1) return send({ op: 11, d: null });
      if (payload.op === 6) return send({ op: 9, d: false }); // never resume: forces a fresh IDENTIFY
      if (payload.op !== 2) return; // presence updates, member requests, ...: ignored
      if (conn.identified) return ws.close(4005, 'Already authenticated.');
      if (String(payload.d?.token ?? '').replace(/^Bot /, '') !== token) return ws.close(4004, 'Authentication failed.');
      identifyCount++;
      conn.identified = true;
      conn.seq = 0;
      dispatch('READY', { v: 10, user: botUser, guilds: [{ id: guildId, unavailable: true }], session_id: randomBytes(16).toString('hex'), resume_gateway_url: gatewayUrl, shard: [0, 1], application: { id: applicationId, flags: 0 }, private_channels: [], presences: [], _trace: ['stand-in'] });
      dispatch('GUILD_CREATE', {
        id: guildId, name: options.guildName ?? 'Stand-in Guild', icon: null, splash: null, discovery_splash: null, banner: null, description: null,
        owner_id: snowflake(), afk_channel_id: null, afk_timeout: 300, verification_level: 0, default_message_notifications: 0, explicit_content_filter: 0,
        roles: [{ id: guildId, name: '@everyone', permissions: MEMBER_PERMISSIONS, position: 0, color: 0, hoist: false, managed: false, mentionable: false, icon: null, unicode_emoji: null, flags: 0 }],
        emojis: [], stickers: [], features: [], mfa_level: 0, application_id: null, system_channel_id: null, system_channel_flags: 0, rules_channel_id: null,
        vanity_url_code: null, premium_tier: 0, premium_subscription_count: 0, preferred_locale: 'en-US', public_updates_channel_id: null, nsfw_level: 0, premium_progress_bar_enabled: false,
        joined_at: now, large: false, unavailable: false, member_count: 2, voice_states: [], presences: [], threads: [], stage_instances: [], guild_scheduled_events: [], soundboard_sounds: [],
        members: [{ user: botUser, roles: [], joined_at: now, deaf: false, mute: false, flags: 0, nick: null, avatar: null, premium_since: null, pending: false }],
        channels: [textChannel],
      });
      readyCount++;
      notify();
    });
    send({ op: 10, d: { heartbeat_interval: heartbeatInterval, _trace: ['stand-in'] } });
  });

  await new Promise<void>((resolve, reject) => { server.once('error', reject); server.listen(0, '127.0.0.1', () => resolve()); });
  const port = (server.address() as AddressInfo).port;
  const gatewayUrl = `ws://127.0.0.1:${port}`;

  function interaction(type: number, data: Record<string, unknown>, extra: InteractionExtra = {}, more: Record<string, unknown> = {}): Record<string, any> {
    const user = { id: extra.userId ?? '100000000000000001', username: extra.username ?? 'tester', discriminator: '0', global_name: extra.username ?? 'Tester', avatar: null, public_flags: 0 };
    const permissions = extra.permissions ?? MEMBER_PERMISSIONS;
    return {
      id: snowflake(), token: `standin-${randomBytes(24).toString('base64url')}`, type, application_id: applicationId, version: 1, data,
      guild_id: guildId, guild: { id: guildId, locale: 'en-US', features: [] }, channel_id: channelId, channel: textChannel,
      member: { user, roles: [], joined_at: now, permissions, deaf: false, mute: false, flags: 0, nick: null, avatar: null, premium_since: null, pending: false },
      locale: extra.locale ?? 'en-US', guild_locale: 'en-US', app_permissions: MEMBER_PERMISSIONS, entitlements: [],
      authorizing_integration_owners: { '0': guildId }, context: 0, attachment_size_limit: 10_485_760, ...more,
    };
  }
  const commandData = (name: string, options: InteractionOption[]) => ({
    id: (commands.guilds.get(guildId) ?? []).concat(commands.global).find((c) => c.name === name)?.id ?? snowflake(),
    name, type: 1, guild_id: guildId, ...(options.length ? { options } : {}),
  });

  const standIn: StandIn = {
    apiUrl: `http://127.0.0.1:${port}/api`, gatewayUrl, token, applicationId, guildId, channelId, botUserId, requests, commands,
    get identifyCount() { return identifyCount; },
    get readyCount() { return readyCount; },
    waitFor,
    waitForReady: (timeoutMs = 5000, count = 1) =>
      waitUntil(() => (readyCount >= count ? true : undefined), timeoutMs, `READY #${count}`).then(() => delay(READY_SETTLE_MS)),
    dispatchInteraction(d) {
      const targets = [...sockets].filter((s) => s.identified && s.ws.readyState === WebSocket.OPEN);
      if (targets.length === 0) throw new Error('dispatchInteraction: no identified gateway client is connected');
      if (typeof d.token === 'string') interactions.set(d.token, d);
      for (const s of targets) s.ws.send(JSON.stringify({ op: 0, t: 'INTERACTION_CREATE', s: ++s.seq, d }));
      return targets.length;
    },
    chatInput: (name, options = [], extra) => interaction(2, commandData(name, options), extra),
    autocomplete(name, options, extra) {
      const opts = options.map((o) => ({ ...o }));
      const last = opts[opts.length - 1];
      if (!opts.some((o) => o.focused) && last) last.focused = true;
      return interaction(4, commandData(name, opts), extra);
    },
    button(customId, msg = {}, extra) {
      const base = message(msg.id ?? snowflake(), msg);
      return interaction(3, { custom_id: customId, component_type: 2 }, extra, { message: base });
    },
    waitForCallback: (interactionId, timeoutMs) =>
      waitFor((r) => r.method === 'POST' && r.path.startsWith(`/interactions/${interactionId}/`) && r.path.endsWith('/callback') && ok(r), timeoutMs),
    waitForWebhook: (tok, timeoutMs) =>
      waitFor((r) => (r.method === 'PATCH' || r.method === 'POST') && r.path.startsWith(`/webhooks/${applicationId}/${tok}`) && ok(r), timeoutMs),
    injectCallbackFault: (fault) => void faults.push(fault),
    dropGatewayConnections(code) {
      for (const s of sockets) { if (code === undefined) s.ws.terminate(); else s.ws.close(code, 'stand-in drop'); }
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const w of [...waiters]) w.reject(new Error('stand-in closed'));
      for (const s of sockets) s.ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return standIn;
}

const ok = (r: CapturedRequest) => r.status !== null && r.status >= 200 && r.status < 300;
