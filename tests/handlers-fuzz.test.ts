import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../src/library.js';
import { corpusDir } from '../src/paths.js';
import { respond } from '../src/discord/respond.js';
import { assertSafeMessage, handlerProperties, userText } from './support/handler-properties.js';

const library = openLibrary(corpusDir());
const properties = handlerProperties(library);
/** At least 10,000 cases in all, spread over the commands. */
const RUNS = Math.ceil(10_000 / properties.length);

describe('every command handler, driven with adversarial input', () => {
  for (const { name, property } of properties) {
    it(`${name}: never throws, quotes stay verbatim, its Discord message keeps the limits and pings nobody (${RUNS} cases)`, () => {
      fc.assert(property, { numRuns: RUNS });
    });
  }
});

describe('buttons and autocomplete, driven with adversarial custom ids, messages and typing', () => {
  const service = { library, reload: () => ({ ok: true, articles: 1, chunks: library.chunks.length, problems: [], ms: 1 }) };
  /** Cards the bot really sends, which real button presses come with. */
  const cards: Array<{ content?: string; embeds: Array<{ title?: string; description?: string }> }> = [];
  beforeAll(async () => {
    for (const question of ['من أعلن السيطرة على حمص؟', 'ماذا قال المجتمعون؟', 'ما عاصمة اليابان؟', 'حمص @everyone **x**']) {
      const response = await respond({ type: 'command', name: 'ask', options: { question }, userId: '1', interactionId: '2' }, { service });
      if (response.type === 'message') cards.push(response.payload);
    }
  });
  const customId = fc.oneof(
    fc.integer({ min: -3, max: 40 }).map((offset) => `more:${offset}`),
    fc.integer({ min: -3, max: 15 }).map((paragraph) => `para:${paragraph}:syria-homs-astana`),
    fc.string({ maxLength: 100 }),
    fc.tuple(fc.constantFrom('more', 'para'), fc.oneof(fc.integer({ min: -5, max: 50 }), fc.string({ maxLength: 8 })), fc.string({ maxLength: 30 })).map((parts) => parts.join(':')),
  );
  const adversarialMessage = fc.record({ content: fc.option(userText(), { nil: undefined }), embeds: fc.array(fc.record({ title: fc.option(userText(), { nil: undefined }), description: fc.option(userText(), { nil: undefined }) }), { maxLength: 3 }) });

  it('a button press is always answered within the limits, pinging nobody (1,000 cases), and real presses succeed', async () => {
    const outcomes = new Map<string, number>();
    const message = fc.oneof(fc.constantFrom(...cards), adversarialMessage);
    await fc.assert(
      fc.asyncProperty(customId, message, async (id, source) => {
        const response = await respond({ type: 'button', customId: id, message: source, userId: '1', interactionId: '2' }, { service });
        if (response.type === 'choices') throw new Error('a button got choices');
        assertSafeMessage(response.payload);
        outcomes.set(response.outcome, (outcomes.get(response.outcome) ?? 0) + 1);
      }),
      { numRuns: 1000 },
    );
    // The generators reach the working paths ("More passages", "Full paragraph"), not only the refusals.
    expect(outcomes.get('ok') ?? 0).toBeGreaterThan(100);
  });

  it('autocomplete always answers at most 25 choices of 1 to 100 characters (1,000 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('quote', 'article', 'quotes', 'ask', 'nope'), userText(), async (name, typed) => {
        const response = await respond({ type: 'autocomplete', name, option: 'x', typed, userId: '1', interactionId: '2' }, { service });
        if (response.type !== 'choices') throw new Error('autocomplete got a message');
        if (response.choices.length > 25) throw new Error('more than 25 choices');
        for (const choice of response.choices) if (!choice.name || choice.name.length > 100 || !choice.value || choice.value.length > 100) throw new Error('choice out of bounds');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the safety check itself', () => {
  it('catches a live mention, a broken limit and permissive allowed_mentions', () => {
    const ok = { content: 'x', embeds: [], components: [], allowed_mentions: { parse: [] } } as const;
    expect(() => assertSafeMessage({ ...ok, embeds: [], components: [], allowed_mentions: { parse: [] } })).not.toThrow();
    expect(() => assertSafeMessage({ ...ok, content: 'hi @everyone', embeds: [], components: [], allowed_mentions: { parse: [] } })).toThrow(/mention/);
    expect(() => assertSafeMessage({ ...ok, content: 'x'.repeat(2001), embeds: [], components: [], allowed_mentions: { parse: [] } })).toThrow(/limits/);
    expect(() => assertSafeMessage({ ...ok, embeds: [], components: [], allowed_mentions: { parse: ['everyone'] } as never })).toThrow(/allowed_mentions/);
  });
});
