/**
 * `npm start`: the Discord gateway bot when DISCORD_TOKEN is set, the HTTP
 * interactions endpoint when INTERACTIONS_PORT and DISCORD_PUBLIC_KEY are
 * set, and otherwise the terminal mode over the bundled corpus.
 */
import { config as loadDotenv } from 'dotenv';
import { ConfigError, readConfig, type Config } from './config.js';

loadDotenv({ quiet: true });

let config: Config;
try {
  config = readConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`configuration error: ${error.message}\n`);
  process.exit(1);
}

try {
  if (config.interactionsPort !== undefined && config.publicKey) {
    const { startHttpEndpoint } = await import('./http/endpoint.js');
    await startHttpEndpoint(config);
  } else if (config.token) {
    const { startGatewayBot } = await import('./discord/gateway.js');
    await startGatewayBot(config);
  } else {
    const { runTerminal } = await import('./cli/terminal.js');
    process.exitCode = await runTerminal(config);
  }
} catch (error) {
  // A corpus folder that cannot be read, a port in use: one line, not a stack trace.
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') process.stderr.write(`configuration error: INTERACTIONS_PORT ${config.interactionsPort} is already in use\n`);
  else if (message.startsWith('corpus:')) process.stderr.write(`configuration error: CORPUS_DIR: ${message}\n`);
  else throw error;
  process.exit(1);
}
