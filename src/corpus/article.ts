/**
 * An article file: an optional front-matter block, the headline on the first
 * line, then paragraphs separated by blank lines. Parsing keeps offsets into
 * the file's own text so every quote can be cited to the character.
 */

/** A span of the file's text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** A paragraph; number 0 is the headline, the body counts from 1. */
export interface Paragraph extends Span {
  number: number;
}

export interface FrontMatter {
  title?: string;
  source?: string;
  url?: string;
  published?: string;
}

export interface Article {
  /** The file name without its extension: stable, and what users type. */
  id: string;
  /** Front-matter title, or else the headline. */
  title: string;
  /** The file name within the corpus folder. */
  file: string;
  /** The whole file as decoded, byte order mark included: offsets index into this. */
  text: string;
  meta: FrontMatter;
  /** Headline first (number 0), then the body paragraphs. */
  paragraphs: Paragraph[];
}

/** Thrown for a file that cannot be used as an article; the message says why. */
export class ArticleFormatError extends Error {
  override name = 'ArticleFormatError';
}

const FRONT_MATTER_KEYS = new Set(['title', 'source', 'url', 'published']);

/** Lines of the text with their offsets; the line break is not part of a line. */
function lines(text: string, from: number): Array<Span & { line: string }> {
  const out: Array<Span & { line: string }> = [];
  const pattern = /[^\r\n]*(\r\n|\r|\n|$)/gy;
  pattern.lastIndex = from;
  while (pattern.lastIndex < text.length) {
    const match = pattern.exec(text);
    if (!match) break;
    const start = match.index;
    const end = start + match[0].length - match[1]!.length;
    out.push({ start, end, line: text.slice(start, end) });
    if (match[0].length === 0) break;
  }
  return out;
}

/** Shrinks a span so that it starts and ends on a non-space character. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

function parseFrontMatter(text: string, from: number): { meta: FrontMatter; bodyStart: number } {
  const all = lines(text, from);
  if (all[0]?.line.trim() !== '---') return { meta: {}, bodyStart: from };
  const meta: FrontMatter = {};
  for (let i = 1; i < all.length; i++) {
    const { line } = all[i]!;
    if (line.trim() === '---') {
      const next = all[i + 1];
      return { meta, bodyStart: next ? next.start : text.length };
    }
    const field = /^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (field && FRONT_MATTER_KEYS.has(field[1]!.toLowerCase())) {
      const value = field[2]!.replace(/^(["'])(.*)\1$/, '$2');
      if (value) meta[field[1]!.toLowerCase() as keyof FrontMatter] = value;
    }
  }
  throw new ArticleFormatError('front matter opened with --- is never closed');
}

/**
 * Parses an article's text.
 *
 * @throws {ArticleFormatError} when the text is empty, or has a headline but no paragraph
 */
export function parseArticle(id: string, file: string, text: string): Article {
  const from = text.startsWith('\uFEFF') ? 1 : 0;
  const { meta, bodyStart } = parseFrontMatter(text, from);

  const blocks: Span[] = [];
  let current: Span | null = null;
  for (const { start, end, line } of lines(text, bodyStart)) {
    const blank = line.trim() === '';
    // The headline is the first line on its own, even without a blank line after it.
    const headlineDone = blocks.length === 0 && current !== null;
    if (blank || headlineDone) {
      if (current) blocks.push(current);
      current = blank ? null : { start, end };
    } else if (current) {
      current.end = end;
    } else {
      current = { start, end };
    }
  }
  if (current) blocks.push(current);

  const paragraphs = blocks
    .map((block) => trimSpan(text, block))
    .filter((span) => span.end > span.start)
    .map((span, number) => ({ ...span, number }));

  if (paragraphs.length === 0) throw new ArticleFormatError('the file is empty');
  if (paragraphs.length === 1) throw new ArticleFormatError('it has a headline but no paragraphs');
  const headline = paragraphs[0]!;
  return { id, title: meta.title ?? text.slice(headline.start, headline.end), file, text, meta, paragraphs };
}
