/**
 * `npm run deploy-commands`: registers every command with Discord — in one
 * server when DISCORD_GUILD_ID is set (instant, for testing), globally
 * otherwise (every server the bot is in; may take a while to show up).
 * Registration replaces the whole list, so a removed command disappears.
 * Run it again whenever a command's name, description or options change.
 */
import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import { config as loadDotenv } from 'dotenv';
import { commands as defaultCommands } from '../../commands/index.js';
import type { Command } from '../../commands/command.js';
import { ConfigError, readConfig, type Config } from '../config.js';
import { scrubSecrets } from '../log.js';
import { applicationCommands } from './definitions.js';

export interface DeployResult {
  scope: 'guild' | 'global';
  names: string[];
}

/** Registers the commands; returns what Discord now has. @throws {ConfigError} when a variable is missing. */
export async function deployCommands(config: Config, commands: ReadonlyMap<string, Command> = defaultCommands): Promise<DeployResult> {
  if (!config.token) throw new ConfigError('DISCORD_TOKEN is not set: deploying commands needs the bot token (developer portal → Bot → Reset Token)');
  if (!config.clientId) throw new ConfigError('DISCORD_CLIENT_ID is not set: copy the Application ID from the developer portal (General Information)');
  const rest = new REST({ api: config.apiUrl }).setToken(config.token);
  const route = config.guildId ? Routes.applicationGuildCommands(config.clientId, config.guildId) : Routes.applicationCommands(config.clientId);
  const registered = (await rest.put(route, { body: applicationCommands(commands) })) as Array<{ name: string }>;
  return { scope: config.guildId ? 'guild' : 'global', names: registered.map((command) => command.name) };
}

async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  let config: Config;
  try {
    config = readConfig();
    const result = await deployCommands(config);
    const where = result.scope === 'guild' ? `in server ${config.guildId} (available now)` : 'globally (may take up to an hour to appear everywhere)';
    process.stdout.write(`Registered ${result.names.length} commands ${where}: ${result.names.map((name) => `/${name}`).join(', ')}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`configuration error: ${error.message}\n`);
    } else {
      const status = (error as { status?: unknown }).status;
      const hint = status === 401 ? ' (DISCORD_TOKEN was rejected)' : status === 403 || status === 404 ? ' (check DISCORD_CLIENT_ID and DISCORD_GUILD_ID, and that the bot was invited with the applications.commands scope)' : '';
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`${scrubSecrets(`deploying commands failed${hint}: ${message}`, [process.env.DISCORD_TOKEN])}\n`);
    }
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
