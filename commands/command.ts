import type { Library } from '../src/library.js';
import type { Reply } from '../src/reply.js';
import type { ReloadResult } from '../src/service.js';

/**
 * A command as every door sees it: a platform-neutral definition (the
 * Discord adapter turns it into an application command, the CLI into a
 * sub-command) and a handler that turns options into a reply model.
 */

export type OptionType = 'string' | 'integer' | 'boolean';

export interface OptionDefinition {
  name: string;
  /** English, then Arabic: Discord has no Arabic locale, so both go in one line (≤ 100 characters). */
  description: string;
  type: OptionType;
  required?: boolean;
  /** Longest accepted string (Discord enforces it client-side too). */
  maxLength?: number;
  minValue?: number;
  maxValue?: number;
  /** Suggestions come from the command's `complete` function. */
  autocomplete?: boolean;
}

export interface CommandDefinition {
  name: string;
  description: string;
  options: OptionDefinition[];
  /** Only members with the Manage Server permission may use it (Discord's default_member_permissions). */
  manageServerOnly?: boolean;
}

/** What a handler may read: the library in service at the moment of the request. */
export interface CommandContext {
  library: Library;
  /** Rebuilds the library from disk and swaps it in (only where the door allows it: the bot, not the CLI). */
  reload?: () => ReloadResult;
}

/** Option values by name, as the user gave them (absent when not given). */
export type CommandOptions = Record<string, string | number | boolean | undefined>;

export interface Choice {
  name: string;
  value: string;
}

export interface Command {
  definition: CommandDefinition;
  /** Builds the reply model. Never throws for bad user input: that is a reply of kind 'error'. */
  run(context: CommandContext, options: CommandOptions): Reply;
  /** Suggestions for an autocomplete option as the user types (at most 25). */
  complete?(context: CommandContext, option: string, typed: string): Choice[];
}
