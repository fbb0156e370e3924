import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/paths.js';
import { startDiscordStandIn, type StandIn } from './support/discord-standin.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GtStIn.sharded-HMAC_part-0123456789abcdefghijKLMN';

describe('npm run start:sharded', () => {
  let standIn: StandIn;
  beforeAll(async () => {
    standIn = await startDiscordStandIn({ token: TOKEN });
  });
  afterAll(() => standIn?.close());

  it('runs each shard as its own bot process, answers, and stops every shard on SIGTERM with exit 0', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/discord/sharded.ts'], {
      cwd: projectRoot(),
      env: { ...process.env, DISCORD_TOKEN: TOKEN, DISCORD_API_URL: standIn.apiUrl, SHARD_COUNT: '2', LOG_LEVEL: 'info', INTERACTIONS_PORT: '', DISCORD_PUBLIC_KEY: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so that a failing test can take the shards down with it.
      detached: true,
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await standIn.waitForReady(40_000, 2);
      expect(standIn.identifyCount).toBeGreaterThanOrEqual(2);
      const payload = standIn.chatInput('ask', [{ name: 'question', type: 3, value: 'متى صدر البيان المشترك؟' }]);
      standIn.dispatchInteraction(payload);
      expect((await standIn.waitForCallback(payload.id)).body.type).toBe(4);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(output).toContain('"msg":"shard started"');
      expect(output).not.toContain(TOKEN);
    } finally {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }, 60_000);

  it('a shard stops by itself when its manager is killed outright', async () => {
    const readies = standIn.readyCount;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/discord/sharded.ts'], {
      cwd: projectRoot(),
      env: { ...process.env, DISCORD_TOKEN: TOKEN, DISCORD_API_URL: standIn.apiUrl, SHARD_COUNT: '1', LOG_LEVEL: 'silent', INTERACTIONS_PORT: '', DISCORD_PUBLIC_KEY: '' },
      stdio: 'ignore',
      detached: true,
    });
    try {
      await standIn.waitForReady(30_000, readies + 1);
      const { execSync } = await import('node:child_process');
      const shards = () => execSync(`pgrep -g ${child.pid} || true`, { encoding: 'utf8' }).trim().split('\n').filter(Boolean).map(Number).filter((pid) => pid !== child.pid);
      expect(shards().length).toBeGreaterThan(0);
      child.kill('SIGKILL');
      for (let i = 0; i < 100 && shards().length > 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(shards()).toEqual([]);
    } finally {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }, 60_000);
});
