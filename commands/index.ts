import { article } from './article.js';
import { ask } from './ask.js';
import type { Command } from './command.js';
import { help } from './help.js';
import { quote } from './quote.js';
import { quotes } from './quotes.js';
import { reindex } from './reindex.js';
import { who } from './who.js';

/** Every command, by name: the one list the bot registers and the CLI dispatches from. */
export const commands: ReadonlyMap<string, Command> = new Map(
  [ask, who, quotes, quote, article, help, reindex].map((command) => [command.definition.name, command]),
);
