/**
 * The message shapes the Discord door produces, in Discord's raw API JSON
 * form (snake_case), so the same value can be handed to discord.js (gateway)
 * or returned as the body of an HTTP interaction response. Only the parts of
 * the API this bot uses are modelled; they are plain JSON data.
 */

/** Discord's component type numbers. */
export const ComponentType = { ActionRow: 1, Button: 2 } as const;
/** Discord's button styles (link and premium buttons are not used: they carry no custom_id). */
export const ButtonStyle = { Primary: 1, Secondary: 2, Success: 3, Danger: 4 } as const;
/** MessageFlags.Ephemeral: only the user who invoked the interaction sees the message. */
export const EPHEMERAL_FLAG = 64;

export interface EmbedField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface Embed {
  title?: string;
  description?: string;
  /** Must be an http(s) URL or Discord rejects the whole message. */
  url?: string;
  color?: number;
  author?: { name: string };
  footer?: { text: string };
  fields?: EmbedField[];
}

export interface Button {
  type: typeof ComponentType.Button;
  style: (typeof ButtonStyle)[keyof typeof ButtonStyle];
  label: string;
  /** 1 to 100 characters; see buttons.ts for the formats. */
  custom_id: string;
  disabled?: boolean;
}

export interface ActionRow {
  type: typeof ComponentType.ActionRow;
  components: Button[];
}

/** A message body: what a reply, an update, or an HTTP interaction response carries in `data`. */
export interface MessagePayload {
  content?: string;
  embeds: Embed[];
  components: ActionRow[];
  /** Always `{ parse: [] }`: nothing the bot sends may ping anyone, whatever the text says. */
  allowed_mentions: { parse: [] };
  /** EPHEMERAL_FLAG for a message only its requester sees. */
  flags?: number;
}

/**
 * The message a button is attached to, as the button request carries it:
 * Discord's raw message JSON (only the parts buttons read).
 */
export interface SourceMessage {
  content?: string;
  embeds?: ReadonlyArray<{ title?: unknown; description?: unknown }>;
}
