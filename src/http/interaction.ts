import type { CommandOptions } from '../../commands/command.js';
import type { SourceMessage } from '../discord/message.js';
import type { InteractionRequest, InteractionResponse } from '../discord/respond.js';

/**
 * Discord's raw interaction JSON (as the HTTP endpoint receives it) to the
 * interaction core's request, and the core's response to the JSON body of
 * the HTTP reply. Only the fields this bot reads are modelled.
 */

/** Interaction types (Discord API). */
export const InteractionType = { Ping: 1, ApplicationCommand: 2, MessageComponent: 3, Autocomplete: 4 } as const;

/** Interaction callback types (Discord API). */
export const CallbackType = {
  Pong: 1,
  ChannelMessage: 4,
  DeferredChannelMessage: 5,
  DeferredUpdateMessage: 6,
  UpdateMessage: 7,
  AutocompleteResult: 8,
} as const;

interface RawOption {
  name: string;
  type: number;
  value?: unknown;
  focused?: boolean;
  options?: RawOption[];
}

export interface RawInteraction {
  id: string;
  application_id: string;
  type: number;
  token: string;
  data?: { name?: string; options?: RawOption[]; custom_id?: string };
  member?: { user?: { id?: string } };
  user?: { id?: string };
  message?: SourceMessage;
}

/** True when the parsed JSON has the fields every interaction has. */
export function isInteraction(value: unknown): value is RawInteraction {
  const candidate = value as Partial<RawInteraction> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.type === 'number' &&
    typeof candidate.id === 'string' &&
    typeof candidate.token === 'string' &&
    typeof candidate.application_id === 'string'
  );
}

function flatten(options: readonly RawOption[] = []): RawOption[] {
  return options.flatMap((option) => (option.options?.length ? flatten(option.options) : [option]));
}

/** The core's request for a raw interaction; undefined for a kind this bot does not serve. */
export function toRequest(interaction: RawInteraction): InteractionRequest | undefined {
  const base = { userId: interaction.member?.user?.id ?? interaction.user?.id ?? '0', interactionId: interaction.id };
  const options = flatten(interaction.data?.options);
  if (interaction.type === InteractionType.ApplicationCommand && interaction.data?.name) {
    const values: CommandOptions = {};
    for (const option of options) {
      if (typeof option.value === 'string' || typeof option.value === 'number' || typeof option.value === 'boolean') values[option.name] = option.value;
    }
    return { type: 'command', name: interaction.data.name, options: values, ...base };
  }
  if (interaction.type === InteractionType.Autocomplete && interaction.data?.name) {
    const focused = options.find((option) => option.focused) ?? options[0];
    return { type: 'autocomplete', name: interaction.data.name, option: focused?.name ?? '', typed: String(focused?.value ?? ''), ...base };
  }
  if (interaction.type === InteractionType.MessageComponent && interaction.data?.custom_id) {
    return { type: 'button', customId: interaction.data.custom_id, message: interaction.message ?? {}, ...base };
  }
  return undefined;
}

/** The HTTP response body for the core's response. */
export function toCallback(response: InteractionResponse): { type: number; data: unknown } {
  if (response.type === 'choices') return { type: CallbackType.AutocompleteResult, data: { choices: response.choices } };
  if (response.type === 'update') return { type: CallbackType.UpdateMessage, data: response.payload };
  return { type: CallbackType.ChannelMessage, data: response.payload };
}
