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
      child.kill('SIGKILL');
    }
  }, 60_000);
});
