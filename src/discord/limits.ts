import { ELLIPSIS, safeSlice, truncateAtWord, wordBoundaries } from '../truncate.js';

export { ELLIPSIS, safeSlice, truncateAtWord, wordBoundaries };

/**
 * Discord's size limits for messages, and the helpers that keep text inside
 * them. Lengths are counted in UTF-16 code units (JavaScript's `length`),
 * which is never less than the code points Discord counts, so a text that
 * fits here fits there.
 */
import type { Embed, MessagePayload } from './message.js';

export const LIMITS = {
  content: 2000,
  embeds: 10,
  /** Sum over all embeds of title, description, field names and values, footer text and author name. */
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  customId: 100,
  buttonLabel: 80,
  buttonsPerRow: 5,
  rows: 5,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/** fitMessage shortens descriptions no further than this before it drops fields and embeds. */
const MIN_DESCRIPTION = 100;


/** The characters an embed counts toward the 6000 total. */
export function embedLength(embed: Embed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

/** Every way a message breaks Discord's limits, as readable lines (empty when it fits). */
export function limitViolations(payload: MessagePayload): string[] {
  const problems: string[] = [];
  const over = (what: string, length: number, max: number) => {
    if (length > max) problems.push(`${what}: ${length} > ${max}`);
  };
  over('content', payload.content?.length ?? 0, LIMITS.content);
  over('embeds', payload.embeds.length, LIMITS.embeds);
  over('embed total', payload.embeds.reduce((sum, embed) => sum + embedLength(embed), 0), LIMITS.embedTotal);
  payload.embeds.forEach((embed, i) => {
    over(`embed ${i} title`, embed.title?.length ?? 0, LIMITS.title);
    over(`embed ${i} description`, embed.description?.length ?? 0, LIMITS.description);
    over(`embed ${i} footer`, embed.footer?.text.length ?? 0, LIMITS.footer);
    over(`embed ${i} author`, embed.author?.name.length ?? 0, LIMITS.author);
    over(`embed ${i} fields`, embed.fields?.length ?? 0, LIMITS.fields);
    embed.fields?.forEach((field, j) => {
      over(`embed ${i} field ${j} name`, field.name.length, LIMITS.fieldName);
      over(`embed ${i} field ${j} value`, field.value.length, LIMITS.fieldValue);
      if (field.name.length === 0 || field.value.length === 0) problems.push(`embed ${i} field ${j}: empty name or value`);
    });
    if (embed.url !== undefined && !/^https?:\/\/\S+$/.test(embed.url)) problems.push(`embed ${i} url: not an http(s) URL`);
  });
  over('rows', payload.components.length, LIMITS.rows);
  payload.components.forEach((row, i) => {
    over(`row ${i} buttons`, row.components.length, LIMITS.buttonsPerRow);
    row.components.forEach((button, j) => {
      over(`row ${i} button ${j} custom_id`, button.custom_id.length, LIMITS.customId);
      over(`row ${i} button ${j} label`, button.label.length, LIMITS.buttonLabel);
      if (button.custom_id.length === 0) problems.push(`row ${i} button ${j}: empty custom_id`);
    });
  });
  if (!payload.content && payload.embeds.length === 0) problems.push('message has neither content nor embeds');
  return problems;
}

/**
 * The last line of defence: clamps every field of a message to its limit
 * (cutting at word boundaries) and shrinks the longest descriptions until the
 * embeds fit 6000 in total. The renderers budget their text so this is
 * normally a no-op; it exists so that a reply kind added later, or a corpus
 * with unusually long text, can never make Discord reject a reply.
 */
export function fitMessage(payload: MessagePayload): MessagePayload {
  const embeds = payload.embeds.slice(0, LIMITS.embeds).map((embed) => clampEmbed(embed));
  const excess = () => embeds.reduce((sum, embed) => sum + embedLength(embed), 0) - LIMITS.embedTotal;
  // Every step removes characters: shorten the longest description (down to MIN_DESCRIPTION), then drop fields, then embeds.
  for (let over = excess(); over > 0; over = excess()) {
    const longest = embeds.reduce((best, embed) => ((embed.description?.length ?? 0) > (best.description?.length ?? 0) ? embed : best), embeds[0]!);
    const length = longest.description?.length ?? 0;
    const withFields = embeds.filter((embed) => embed.fields?.length).at(-1);
    if (length > MIN_DESCRIPTION) longest.description = truncateAtWord(longest.description!, Math.max(MIN_DESCRIPTION, length - over));
    else if (withFields) withFields.fields!.pop();
    else embeds.pop();
  }
  const components = payload.components.slice(0, LIMITS.rows).map((row) => ({
    ...row,
    components: row.components
      .filter((button) => button.custom_id.length > 0 && button.custom_id.length <= LIMITS.customId)
      .slice(0, LIMITS.buttonsPerRow)
      .map((button) => ({ ...button, label: truncateAtWord(button.label, LIMITS.buttonLabel) })),
  })).filter((row) => row.components.length > 0);
  const fitted: MessagePayload = { ...payload, embeds, components };
  if (payload.content !== undefined) fitted.content = truncateAtWord(payload.content, LIMITS.content);
  return fitted;
}

function clampEmbed(embed: Embed): Embed {
  const out: Embed = { ...embed };
  if (out.title !== undefined) out.title = truncateAtWord(out.title, LIMITS.title);
  if (out.description !== undefined) out.description = truncateAtWord(out.description, LIMITS.description);
  if (out.footer) out.footer = { text: truncateAtWord(out.footer.text, LIMITS.footer) };
  if (out.author) out.author = { name: truncateAtWord(out.author.name, LIMITS.author) };
  if (out.url !== undefined && (!/^https?:\/\/\S+$/.test(out.url) || out.url.length > 2048)) delete out.url;
  if (out.fields) {
    out.fields = out.fields
      .slice(0, LIMITS.fields)
      .filter((field) => field.name.length > 0 && field.value.length > 0)
      .map((field) => ({ ...field, name: truncateAtWord(field.name, LIMITS.fieldName), value: truncateAtWord(field.value, LIMITS.fieldValue) }));
  }
  return out;
}
