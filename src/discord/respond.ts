/**
 * The platform-neutral interaction core: a small request in, a response
 * out. The gateway bot maps discord.js interactions onto it; the HTTP
 * interactions endpoint maps raw JSON onto it; neither knows anything about
 * commands, rendering, cooldowns or failures.
 *
 * This is where the one try/catch of the Discord door lives: whatever a
 * handler throws becomes an ephemeral "something went wrong, please try
 * again" and a log line with the interaction id, and the bot goes on.
 */
import { commands as defaultCommands } from '../../commands/index.js';
import type { Choice, Command, CommandContext, CommandOptions } from '../../commands/command.js';
import { languageOf } from '../input.js';
import type { Logger } from '../log.js';
import type { Language, Reply } from '../reply.js';
import type { LibraryService } from '../service.js';
import { parseCustomId, PASSAGES_PER_PAGE, questionFromMessage, resolveArticle } from './buttons.js';
import type { Cooldown } from './cooldown.js';
import { LABELS } from './labels.js';
import { LIMITS, truncateAtWord } from './limits.js';
import { EPHEMERAL_FLAG, type MessagePayload, type SourceMessage } from './message.js';
import { renderNotice, renderReply } from './render.js';

/** A slash command, with its options by name. */
export interface CommandRequest {
  type: 'command';
  name: string;
  options: CommandOptions;
  userId: string;
  interactionId: string;
}

/** A button press on one of the bot's messages, which comes with that message. */
export interface ButtonRequest {
  type: 'button';
  customId: string;
  message: SourceMessage;
  userId: string;
  interactionId: string;
}

/** The user is typing into an autocomplete option. */
export interface AutocompleteRequest {
  type: 'autocomplete';
  name: string;
  option: string;
  typed: string;
  userId: string;
  interactionId: string;
}

export type InteractionRequest = CommandRequest | ButtonRequest | AutocompleteRequest;

/**
 * How the interaction went, for the log line: 'ok'; 'rejected' (the handler
 * answered with an error reply: bad input, unknown article); 'cooldown';
 * 'unknown' (a command or button this bot does not serve, or no longer can);
 * 'failed' (a handler threw).
 */
export type Outcome = 'ok' | 'rejected' | 'cooldown' | 'unknown' | 'failed';

export type InteractionResponse =
  /** A new message; `payload.flags` carries the ephemeral flag too, for doors that pass the payload through. */
  | { type: 'message'; payload: MessagePayload; ephemeral: boolean; outcome: Outcome }
  /** Replaces the message the button is attached to. */
  | { type: 'update'; payload: MessagePayload; outcome: Outcome }
  | { type: 'choices'; choices: Choice[]; outcome: Outcome };

/**
 * Commands whose work may take long (rebuilding the index): acknowledged
 * ("thinking…") before they run, since a handler that blocks cannot be
 * interrupted by a timer to defer in time.
 */
export const SLOW_COMMANDS: ReadonlySet<string> = new Set(['reindex']);

/**
 * How an answer reaches the user once its interaction was acknowledged
 * early: a command's "thinking…" is edited into the answer — unless the
 * answer is for the asker alone and "thinking…" was public, in which case
 * it is deleted and the answer sent as a private follow-up (Discord ignores
 * the ephemeral flag on an edit); a button's card is edited for an update,
 * and anything else is a follow-up message. One rule for both doors.
 */
export type DeferredDelivery = 'edit-original' | 'follow-up' | 'replace-with-private-follow-up';

export function deferredDelivery(request: InteractionRequest, response: InteractionResponse, deferredEphemeral: boolean): DeferredDelivery {
  if (request.type === 'button') return response.type === 'update' ? 'edit-original' : 'follow-up';
  const ephemeral = response.type === 'message' && response.ephemeral;
  return ephemeral && !deferredEphemeral ? 'replace-with-private-follow-up' : 'edit-original';
}

/** Whether a command's early acknowledgement should be private: when it asked to be. */
export function defersPrivately(request: InteractionRequest): boolean {
  return request.type === 'command' && request.options.private === true;
}

export interface RespondDeps {
  /** The library in service at the moment of the request (and reload, for /reindex). */
  service: Pick<LibraryService, 'library' | 'reload'>;
  /** Default: every command of commands/index.ts. */
  commands?: ReadonlyMap<string, Command>;
  /** Absent: no rate limit. */
  cooldown?: Cooldown;
  logger?: Pick<Logger, 'error'>;
}

/** What the request is, in a word, for log lines: the command name, `button:<action>` or `autocomplete:<command>`. */
export function requestLabel(request: InteractionRequest): string {
  if (request.type === 'command') return request.name;
  if (request.type === 'autocomplete') return `autocomplete:${request.name}`;
  return `button:${request.customId.split(':', 1)[0]}`;
}

/** Answers one interaction. Never rejects. */
export async function respond(request: InteractionRequest, deps: RespondDeps): Promise<InteractionResponse> {
  try {
    return await dispatch(request, deps);
  } catch (error) {
    deps.logger?.error({ err: error, interactionId: request.interactionId, command: requestLabel(request) }, 'interaction handler failed');
    if (request.type === 'autocomplete') return { type: 'choices', choices: [], outcome: 'failed' };
    return notice(LABELS.failed[requestLanguage(request, deps)], 'failed');
  }
}

async function dispatch(request: InteractionRequest, deps: RespondDeps): Promise<InteractionResponse> {
  const registry = deps.commands ?? defaultCommands;
  const context: CommandContext = { library: deps.service.library, reload: () => deps.service.reload() };

  if (request.type === 'autocomplete') {
    const command = registry.get(request.name);
    if (!command?.complete) return { type: 'choices', choices: [], outcome: 'unknown' };
    return { type: 'choices', choices: cleanChoices(await command.complete(context, request.option, request.typed)), outcome: 'ok' };
  }

  const language = requestLanguage(request, deps);
  if (request.type === 'command' && !registry.has(request.name)) return notice(LABELS.unknownCommand[language], 'unknown');
  const limited = deps.cooldown?.take(request.userId);
  if (limited && !limited.ok) {
    const { limit, windowMs } = deps.cooldown!.config;
    return notice(LABELS.cooldown[language](limit, Math.round(windowMs / 1000), Math.ceil(limited.retryAfterMs / 1000)), 'cooldown');
  }

  if (request.type === 'command') {
    const reply = await registry.get(request.name)!.run(context, request.options);
    return message(reply, request.options.private === true);
  }

  const action = parseCustomId(request.customId);
  if (action?.kind === 'more') {
    const question = questionFromMessage(request.message);
    const ask = registry.get('ask');
    if (!question || !ask) return notice(LABELS.staleButton[language], 'unknown');
    const reply = await ask.run(context, { question, offset: action.offset, limit: PASSAGES_PER_PAGE });
    if (reply.kind === 'error') return message(reply, true);
    return { type: 'update', payload: renderReply(reply), outcome: 'ok' };
  }
  if (action?.kind === 'paragraph') {
    const article = resolveArticle(context.library, action.article);
    const quote = registry.get('quote');
    if (!article || !quote) return notice(LABELS.staleButton[language], 'unknown');
    // Shown to the one who asked for it: the card it came from stays as it was for everyone else.
    return message(await quote.run(context, { paragraph: action.paragraph, article }), true);
  }
  return notice(LABELS.staleButton[language], 'unknown');
}

/** A rendered reply as a new message; error replies are shown only to the requester. */
function message(reply: Reply, isPrivate: boolean): InteractionResponse {
  const ephemeral = isPrivate || reply.kind === 'error';
  const payload = renderReply(reply);
  return { type: 'message', payload: ephemeral ? { ...payload, flags: EPHEMERAL_FLAG } : payload, ephemeral, outcome: reply.kind === 'error' ? 'rejected' : 'ok' };
}

function notice(text: string, outcome: Outcome): InteractionResponse {
  return { type: 'message', payload: { ...renderNotice(text), flags: EPHEMERAL_FLAG }, ephemeral: true, outcome };
}

/** At most 25 choices, names and values 1 to 100 characters, as Discord requires. */
function cleanChoices(choices: readonly Choice[]): Choice[] {
  return choices
    .filter((choice) => choice.name.length > 0 && choice.value.length > 0 && choice.value.length <= LIMITS.choiceValue)
    .slice(0, LIMITS.choices)
    .map((choice) => ({ name: truncateAtWord(choice.name, LIMITS.choiceName), value: choice.value }));
}

/**
 * The language to speak to this user in: that of the text they gave (their
 * question, or the question on the card they clicked), else the corpus's.
 * Written so that it cannot throw: it also runs in the catch.
 */
function requestLanguage(request: InteractionRequest, deps: RespondDeps): Language {
  let text = '';
  if (request.type === 'command') text = Object.values(request.options).filter((value) => typeof value === 'string').join(' ');
  else if (request.type === 'autocomplete') text = request.typed;
  else text = questionFromMessage(request.message) ?? String(request.message?.embeds?.[0]?.title ?? '');
  if (/\p{L}/u.test(text)) return languageOf(text);
  const title = deps.service?.library?.articles?.[0]?.title;
  return title ? languageOf(title) : 'en';
}
