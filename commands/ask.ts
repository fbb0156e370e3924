import { answerQuestion, ANSWER_DEFAULTS } from '../src/answer/answer.js';
import { checkQuery, MAX_QUERY_LENGTH } from '../src/input.js';
import type { Command } from './command.js';

/** Most passages one reply may carry (Discord shows 3 at a time; the CLI may ask for more). */
export const MAX_PASSAGES = 10;

/** /ask question:<text> [private:<bool>]: the article's own sentences that answer the question, cited. */
export const ask: Command = {
  definition: {
    name: 'ask',
    description: 'Ask a question about the article · اسأل سؤالًا عن المقال',
    options: [
      { name: 'question', description: 'Your question, in Arabic · سؤالك بالعربية', type: 'string', required: true, maxLength: MAX_QUERY_LENGTH },
      { name: 'private', description: 'Only you see the answer · الإجابة تظهر لك وحدك', type: 'boolean' },
    ],
  },
  run({ library }, options) {
    const checked = checkQuery(String(options.question ?? ''));
    if (!checked.ok) return { kind: 'error', reason: 'input', language: checked.language, message: checked.message };
    const limit = clamp(Number(options.limit ?? ANSWER_DEFAULTS.limit), 1, MAX_PASSAGES);
    const offset = clamp(Number(options.offset ?? 0), 0, Number.MAX_SAFE_INTEGER);
    return { kind: 'answer', answer: answerQuestion(library, checked.text, { limit, offset }) };
  },
};

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.trunc(value))) : min;
}
