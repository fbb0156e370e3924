/**
 * Command definitions (commands/, shared with the CLI) → Discord
 * application-command JSON, as PUT to /applications/{app}/commands.
 */
import type { CommandDefinition, OptionDefinition, OptionType } from '../../commands/command.js';

/** Discord's ApplicationCommandOptionType numbers. */
const OPTION_TYPES: Record<OptionType, number> = { string: 3, integer: 4, boolean: 5 };
/** ApplicationCommandType.ChatInput: a slash command. */
const CHAT_INPUT = 1;
/** The Manage Guild permission bit, as Discord wants it: a decimal string. */
export const MANAGE_GUILD = String(1n << 5n);
/** InteractionContextType.Guild: the bot answers in servers only. */
const GUILD_CONTEXT = 0;

export interface ApplicationCommandOption {
  type: number;
  name: string;
  description: string;
  required?: boolean;
  max_length?: number;
  min_value?: number;
  max_value?: number;
  autocomplete?: boolean;
}

export interface ApplicationCommand {
  type: number;
  name: string;
  description: string;
  options: ApplicationCommandOption[];
  /** null: everyone may use it; "32": Manage Server only (a server admin can still change it per role). */
  default_member_permissions: string | null;
  dm_permission: false;
  contexts: number[];
}

function toOption(option: OptionDefinition): ApplicationCommandOption {
  const out: ApplicationCommandOption = { type: OPTION_TYPES[option.type], name: option.name, description: option.description };
  if (option.required) out.required = true;
  if (option.type === 'string' && option.maxLength !== undefined) out.max_length = option.maxLength;
  if (option.type === 'integer' && option.minValue !== undefined) out.min_value = option.minValue;
  if (option.type === 'integer' && option.maxValue !== undefined) out.max_value = option.maxValue;
  if (option.autocomplete && option.type !== 'boolean') out.autocomplete = true;
  return out;
}

/** One command as Discord registers it. Required options go first, as Discord demands. */
export function toApplicationCommand(definition: CommandDefinition): ApplicationCommand {
  const options = [...definition.options].sort((a, b) => Number(!!b.required) - Number(!!a.required)).map(toOption);
  return {
    type: CHAT_INPUT,
    name: definition.name,
    description: definition.description,
    options,
    default_member_permissions: definition.manageServerOnly ? MANAGE_GUILD : null,
    dm_permission: false,
    contexts: [GUILD_CONTEXT],
  };
}

/** Every command of a registry, in registry order. */
export function applicationCommands(commands: ReadonlyMap<string, { definition: CommandDefinition }>): ApplicationCommand[] {
  return [...commands.values()].map((command) => toApplicationCommand(command.definition));
}
