import { article } from './article.js';
import { ask } from './ask.js';
import type { Command } from './command.js';
import { help } from './help.js';
import { quote } from './quote.js';

/** Every command, by name: the one list the bot registers and the CLI dispatches from. */
export const commands: ReadonlyMap<string, Command> = new Map(
  [ask, quote, article, help].map((command) => [command.definition.name, command]),
);
