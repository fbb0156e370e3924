import fc from 'fast-check';
import { commands } from '../../commands/index.js';
import type { CommandOptions } from '../../commands/command.js';
import type { Library } from '../../src/library.js';
import type { Reply } from '../../src/reply.js';
import { limitViolations } from '../../src/discord/limits.js';
import type { MessagePayload } from '../../src/discord/message.js';
import { renderReply } from '../../src/discord/render.js';

/**
 * Properties every command handler must keep whatever a user types: it
 * never throws, and every quote it returns is verbatim from its article at
 * the offsets it gives. Shared by `npm test` and `npm run fuzz`.
 */

/** Text that has broken bots before: mentions, Markdown, code fences, bidi and zero-width marks, lone surrogates. */
const NASTY = [
  '@everyone', '@here', '<@123456789012345678>', '<@&123456789012345678>', '<#123456789012345678>', '<@!1>',
  '**', '__', '~~', '||spoiler||', '`', '```js\n', '```', '> ', '# ', '[link](https://example.com)', '\\',
  '\u202E', '\u202B', '\u200F', '\u200E', '\u2067', '\u2069', '\u200B', '\u200D', '\uFEFF', '\u0640',
  '\uD800', '\uDFFF', '\u0000', '\u0007', '\n', '\t', '؟', '؛', '«', '»', '"', '“', '”', '..', '…',
  'حمص', 'حزب الله', 'الحل السياسي', 'رامي عبد الرحمن', 'المجتمعون', 'مَنْ قالَ', 'ماذا قال', 'من قال إن', 'ﷲ', '٢٢٥٤',
];

/** Adversarial user text, including very long strings. */
export const userText = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.array(fc.constantFrom(...NASTY), { maxLength: 12 }).map((parts) => parts.join(' ')),
    fc.tuple(fc.constantFrom(...NASTY), fc.string({ unit: 'grapheme-ascii', maxLength: 20 }), fc.constantFrom(...NASTY)).map((parts) => parts.join('')),
    fc.integer({ min: 490, max: 6000 }).map((length) => 'ح'.repeat(length)),
    fc.constant(''),
  );

/** Integers a user may type for a paragraph, in and far out of range. */
const paragraphNumber = () => fc.oneof(fc.integer({ min: -5, max: 20 }), fc.integer(), fc.double(), fc.constantFrom(Number.NaN, Infinity, -Infinity));

/** Options for each command, built from adversarial values. */
export function optionsFor(name: string): fc.Arbitrary<CommandOptions> {
  switch (name) {
    case 'ask':
      return fc.record({ question: userText(), private: fc.boolean(), offset: fc.oneof(fc.integer({ min: -3, max: 30 }), fc.constant(undefined)) });
    case 'who':
      return fc.record({ phrase: userText() });
    case 'quotes':
      return fc.record({ speaker: userText() });
    case 'quote':
      return fc.record({ paragraph: paragraphNumber(), article: fc.oneof(fc.constant(undefined), fc.constant('syria-homs-astana'), userText()) });
    case 'article':
      return fc.record({ article: fc.oneof(fc.constant(undefined), fc.constant('syria-homs-astana'), userText()) });
    default:
      return fc.constant({});
  }
}

/** Throws unless every quote in the reply is the article's own text at its offsets. */
export function assertVerbatim(library: Library, reply: Reply): void {
  const text = (id: string) => {
    const article = library.articles.find((candidate) => candidate.id === id);
    if (!article) throw new Error(`reply cites an unknown article ${id}`);
    return article.text;
  };
  const check = (id: string, start: number, end: number, quote: string) => {
    if (text(id).slice(start, end) !== quote) throw new Error(`quote is not verbatim at ${id} ${start}-${end}`);
  };
  if (reply.kind === 'answer') {
    for (const passage of reply.answer.results) check(passage.article.id, passage.start, passage.end, passage.quote);
    for (const statement of reply.answer.statements ?? []) check(statement.article.id, statement.start, statement.end, statement.quote);
  } else if (reply.kind === 'statements') {
    for (const statement of reply.results) check(statement.article.id, statement.start, statement.end, statement.quote);
  } else if (reply.kind === 'paragraph') {
    check(reply.article.id, reply.start, reply.end, reply.text);
  } else if (reply.kind === 'error' && (reply.message.length > 400 || reply.message.includes('\n'))) {
    throw new Error(`error message is not one short line: ${reply.message.slice(0, 80)}`);
  }
}

/** Anything in a message that Discord could read as a mention: @everyone, @here, <@id>, <@&id>, <#id>. */
const LIVE_MENTION = /@(everyone|here)|<[@#]/;

/** Throws unless a Discord message keeps every limit and can ping nobody. */
export function assertSafeMessage(payload: MessagePayload): void {
  const violations = limitViolations(payload);
  if (violations.length) throw new Error(`Discord limits broken: ${violations.join('; ')}`);
  if (JSON.stringify(payload.allowed_mentions) !== '{"parse":[]}') throw new Error('allowed_mentions is not { parse: [] }');
  const text = [payload.content ?? '', ...payload.embeds.flatMap((embed) => [embed.title, embed.description, embed.author?.name, embed.footer?.text, ...(embed.fields ?? []).flatMap((field) => [field.name, field.value])])].join('\n');
  if (LIVE_MENTION.test(text)) throw new Error(`a mention survived rendering: ${text.match(LIVE_MENTION)![0]}`);
}

/**
 * One property per command: run it on adversarial options; it must not
 * throw, its quotes must stay verbatim, and its Discord rendering must keep
 * every limit and ping nobody.
 */
export function handlerProperties(library: Library): Array<{ name: string; property: fc.IPropertyWithHooks<[CommandOptions]> }> {
  return [...commands.values()].map((command) => ({
    name: command.definition.name,
    property: fc.property(optionsFor(command.definition.name), (options) => {
      const reply = command.run({ library, reload: () => ({ ok: true, articles: 1, chunks: 14, problems: [], ms: 1 }) }, options);
      assertVerbatim(library, reply);
      assertSafeMessage(renderReply(reply));
    }),
  }));
}
