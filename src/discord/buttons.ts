/**
 * Stateless buttons. A button carries what it needs in its custom_id, or
 * reads it from the message it is attached to, so that a restarted bot or
 * another replica serves it exactly like the one that sent it.
 *
 * custom_id formats (at most 100 characters, Discord's limit):
 *
 * - `more:<offset>` — "More passages": the answer's passages from `offset`
 *   (the next page of three). The question is not in the custom_id (it may
 *   be 500 characters long); it is read back from the first line of the
 *   answer card's first embed, `❓ <question, Markdown-escaped>`, which
 *   {@link questionFromMessage} un-escapes exactly.
 * - `para:<paragraph>:<articleId>` — "Full paragraph": that paragraph of that
 *   article, verbatim. When the article id would make the custom_id longer
 *   than 100, `para:<paragraph>:#<first 16 hex of sha256(articleId)>`,
 *   resolved against the articles in service ({@link resolveArticle}).
 */
import { createHash } from 'node:crypto';
import type { Answer } from '../answer/model.js';
import type { Library } from '../library.js';
import type { Language } from '../reply.js';
import { LABELS } from './labels.js';
import { LIMITS } from './limits.js';
import { escapeText, plainText } from './markdown.js';
import { ButtonStyle, ComponentType, type ActionRow, type Button, type SourceMessage } from './message.js';

/** How many passages one answer card shows; "More passages" asks for the next this many. */
export const PASSAGES_PER_PAGE = 3;

/** Starts the answer card's first line; the question follows, escaped. */
export const QUESTION_MARKER = '❓ ';

export type ArticleKey = { id: string } | { hash: string };

export type ButtonAction = { kind: 'more'; offset: number } | { kind: 'paragraph'; paragraph: number; article: ArticleKey };

const MAX_NUMBER = 999_999;

export function moreCustomId(offset: number): string {
  return `more:${offset}`;
}

export function paragraphCustomId(paragraph: number, articleId: string): string {
  const plain = `para:${paragraph}:${articleId}`;
  return plain.length <= LIMITS.customId && !articleId.startsWith('#') ? plain : `para:${paragraph}:#${articleHash(articleId)}`;
}

/** 16 hex characters of the id's SHA-256: short enough for any custom_id, collisions negligible within a corpus. */
export function articleHash(articleId: string): string {
  return createHash('sha256').update(articleId).digest('hex').slice(0, 16);
}

/** The action a custom_id asks for, or undefined when it is not one of ours (or malformed). */
export function parseCustomId(customId: string): ButtonAction | undefined {
  let match = /^more:(\d{1,6})$/.exec(customId);
  if (match) return { kind: 'more', offset: Number(match[1]) };
  match = /^para:(\d{1,6}):(.+)$/s.exec(customId);
  if (match) {
    const paragraph = Number(match[1]);
    const rest = match[2]!;
    if (paragraph > MAX_NUMBER) return undefined;
    return { kind: 'paragraph', paragraph, article: rest.startsWith('#') ? { hash: rest.slice(1) } : { id: rest } };
  }
  return undefined;
}

/** The article id a key names in this library, or undefined (a hash of an article no longer served). */
export function resolveArticle(library: Library, key: ArticleKey): string | undefined {
  if ('id' in key) return key.id;
  return library.articles.find((article) => articleHash(article.id) === key.hash)?.id;
}

/** The answer card's first line, from which "More passages" reads the question back. */
export function questionLine(question: string): string {
  return `${QUESTION_MARKER}${escapeText(question)}`;
}

/** The question of the answer card a button is attached to, or undefined when the message is not one. */
export function questionFromMessage(message: SourceMessage | undefined): string | undefined {
  const description = message?.embeds?.[0]?.description;
  if (typeof description !== 'string') return undefined;
  const first = description.split('\n', 1)[0]!;
  if (!first.startsWith(QUESTION_MARKER)) return undefined;
  const question = plainText(first.slice(QUESTION_MARKER.length)).trim();
  return question || undefined;
}

/** The buttons under an answer card: "More passages" while passages remain, "Full paragraph" of the top one shown. */
export function answerButtons(answer: Answer, shown: number, language: Language): ActionRow[] {
  const buttons: Button[] = [];
  const next = answer.offset + shown;
  if (shown > 0 && next < answer.total && next <= MAX_NUMBER) {
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Primary, label: LABELS.morePassages[language], custom_id: moreCustomId(next) });
  }
  const top = answer.results[0];
  if (top && top.paragraph <= MAX_NUMBER) {
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, label: LABELS.fullParagraph[language], custom_id: paragraphCustomId(top.paragraph, top.article.id) });
  }
  return buttons.length ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
}
