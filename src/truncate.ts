/**
 * Shortening text for display without breaking it: never inside a UTF-16
 * surrogate pair (a half emoji), preferably at a word boundary, marked with
 * "…". Shared by every door (error messages, autocomplete, Discord embeds).
 */

export const ELLIPSIS = '…';

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Cuts at `index`, moved back by one if it would split a surrogate pair. */
export function safeSlice(text: string, index: number): string {
  if (index <= 0) return '';
  if (index >= text.length) return text;
  return isHighSurrogate(text.charCodeAt(index - 1)) ? text.slice(0, index - 1) : text.slice(0, index);
}

/**
 * `text` if it fits in `max` characters; otherwise its longest prefix that
 * ends at a word boundary, followed by "…", within `max`. A first word too
 * long to fit is cut inside (never inside a surrogate pair).
 */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max));
  const room = max - ELLIPSIS.length;
  // A boundary at `room` itself is fine when the next character is a space.
  const boundary = lastBoundary(text, room);
  const kept = boundary > 0 ? text.slice(0, boundary).trimEnd() : safeSlice(text, room);
  return `${kept}${ELLIPSIS}`;
}

/** Index of the last whitespace at or before `limit` (0 when there is none). */
function lastBoundary(text: string, limit: number): number {
  for (let i = Math.min(limit, text.length - 1); i > 0; i--) {
    if (/\s/u.test(text[i]!)) return i;
  }
  return 0;
}

/** Indices where a prefix may end at a word boundary: every run of whitespace's start, ascending. */
export function wordBoundaries(text: string): number[] {
  const boundaries: number[] = [];
  for (let i = 1; i < text.length; i++) {
    if (/\s/u.test(text[i]!) && !/\s/u.test(text[i - 1]!)) boundaries.push(i);
  }
  return boundaries;
}
