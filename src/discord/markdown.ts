/**
 * Making text safe to show in a Discord message, and reading it back.
 *
 * Discord renders Markdown in message content, embed titles, descriptions
 * and field values, so article and user text placed there is escaped: a
 * backslash before every character that could start formatting. Our own
 * escaper is used instead of discord.js's `escapeMarkdown` because it is
 * exactly invertible (a backslash is itself always escaped), which lets a
 * stateless button read the question back from the message it is attached
 * to, and lets tests check that a quote arrived verbatim.
 *
 * Mentions are neutralised as well, belt and braces besides
 * `allowed_mentions: { parse: [] }`: a zero-width space goes after the @ of
 * @everyone and @here and after the < of <@…>, <@&…> and <#…>, so they are
 * not even displayed as mentions.
 *
 * Embed footers and author names are plain text in Discord (no Markdown, no
 * mentions); escaping there would show the backslashes, so they only get the
 * mention neutralisation ({@link plainLine}).
 */
import { ELLIPSIS, wordBoundaries } from './limits.js';

const ZWSP = '\u200B';
/** Characters that format text wherever they stand. */
const ALWAYS = new Set(['\\', '*', '_', '~', '`', '|', '[', ']', '<']);
/** Block markers: headings, quotes, list items, subtext, numbered lists (the dot) — only at the start of a line. */
const LINE_START = /(^|\n)([ \t]*)([>#+-]|\d+\.)/g;

/** Inserts a zero-width space into everything that could be read as a mention. */
export function neutralizeMentions(text: string): string {
  return text.replace(/@(everyone|here)/g, `@${ZWSP}$1`).replace(/<([@#])/g, `<${ZWSP}$1`);
}

/** Undoes {@link neutralizeMentions}. */
function restoreMentions(text: string): string {
  return text.replace(new RegExp(`@${ZWSP}(everyone|here)`, 'g'), '@$1').replace(new RegExp(`<${ZWSP}([@#])`, 'g'), '<$1');
}

/** Indices of the characters of `text` that need a backslash. */
function escapedIndices(text: string): Set<number> {
  const indices = new Set<number>();
  for (let i = 0; i < text.length; i++) if (ALWAYS.has(text[i]!)) indices.add(i);
  for (const match of text.matchAll(LINE_START)) {
    const marker = match[3]!;
    const at = match.index! + match[1]!.length + match[2]!.length;
    // For "12." the dot is what makes a list item.
    indices.add(marker.endsWith('.') && marker.length > 1 ? at + marker.length - 1 : at);
  }
  return indices;
}

/**
 * Renders text with the given [start, end) ranges in **bold**, everything
 * else escaped and mentions neutralised. Ranges are clipped to the text,
 * trimmed of surrounding whitespace and merged when they touch, so the
 * output never holds `****` or a bold that Discord would not render.
 */
export function renderBold(text: string, ranges: ReadonlyArray<readonly [number, number]> = []): string {
  const safe = neutralizeMentions(text);
  // Map ranges from `text` to `safe` (each inserted ZWSP shifts what follows by one).
  const shift = offsetMap(text, safe);
  const bold = normalizeRanges(
    safe,
    ranges.map(([start, end]) => [shift(start), shift(end)] as [number, number]),
  );
  const escape = escapedIndices(safe);
  let out = '';
  let next = 0;
  for (let i = 0; i < safe.length; i++) {
    const range = bold[next];
    if (range && i === range[0]) out += '**';
    out += escape.has(i) ? `\\${safe[i]}` : safe[i];
    if (range && i === range[1] - 1) {
      out += '**';
      next++;
    }
  }
  return out;
}

/** Escapes text for a Markdown context (title, description, field); see the module comment. */
export function escapeText(text: string): string {
  return renderBold(text);
}

/** Text for a plain-text place (footer, author name): one line, mentions neutralised, nothing escaped. */
export function plainLine(text: string): string {
  return neutralizeMentions(text.replace(/\s*\n\s*/g, ' '));
}

/**
 * The inverse of {@link renderBold} and {@link escapeText}: drops the bold
 * markers and backslashes and restores the mentions, giving back the text
 * exactly (a truncated text keeps its "…").
 */
export function plainText(rendered: string): string {
  let out = '';
  for (let i = 0; i < rendered.length; ) {
    if (rendered[i] === '\\' && i + 1 < rendered.length) {
      out += rendered[i + 1];
      i += 2;
    } else if (rendered.startsWith('**', i)) {
      i += 2;
    } else {
      out += rendered[i];
      i += 1;
    }
  }
  return restoreMentions(out);
}

/**
 * {@link renderBold} of the longest prefix of `text` that fits in `max`
 * characters once rendered: the whole text when it fits, else cut at a word
 * boundary (inside the first word only when no boundary fits) with "…".
 */
export function renderBoldWithin(text: string, ranges: ReadonlyArray<readonly [number, number]>, max: number): { text: string; truncated: boolean } {
  const whole = renderBold(text, ranges);
  if (whole.length <= max) return { text: whole, truncated: false };
  const render = (end: number) => `${renderBold(text.slice(0, end).trimEnd(), clip(ranges, end))}${ELLIPSIS}`;
  // Rendered length only grows with the prefix, so binary search the boundaries, then (if none fits) the characters.
  const best = largestFitting(wordBoundaries(text), (end) => render(end).length <= max);
  if (best !== undefined) return { text: render(best), truncated: true };
  const everyIndex = Array.from({ length: text.length - 1 }, (_, i) => i + 1).filter((i) => !isLowSurrogate(text.charCodeAt(i)));
  const hard = largestFitting(everyIndex, (end) => render(end).length <= max);
  return { text: hard !== undefined ? render(hard) : ELLIPSIS.slice(0, Math.max(0, max)), truncated: true };
}

function largestFitting(sorted: number[], fits: (value: number) => boolean): number | undefined {
  let low = 0;
  let high = sorted.length - 1;
  let best: number | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (fits(sorted[mid]!)) {
      best = sorted[mid];
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return best;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function clip(ranges: ReadonlyArray<readonly [number, number]>, end: number): Array<[number, number]> {
  return ranges.filter(([start]) => start < end).map(([start, stop]) => [start, Math.min(stop, end)]);
}

/** Sorted, clipped, whitespace-trimmed, merged ranges. */
function normalizeRanges(text: string, ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const cleaned = ranges
    .map(([start, end]): [number, number] => [Math.max(0, Math.trunc(start)), Math.min(text.length, Math.trunc(end))])
    .map(([start, end]): [number, number] => {
      while (start < end && /\s/u.test(text[start]!)) start++;
      while (end > start && /\s/u.test(text[end - 1]!)) end--;
      return [start, end];
    })
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of cleaned) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** Maps an index of `original` to the same position in `changed`, which only has extra ZWSPs inserted. */
function offsetMap(original: string, changed: string): (index: number) => number {
  if (original === changed) return (index) => index;
  const map: number[] = [];
  let j = 0;
  for (let i = 0; i <= original.length; i++) {
    while (j < changed.length && changed[j] !== original[i] && changed[j] === ZWSP) j++;
    map.push(j);
    j++;
  }
  return (index) => map[Math.max(0, Math.min(original.length, index))]!;
}
