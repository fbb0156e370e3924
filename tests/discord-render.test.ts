import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import type { Answer, Passage } from '../src/answer/model.js';
import type { Statement } from '../src/attribution/model.js';
import {
  answerButtons,
  articleHash,
  moreCustomId,
  paragraphCustomId,
  parseCustomId,
  questionFromMessage,
  resolveArticle,
} from '../src/discord/buttons.js';
import { applicationCommands, MANAGE_GUILD } from '../src/discord/definitions.js';
import { ELLIPSIS, embedLength, fitMessage, limitViolations, LIMITS, truncateAtWord } from '../src/discord/limits.js';
import { escapeText, plainLine, plainText, renderBold, renderBoldWithin } from '../src/discord/markdown.js';
import type { MessagePayload } from '../src/discord/message.js';
import { renderNotice, renderReply } from '../src/discord/render.js';
import { openLibrary } from '../src/library.js';
import { corpusDir } from '../src/paths.js';
import type { Reply } from '../src/reply.js';
import { optionsFor, userText } from './support/handler-properties.js';

const library = openLibrary(corpusDir());
const context = { library };
const run = (name: string, options: Record<string, string | number | boolean | undefined> = {}) => commands.get(name)!.run(context, options);

/** Every text of a message, with where it stands. */
function texts(payload: MessagePayload): Array<{ where: string; text: string; markdown: boolean }> {
  const out: Array<{ where: string; text: string; markdown: boolean }> = [];
  if (payload.content !== undefined) out.push({ where: 'content', text: payload.content, markdown: true });
  payload.embeds.forEach((embed, i) => {
    if (embed.title !== undefined) out.push({ where: `embed ${i} title`, text: embed.title, markdown: true });
    if (embed.description !== undefined) out.push({ where: `embed ${i} description`, text: embed.description, markdown: true });
    if (embed.footer) out.push({ where: `embed ${i} footer`, text: embed.footer.text, markdown: false });
    if (embed.author) out.push({ where: `embed ${i} author`, text: embed.author.name, markdown: false });
    embed.fields?.forEach((field, j) => {
      out.push({ where: `embed ${i} field ${j} name`, text: field.name, markdown: true });
      out.push({ where: `embed ${i} field ${j} value`, text: field.value, markdown: true });
    });
  });
  return out;
}

const LIVE_MENTION = /@(everyone|here)|<@[!&]?\d+>|<#\d+>/;

/** Formatting characters not escaped and not one of our own ** markers (or the _…_ of a shortening note). */
function unescapedFormatting(rendered: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < rendered.length; i++) {
    const c = rendered[i]!;
    if (c === '\\') i++;
    else if (rendered.startsWith('**', i)) i++;
    else if ('*~`|[]<'.includes(c)) found.push(`${c}@${i}`);
  }
  return found;
}

/** The checks every rendered message must pass. */
function expectSafe(payload: MessagePayload): void {
  expect(limitViolations(payload)).toEqual([]);
  expect(payload.allowed_mentions).toEqual({ parse: [] });
  for (const { where, text, markdown } of texts(payload)) {
    expect(LIVE_MENTION.test(text), `${where} has a live mention: ${text.slice(0, 80)}`).toBe(false);
    if (markdown) expect(unescapedFormatting(text.replace(/\n_[^\n]*_$/, '')), `${where}: ${text.slice(0, 80)}`).toEqual([]);
  }
  for (const row of payload.components) for (const button of row.components) expect(button.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
}

const article = { id: 'a1', title: 'Test article' };
function passage(quote: string, overrides: Partial<Passage> = {}): Passage {
  return { quote, article, paragraph: 1, sentence: 1, start: 0, end: quote.length, score: 1, highlights: [], ...overrides };
}
function answer(overrides: Partial<Answer>): Answer {
  return { question: 'What happened?', answered: true, results: [], offset: 0, total: 0, language: 'en', ...overrides };
}
const words = (count: number, word = 'word') => Array.from({ length: count }, (_, i) => `${word}${i}`).join(' ');

describe('limits: truncateAtWord', () => {
  it('returns text that fits unchanged', () => {
    expect(truncateAtWord('short text', 10)).toBe('short text');
  });

  it('cuts at a word boundary with "…" and stays within the limit', () => {
    const cut = truncateAtWord('alpha beta gamma delta', 15);
    expect(cut).toBe('alpha beta…');
    expect(cut.length).toBeLessThanOrEqual(15);
  });

  it('cuts inside a first word that is longer than the limit, never inside a surrogate pair', () => {
    expect(truncateAtWord('abcdefghij', 5)).toBe('abcd…');
    const emoji = '😀'.repeat(10);
    const cut = truncateAtWord(emoji, 6);
    expect(cut.length).toBeLessThanOrEqual(6);
    expect(cut.slice(0, -1)).toBe('😀😀');
  });

  it('holds for any text and limit (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 1, max: 200 }), (text, max) => {
        const cut = truncateAtWord(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        if (text.length <= max) expect(cut).toBe(text);
        else expect(text.startsWith(cut.slice(0, -1))).toBe(true);
      }),
    );
  });
});

describe('markdown: escaping, mentions, bold', () => {
  it('escapes every formatting character so nothing renders as Markdown', () => {
    const nasty = '**bold** _it_ ~~strike~~ ||spoiler|| `code` [link](https://example.com) \\ <t:1:R>';
    const escaped = escapeText(nasty);
    expect(unescapedFormatting(escaped)).toEqual([]);
    expect(escaped).toContain('\\*\\*bold\\*\\*');
    expect(escaped).toContain('\\[link\\](https://example.com)');
    expect(plainText(escaped)).toBe(nasty);
  });

  it('escapes block markers at the start of a line only', () => {
    expect(escapeText('# heading\n> quote\n- item\n12. item\n-# small')).toBe('\\# heading\n\\> quote\n\\- item\n12\\. item\n\\-# small');
    expect(escapeText('a - b # c > d 1. e')).toBe('a - b # c > d 1. e');
  });

  it('neutralises @everyone, @here, user, role and channel mentions with a zero-width space', () => {
    const text = 'hi @everyone and @here <@123456789012345678> <@&123456789012345678> <#123456789012345678> <@!42>';
    for (const rendered of [escapeText(text), plainLine(text)]) {
      expect(LIVE_MENTION.test(rendered)).toBe(false);
      expect(rendered).toContain('\u200B');
    }
    expect(plainText(escapeText(text))).toBe(text);
  });

  it('puts the highlighted ranges in bold, merging touching ones and trimming spaces', () => {
    expect(renderBold('abc def ghi', [[0, 3]])).toBe('**abc** def ghi');
    expect(renderBold('abc def ghi', [[4, 7], [0, 3]])).toBe('**abc** **def** ghi');
    expect(renderBold('abcdef', [[0, 3], [3, 6]])).toBe('**abcdef**');
    expect(renderBold('abc def', [[3, 7]])).toBe('abc **def**');
    expect(renderBold('abc', [[1, 99], [-5, 1]])).toBe('**abc**');
    expect(renderBold('a*b', [[0, 3]])).toBe('**a\\*b**');
    expect(renderBold('@everyone x', [[0, 9]])).toBe('**@\u200Beveryone** x');
  });

  it('plainText inverts renderBold exactly (property)', () => {
    const ranges = fc.array(fc.tuple(fc.integer({ min: -2, max: 60 }), fc.integer({ min: -2, max: 60 })), { maxLength: 6 });
    fc.assert(
      fc.property(fc.oneof(userText(), fc.string({ maxLength: 60 })), ranges, (text, highlights) => {
        fc.pre(!text.includes('\u200B'));
        const rendered = renderBold(text, highlights);
        expect(plainText(rendered)).toBe(text);
        expect(unescapedFormatting(rendered)).toEqual([]);
        expect(LIVE_MENTION.test(rendered)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('renderBoldWithin cuts a long quote at a word boundary with "…", bold kept balanced', () => {
    const text = words(400);
    const highlights: Array<[number, number]> = [[0, 5], [text.length - 6, text.length]];
    const { text: cut, truncated } = renderBoldWithin(text, highlights, 500);
    expect(truncated).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(500);
    expect(cut.endsWith(ELLIPSIS)).toBe(true);
    const kept = plainText(cut).slice(0, -1);
    expect(text.startsWith(kept)).toBe(true);
    expect(text[kept.length]).toBe(' ');
    expect(cut.startsWith('**word0**')).toBe(true);
    expect(cut.split('**').length % 2).toBe(1);
  });
});

describe('buttons: custom_id', () => {
  it('encodes and parses "more" and "para", always within 100 characters', () => {
    expect(moreCustomId(3)).toBe('more:3');
    expect(parseCustomId('more:3')).toEqual({ kind: 'more', offset: 3 });
    expect(paragraphCustomId(2, 'syria-homs-astana')).toBe('para:2:syria-homs-astana');
    expect(parseCustomId('para:2:syria-homs-astana')).toEqual({ kind: 'paragraph', paragraph: 2, article: { id: 'syria-homs-astana' } });
    for (const bad of ['', 'more:', 'more:x', 'more:-1', 'para:1', 'para:x:y', 'other:1', 'more:1234567']) expect(parseCustomId(bad)).toBeUndefined();
  });

  it('falls back to a hash of the article id when the id is too long, resolved against the library', () => {
    const longId = `${'مقال-طويل-'.repeat(15)}x`;
    const id = paragraphCustomId(12, longId);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(id).toBe(`para:12:#${articleHash(longId)}`);
    const action = parseCustomId(id);
    expect(action).toEqual({ kind: 'paragraph', paragraph: 12, article: { hash: articleHash(longId) } });
    const fake = { ...library, articles: [...library.articles, { ...library.articles[0]!, id: longId }] };
    expect(action?.kind === 'paragraph' && resolveArticle(fake, action.article)).toBe(longId);
    expect(resolveArticle(library, { hash: 'feedfacefeedface' })).toBeUndefined();
  });

  it('reads the question back from the answer card exactly, whatever it holds', () => {
    fc.assert(
      fc.property(userText(), (question) => {
        fc.pre(!question.includes('\u200B') && !question.includes('\n') && question.trim() === question && question.length > 0 && question.length <= 500);
        const payload = renderReply({ kind: 'answer', answer: answer({ question, results: [passage('x')], total: 5 }) });
        expect(questionFromMessage(payload)).toBe(question);
      }),
      { numRuns: 500 },
    );
    expect(questionFromMessage({ embeds: [{ description: 'not a card' }] })).toBeUndefined();
    expect(questionFromMessage({})).toBeUndefined();
  });

  it('offers "More passages" only while passages remain, "Full paragraph" for the top result', () => {
    const more = answerButtons(answer({ results: [passage('a'), passage('b'), passage('c')], total: 7 }), 3, 'en');
    expect(more[0]!.components.map((button) => [button.label, button.custom_id])).toEqual([
      ['More passages', 'more:3'],
      ['Full paragraph', 'para:1:a1'],
    ]);
    const last = answerButtons(answer({ results: [passage('a')], offset: 6, total: 7 }), 1, 'ar');
    expect(last[0]!.components.map((button) => button.label)).toEqual(['الفقرة كاملة']);
    expect(answerButtons(answer({ answered: false, results: [], total: 0 }), 0, 'en')).toEqual([]);
  });
});

describe('render: the answer card', () => {
  it('quotes each passage verbatim with its citation under it and the matched words in bold (Arabic labels)', () => {
    const reply = run('ask', { question: 'من أعلن السيطرة على حمص؟' });
    if (reply.kind !== 'answer') throw new Error('expected an answer');
    const payload = renderReply(reply);
    expectSafe(payload);
    const [header, ...passages] = payload.embeds;
    expect(header!.title).toBe('📰 من نص المقال');
    expect(header!.description).toBe('❓ من أعلن السيطرة على حمص؟');
    expect(passages).toHaveLength(Math.min(3, reply.answer.results.length));
    passages.forEach((embed, i) => {
      const result = reply.answer.results[i]!;
      expect(plainText(embed.description!)).toBe(result.quote);
      expect(embed.author!.name).toBe(`المقطع ${i + 1} من ${reply.answer.total}`);
      expect(embed.footer!.text).toContain(result.article.title);
      expect(embed.footer!.text).toContain(result.paragraph === 0 ? 'العنوان' : `الفقرة ${result.paragraph}`);
      expect(embed.footer!.text).toContain(`الجملة ${result.sentence}`);
      for (const [start, end] of result.highlights) expect(embed.description).toContain(`**${result.quote.slice(start, end)}**`);
    });
    const top = library.articles[0]!.text.slice(483, 863);
    expect(plainText(passages[0]!.description!)).toBe(top);
    expect(payload.components[0]!.components.map((button) => button.custom_id)).toEqual(['more:3', 'para:3:syria-homs-astana']);
  });

  it('labels in English when the question is English', () => {
    const payload = renderReply({ kind: 'answer', answer: answer({ results: [passage('It happened.', { highlights: [[3, 11]] })], total: 1 }) });
    expectSafe(payload);
    expect(payload.embeds[0]!.title).toBe('📰 From the article');
    expect(payload.embeds[1]!.author!.name).toBe('Passage 1 of 1');
    expect(payload.embeds[1]!.description).toBe('It **happened**.');
    expect(payload.embeds[1]!.footer!.text).toBe('Test article — paragraph 1, sentence 1 (a1, characters 0–12)');
    expect(payload.components[0]!.components.map((button) => button.label)).toEqual(['Full paragraph']);
  });

  it('abstains clearly: "the article does not say", the closest passages labelled as such, never as the answer', () => {
    for (const language of ['en', 'ar'] as const) {
      const payload = renderReply({
        kind: 'answer',
        answer: answer({ language, answered: false, message: language === 'ar' ? 'لا يجيب المقال عن هذا السؤال.' : 'The article does not answer this question.', results: [passage('Near one.'), passage('Near two.')], total: 2 }),
      });
      expectSafe(payload);
      const [header, first, second] = payload.embeds;
      expect(header!.title).toBe(language === 'ar' ? '🚫 المقال لا يذكر ذلك' : '🚫 The article does not say');
      expect(header!.description).toContain(language === 'ar' ? 'أقرب المقاطع — وليست إجابة' : 'Closest passages — not an answer');
      expect(first!.author!.name).toBe(language === 'ar' ? 'أقرب مقطع 1 (ليس إجابة)' : 'Closest passage 1 (not an answer)');
      expect(second!.author!.name).toBe(language === 'ar' ? 'أقرب مقطع 2 (ليس إجابة)' : 'Closest passage 2 (not an answer)');
      expect(JSON.stringify(payload)).not.toMatch(/From the article|من نص المقال|Passage \d of/);
    }
  });

  it('abstains with no passage at all for a question the article does not touch', () => {
    const reply = run('ask', { question: 'ما عاصمة اليابان؟' });
    const payload = renderReply(reply);
    expectSafe(payload);
    expect(payload.embeds).toHaveLength(1);
    expect(payload.embeds[0]!.title).toBe('🚫 المقال لا يذكر ذلك');
    expect(payload.embeds[0]!.description).toContain('لا يوجد مقطع قريب.');
    expect(payload.components).toEqual([]);
  });

  it('puts who-said statements, speaker first, before the passages', () => {
    const reply = run('ask', { question: 'ماذا قال رامي عبد الرحمن؟' });
    if (reply.kind !== 'answer' || !reply.answer.statements?.length) throw new Error('expected a who-said answer');
    const payload = renderReply(reply);
    expectSafe(payload);
    const statement = reply.answer.statements[0]!;
    expect(payload.embeds[1]!.author!.name).toContain(statement.speaker);
    expect(plainText(payload.embeds[1]!.description!)).toBe(statement.quote);
  });

  it('keeps a huge answer within every limit: long quotes cut at a word boundary with "…" and a pointer to the full text', () => {
    const question = `${'@everyone **x** <@123456789012345678> '.repeat(12)}`.slice(0, 500).trim();
    const long = words(1200, 'كلمة');
    const highlights: Array<[number, number]> = Array.from({ length: 300 }, (_, i) => [i * 40, i * 40 + 4]);
    const title = `${'عنوان طويل جدًا '.repeat(30)}`;
    const results = [0, 1, 2, 3].map((i) => passage(long, { article: { id: 'a'.repeat(120), title }, paragraph: 10 + i, highlights }));
    const payload = renderReply({ kind: 'answer', answer: answer({ question, results, total: 40, language: 'ar' }) });
    expectSafe(payload);
    expect(payload.embeds.reduce((sum, embed) => sum + embedLength(embed), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
    for (const embed of payload.embeds.slice(1)) {
      const [quote, note] = embed.description!.split('\n');
      expect(quote!.endsWith(ELLIPSIS)).toBe(true);
      expect(note).toBe('_المقطع مختصر: زر «الفقرة كاملة» يعرض النص كله._');
      const kept = plainText(quote!).slice(0, -1);
      expect(long.startsWith(kept)).toBe(true);
      expect(long[kept.length]).toBe(' ');
    }
    expect(questionFromMessage(payload)).toBe(question);
    expect(payload.components[0]!.components.every((button) => button.custom_id.length <= 100)).toBe(true);
  });
});

describe('render: every reply kind', () => {
  it('a paragraph verbatim with its citation', () => {
    const reply = run('quote', { paragraph: 3 });
    if (reply.kind !== 'paragraph') throw new Error('expected a paragraph');
    const payload = renderReply(reply);
    expectSafe(payload);
    expect(plainText(payload.embeds[0]!.description!)).toBe(reply.text);
    expect(payload.embeds[0]!.author!.name).toBe('الفقرة 3 من 11');
    expect(payload.embeds[0]!.footer!.text).toContain('الفقرة 3');
    expect(renderReply(run('quote', { paragraph: 0 })).embeds[0]!.author!.name).toBe('العنوان');
  });

  it('a paragraph longer than an embed is cut at a word boundary', () => {
    const text = words(2000);
    const payload = renderReply({ kind: 'paragraph', language: 'en', article, paragraph: 1, paragraphCount: 1, text, start: 0, end: text.length });
    expectSafe(payload);
    expect(payload.embeds[0]!.description!.endsWith(ELLIPSIS)).toBe(true);
  });

  it('articles: headline, counts, the people and outlets cited', () => {
    const reply = run('article');
    if (reply.kind !== 'articles') throw new Error('expected articles');
    const payload = renderReply(reply);
    expectSafe(payload);
    const [embed] = payload.embeds;
    expect(plainText(embed!.title!)).toBe(reply.articles[0]!.title);
    expect(embed!.fields!.map((field) => field.name)).toEqual(['الفقرات', 'الجمل', 'المتحدثون', 'الوسائل']);
    expect(embed!.fields![0]!.value).toBe('11');
    expect(plainText(embed!.fields![2]!.value)).toContain('رامي عبد الرحمن');
  });

  it('many articles with long lists stay within the limits', () => {
    const summary = { id: 'x', title: 'T'.repeat(400), file: 'x.txt', url: 'not a url', paragraphs: 3, sentences: 9, speakers: Array.from({ length: 300 }, (_, i) => `Speaker ${i} @here`), outlets: ['**Outlet**'] };
    const payload = renderReply({ kind: 'articles', language: 'en', articles: Array.from({ length: 30 }, (_, i) => ({ ...summary, id: `x${i}` })) });
    expectSafe(payload);
    expect(payload.embeds).toHaveLength(10);
    expect(payload.embeds[9]!.description).toBe('And 21 more articles.');
  });

  it('statements: who said it, the words, the citation; and suggestions when none match', () => {
    const reply = run('who', { phrase: 'حل سياسي' });
    if (reply.kind !== 'statements') throw new Error('expected statements');
    const payload = renderReply(reply);
    expectSafe(payload);
    expect(plainText(payload.embeds[0]!.title!)).toBe('من قال «حل سياسي»؟');
    expect(plainText(payload.embeds[1]!.description!)).toBe(reply.results[0]!.quote);
    const none = renderReply(run('quotes', { speaker: 'nobody at all' }));
    expectSafe(none);
    expect(none.embeds[0]!.description).toContain('No matching statements.');
  });

  it('25 long statements stay within the limits', () => {
    const statement: Statement = { speaker: 'S '.repeat(200), role: 'R', cue: 'said', outlet: 'AFP', kind: 'direct', inferred: true, quote: words(300), article, paragraph: 1, sentence: 1, start: 0, end: 10 };
    const payload = renderReply({ kind: 'statements', language: 'en', mode: 'quotes', query: 'S', results: Array.from({ length: 25 }, () => statement), suggestions: [] });
    expectSafe(payload);
    expect(payload.embeds[0]!.footer!.text).toBe('And 16 more statements.');
  });

  it('help, reindex, error, and a reply kind added later', () => {
    const help = renderReply(run('help'));
    expectSafe(help);
    expect(help.embeds[0]!.fields!.map((field) => field.name)).toContain('/ask');
    expect(help.embeds[0]!.description).toContain('يجيب البوت من نص المقال وحده');
    const reindex = renderReply({ kind: 'reindex', language: 'en', result: { ok: true, articles: 1, chunks: 14, problems: [{ file: 'bad.txt', reason: '**empty** @everyone' }], ms: 3 } });
    expectSafe(reindex);
    expect(plainText(reindex.embeds[0]!.description!)).toContain('skipped bad.txt: **empty** @everyone');
    const error = renderReply(run('quote', { paragraph: 999, article: 'syria-homs-astana' }));
    expectSafe(error);
    expect(error.embeds[0]!.title).toBe('That did not work');
    expect(renderReply(run('quote', { paragraph: 999 })).embeds[0]!.title).toBe('تعذّر ذلك');
    const later = renderReply({ kind: 'usage', language: 'ar', totals: { questions: 3 }, note: '@everyone' } as unknown as Reply);
    expectSafe(later);
    expect(later.embeds[0]!.description!.length).toBeGreaterThan(0);
  });

  it('notices are plain, escaped content', () => {
    const notice = renderNotice('⏳ wait *5* s @everyone');
    expectSafe(notice);
    expect(notice.embeds).toEqual([]);
    expect(plainText(notice.content!)).toBe('⏳ wait *5* s @everyone');
  });

  it('every command on adversarial input renders within the limits, with no live mention or stray Markdown (property)', () => {
    for (const [name, command] of commands) {
      fc.assert(
        fc.property(optionsFor(name), (options) => {
          const reply = command.run(context, options);
          expectSafe(renderReply(reply));
        }),
        { numRuns: 150 },
      );
    }
  });
});

describe('fitMessage: the last line of defence', () => {
  it('clamps every field and the 6000 total of a message built carelessly', () => {
    const big = 'x '.repeat(5000);
    const payload = fitMessage({
      content: big,
      embeds: Array.from({ length: 12 }, () => ({ title: big, description: big, footer: { text: big }, author: { name: big }, fields: Array.from({ length: 30 }, () => ({ name: big, value: big })), url: 'javascript:alert(1)' })),
      components: Array.from({ length: 7 }, () => ({ type: 1 as const, components: Array.from({ length: 7 }, (_, i) => ({ type: 2 as const, style: 1 as const, label: big, custom_id: i % 2 ? 'ok' : 'y'.repeat(101) })) })),
      allowed_mentions: { parse: [] },
    });
    expect(limitViolations(payload)).toEqual([]);
  });
});

describe('definitions: commands as Discord registers them', () => {
  const registered = applicationCommands(commands);

  it('covers every command of the registry, each valid for Discord', () => {
    expect(registered.map((command) => command.name)).toEqual([...commands.keys()]);
    for (const command of registered) {
      expect(command.name).toMatch(/^[-_'\p{L}\p{N}]{1,32}$/u);
      expect(command.name).toBe(command.name.toLowerCase());
      expect(command.description.length).toBeGreaterThanOrEqual(1);
      expect(command.description.length).toBeLessThanOrEqual(100);
      expect(command.type).toBe(1);
      expect(command.options.length).toBeLessThanOrEqual(25);
      const firstOptional = command.options.findIndex((option) => !option.required);
      if (firstOptional >= 0) expect(command.options.slice(firstOptional).every((option) => !option.required)).toBe(true);
      for (const option of command.options) {
        expect([3, 4, 5]).toContain(option.type);
        expect(option.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
        expect(option.description.length).toBeLessThanOrEqual(100);
      }
    }
  });

  it('maps types, lengths, ranges, autocomplete and the Manage Server permission', () => {
    const byName = new Map(registered.map((command) => [command.name, command]));
    expect(byName.get('ask')!.options).toEqual([
      { type: 3, name: 'question', description: expect.any(String), required: true, max_length: 500 },
      { type: 5, name: 'private', description: expect.any(String) },
    ]);
    expect(byName.get('quote')!.options).toEqual([
      { type: 4, name: 'paragraph', description: expect.any(String), required: true, min_value: 0, max_value: 10_000 },
      { type: 3, name: 'article', description: expect.any(String), autocomplete: true },
    ]);
    expect(byName.get('reindex')!.default_member_permissions).toBe(MANAGE_GUILD);
    expect(MANAGE_GUILD).toBe('32');
    expect(byName.get('ask')!.default_member_permissions).toBeNull();
    expect(byName.get('ask')!.dm_permission).toBe(false);
  });
});
