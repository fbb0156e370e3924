/**
 * The HTTP interactions endpoint under load: the endpoint runs as its own
 * process (`npm start` with INTERACTIONS_PORT and DISCORD_PUBLIC_KEY), and
 * this process sends it signed /ask requests over 127.0.0.1 with a fixed
 * number in flight. Prints latency p50/p99, errors, and the server's memory
 * before and after. Runnable alone: `npx tsx scripts/bench-http.ts [requests] [concurrency]`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { projectRoot } from '../src/paths.js';
import { createSigner } from '../tests/support/signing.js';

const QUESTIONS = ['من أعلن السيطرة على حمص؟', 'متى صدر البيان المشترك؟', 'ماذا قال رامي عبد الرحمن؟', 'ما عاصمة اليابان؟', 'هل دعت الدول إلى حل سياسي؟'];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForHealth(base: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`the endpoint exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await delay(100);
  }
  throw new Error('the endpoint did not come up within 10 s');
}

const memory = async (base: string) => ((await (await fetch(`${base}/healthz`)).json()) as { memory: { rss: number; heapUsed: number } }).memory;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function benchHttp(total = 2000, concurrency = 50): Promise<string[]> {
  const signer = createSigner();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: projectRoot(),
    env: { ...process.env, DISCORD_TOKEN: '', INTERACTIONS_PORT: String(port), DISCORD_PUBLIC_KEY: signer.publicKeyHex, LOG_LEVEL: 'warn', COOLDOWN: '1000000/1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitForHealth(base, child);
    const before = await memory(base);
    const latencies: number[] = [];
    let errors = 0;
    let next = 0;
    const started = performance.now();
    const worker = async () => {
      while (next < total) {
        const n = next++;
        const body = JSON.stringify({
          id: String(1e17 + n),
          application_id: '100000000000000001',
          token: `bench-${n}`,
          type: 2,
          data: { id: '1', name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: QUESTIONS[n % QUESTIONS.length] }] },
          member: { user: { id: String(2e17 + (n % 500)) } },
        });
        const sent = performance.now();
        try {
          const response = await fetch(`${base}/interactions`, { method: 'POST', body, headers: signer.headers(body) });
          const reply = (await response.json()) as { type?: number };
          if (response.status !== 200 || reply.type !== 4) errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - sent);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;
    const after = await memory(base);
    latencies.sort((a, b) => a - b);
    const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);
    return [
      `HTTP endpoint, ${total} signed /ask requests at ${concurrency} concurrent over 127.0.0.1: p50 ${at(50)} ms, p99 ${at(99)} ms, ${(total / seconds).toFixed(0)} requests/s, errors ${errors}`,
      `HTTP endpoint memory: rss ${mb(before.rss)} → ${mb(after.rss)}, heap used ${mb(before.heapUsed)} → ${mb(after.heapUsed)}`,
    ];
  } finally {
    child.kill('SIGTERM');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [total, concurrency] = process.argv.slice(2).map(Number);
  for (const line of await benchHttp(total || undefined, concurrency || undefined)) console.log(line);
}
