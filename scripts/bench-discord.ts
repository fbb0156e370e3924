/**
 * The gateway bot, measured through the local Discord stand-in
 * (tests/support/discord-standin.ts): the bot process (`node --import tsx
 * src/main.ts`, discord.js inside) from spawn to its "ready" log line, and
 * the round trip from dispatching an /ask INTERACTION_CREATE to the
 * interaction callback the stand-in captures, one at a time. Timings are
 * printed, not asserted. Runnable alone: `npx tsx scripts/bench-discord.ts [interactions] [starts]`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../src/paths.js';
import { startDiscordStandIn, type StandIn } from '../tests/support/discord-standin.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GbEnCh.bench-token-not-a-secret-0123456789';
const QUESTIONS = ['من أعلن السيطرة على حمص؟', 'متى صدر البيان المشترك؟', 'ماذا قال رامي عبد الرحمن؟', 'ما عاصمة اليابان؟', 'هل دعت الدول إلى حل سياسي؟'];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** Spawns the bot against the stand-in; resolves with the process once it logs "ready", and the time that took. */
function startBot(standIn: StandIn, cooldown: string): Promise<{ child: ChildProcess; ms: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: projectRoot(),
    env: { ...process.env, DISCORD_TOKEN: TOKEN, DISCORD_API_URL: standIn.apiUrl, DISCORD_CLIENT_ID: '', DISCORD_GUILD_ID: '', INTERACTIONS_PORT: '', DISCORD_PUBLIC_KEY: '', CORPUS_DIR: '', LOG_LEVEL: 'info', COOLDOWN: cooldown },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('the bot did not log "ready" within 20 s'));
    }, 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      if (buffered.includes('"msg":"ready"')) {
        clearTimeout(timer);
        child.stdout!.removeAllListeners('data');
        child.stdout!.resume();
        resolve({ child, ms: performance.now() - started });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the bot exited with ${code} before it was ready`));
    });
  });
}

/** SIGTERM, then wait for the exit (SIGKILL after 10 s). */
async function stopBot(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

export async function benchDiscord(interactions = 200, starts = 3): Promise<string[]> {
  const standIn = await startDiscordStandIn({ token: TOKEN });
  const running = new Set<ChildProcess>();
  try {
    const startTimes: number[] = [];
    for (let i = 0; i < starts; i++) {
      const { child, ms } = await startBot(standIn, '5/30');
      running.add(child);
      startTimes.push(ms);
      await standIn.waitForReady(5000, standIn.readyCount); // let discord.js settle before it is stopped
      await stopBot(child);
      running.delete(child);
    }
    startTimes.sort((a, b) => a - b);

    // A cooldown no benchmark reaches: every /ask comes from the same user.
    const { child } = await startBot(standIn, '1000000/1');
    running.add(child);
    await standIn.waitForReady(5000, standIn.readyCount);
    const roundTrip = async (n: number) => {
      const payload = standIn.chatInput('ask', [{ name: 'question', type: 3, value: QUESTIONS[n % QUESTIONS.length] }]);
      const sent = performance.now();
      standIn.dispatchInteraction(payload);
      const callback = await standIn.waitForCallback(payload.id, 10_000);
      return callback.at - sent;
    };
    const first = await roundTrip(0);
    for (let n = 1; n < 20; n++) await roundTrip(n); // warm-up: V8 compiles the hot paths
    const times: number[] = [];
    for (let n = 0; n < interactions; n++) times.push(await roundTrip(n));
    times.sort((a, b) => a - b);
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    return [
      `Discord bot process, spawn to READY (node --import tsx src/main.ts, discord.js, stand-in on 127.0.0.1): median ${ms(percentile(startTimes, 50))}, min ${ms(startTimes[0]!)}, max ${ms(startTimes.at(-1)!)} (${starts} runs)`,
      `Discord bot, /ask dispatch to captured callback: first ${ms(first)}; after 20 warm-up, over ${interactions} one at a time: p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(times.at(-1)!)}`,
    ];
  } finally {
    for (const child of running) await stopBot(child);
    await standIn.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [interactions, starts] = process.argv.slice(2).map(Number);
  for (const line of await benchDiscord(interactions || undefined, starts || undefined)) console.log(line);
}
