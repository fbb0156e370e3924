/**
 * discord.js ↔ the interaction core (respond.ts): turns a discord.js
 * interaction into a request, and a response into reply() / update() /
 * respond(), deferring first when the answer is not ready within the time
 * Discord allows (3 s for the first response).
 */
import {
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Interaction,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
} from 'discord.js';
import type { CommandOptions } from '../../commands/command.js';
import type { MessagePayload } from './message.js';
import { deferredDelivery, defersPrivately, type InteractionRequest, type InteractionResponse } from './respond.js';

export type ServedInteraction = ChatInputCommandInteraction | ButtonInteraction | AutocompleteInteraction;

/** The request for an interaction this bot serves (slash command, button, autocomplete); undefined for any other kind. */
export function toRequest(interaction: Interaction): InteractionRequest | undefined {
  const base = { userId: interaction.user.id, interactionId: interaction.id };
  if (interaction.isChatInputCommand()) {
    return { type: 'command', name: interaction.commandName, options: flattenOptions(interaction.options.data), ...base };
  }
  if (interaction.isAutocomplete()) {
    const focused = interaction.options.getFocused(true);
    return { type: 'autocomplete', name: interaction.commandName, option: focused.name, typed: String(focused.value ?? ''), ...base };
  }
  if (interaction.isButton()) {
    const message = { content: interaction.message.content, embeds: interaction.message.embeds.map((embed) => ({ ...embed.toJSON() })) };
    return { type: 'button', customId: interaction.customId, message, ...base };
  }
  return undefined;
}

/** Option values by name (sub-command options flattened in, in case a command grows some). */
function flattenOptions(options: readonly CommandInteractionOption[]): CommandOptions {
  const out: CommandOptions = {};
  for (const option of options) {
    if (option.options?.length) Object.assign(out, flattenOptions(option.options));
    else if (typeof option.value === 'string' || typeof option.value === 'number' || typeof option.value === 'boolean') out[option.name] = option.value;
  }
  return out;
}

/** Our raw payload as discord.js options (it serialises them back to the same JSON). */
function toOptions(payload: MessagePayload): InteractionReplyOptions & InteractionUpdateOptions {
  return {
    ...(payload.content !== undefined ? { content: payload.content } : {}),
    embeds: payload.embeds,
    components: payload.components as InteractionReplyOptions['components'],
    allowedMentions: { parse: [] },
  };
}

const ephemeralFlag = (ephemeral: boolean) => (ephemeral ? MessageFlags.Ephemeral : undefined);

/**
 * Acknowledges an interaction whose answer will come later: a slash command
 * shows "thinking…" (ephemeral when it asked to be private), a button keeps
 * its message as it is. Returns whether the deferred reply is ephemeral.
 */
export async function defer(interaction: ServedInteraction, request: InteractionRequest): Promise<boolean> {
  if (interaction.isChatInputCommand()) {
    const ephemeral = defersPrivately(request);
    await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    return ephemeral;
  }
  if (interaction.isButton()) await interaction.deferUpdate();
  return false;
}

/**
 * Sends the response. `deferred` is undefined when nothing was sent yet,
 * else whether the deferred reply was ephemeral.
 */
export async function deliver(interaction: ServedInteraction, request: InteractionRequest, response: InteractionResponse, deferred: boolean | undefined): Promise<void> {
  if (response.type === 'choices') {
    if (interaction.isAutocomplete()) await interaction.respond(response.choices);
    return;
  }
  if (interaction.isAutocomplete()) return;
  const options = toOptions(response.payload);
  const ephemeral = response.type === 'message' && response.ephemeral;

  if (deferred === undefined) {
    if (response.type === 'update' && interaction.isButton()) await interaction.update(options);
    else await interaction.reply({ ...options, flags: ephemeralFlag(ephemeral) });
    return;
  }
  switch (deferredDelivery(request, response, deferred)) {
    case 'edit-original':
      await interaction.editReply(options);
      return;
    case 'follow-up':
      await interaction.followUp({ ...options, flags: ephemeralFlag(ephemeral) });
      return;
    case 'replace-with-private-follow-up':
      await interaction.deleteReply();
      await interaction.followUp({ ...options, flags: MessageFlags.Ephemeral });
  }
}
