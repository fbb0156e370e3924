/**
 * `npm run start:sharded`: the gateway bot split into shards, one process
 * each, under discord.js's ShardingManager — what Discord requires of a bot
 * in 2,500 servers or more. Each shard runs `src/main.ts` with the same
 * configuration; discord.js tells it which shard it is.
 *
 * SHARD_COUNT sets the number of shards; otherwise Discord's recommendation
 * is asked at DISCORD_API_URL (GET /gateway/bot). SIGINT/SIGTERM stop every
 * shard gracefully, then exit 0.
 */
import { ShardingManager } from 'discord.js';
import { config as loadDotenv } from 'dotenv';
import { join } from 'node:path';
import { ConfigError, readConfig } from '../config.js';
import { createLogger } from '../log.js';
import { projectRoot } from '../paths.js';

loadDotenv({ quiet: true });

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/** Discord's recommended shard count for this bot. */
async function recommendedShards(apiUrl: string, token: string): Promise<number> {
  const response = await fetch(`${apiUrl}/v10/gateway/bot`, { headers: { authorization: `Bot ${token}` } });
  if (response.status === 401) fail('start:sharded: DISCORD_TOKEN was rejected by Discord');
  if (!response.ok) fail(`start:sharded: could not ask Discord for the shard count (HTTP ${response.status}); set SHARD_COUNT`);
  return ((await response.json()) as { shards: number }).shards;
}

let config;
try {
  config = readConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(`configuration error: ${error.message}`);
  throw error;
}
const token = config.token ?? fail('configuration error: DISCORD_TOKEN is not set: sharding is for the gateway bot');
const countText = process.env.SHARD_COUNT?.trim();
const totalShards = countText ? Number(countText) : await recommendedShards(config.apiUrl, token);
if (!Number.isInteger(totalShards) || totalShards < 1) fail(`configuration error: SHARD_COUNT must be a whole number of shards (1 or more), got "${countText}"`);

const logger = createLogger(config.logLevel, { secrets: [token] });
const manager = new ShardingManager(join(projectRoot(), 'src', 'main.ts'), { token, totalShards, execArgv: ['--import', 'tsx'], respawn: true });
manager.on('shardCreate', (shard) => {
  logger.info({ shard: shard.id, totalShards }, 'shard started');
  shard.on('death', () => logger.warn({ shard: shard.id }, 'shard process exited'));
});

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(0);
    stopping = true;
    manager.respawn = false;
    logger.info({ signal, shards: manager.shards.size }, 'stopping every shard');
    const exits = [...manager.shards.values()].map(
      (shard) =>
        new Promise<void>((resolve) => {
          if (!shard.process || shard.process.exitCode !== null) return resolve();
          shard.process.once('exit', () => resolve());
          // Each shard finishes its in-flight interactions on SIGTERM, then exits.
          shard.process.kill('SIGTERM');
        }),
    );
    void Promise.race([Promise.all(exits), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]).then(() => process.exit(0));
  });
}

logger.info({ totalShards }, 'spawning shards');
// A shard's death is respawned by the manager; a spawn that fails outright is fatal.
await manager.spawn({ timeout: 60_000 }).catch((error: unknown) => fail(`start:sharded: ${error instanceof Error ? error.message : String(error)}`));
