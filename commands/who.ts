import { statementsContaining } from '../src/attribution/search.js';
import { checkQuery, MAX_QUERY_LENGTH } from '../src/input.js';
import type { Command } from './command.js';

/** Most statements one reply lists. */
export const MAX_STATEMENTS = 10;

/** /who phrase:<text>: who said these words, with role, cue, outlet and the exact quote. */
export const who: Command = {
  definition: {
    name: 'who',
    description: 'Who said these words? · من قال هذه العبارة؟',
    options: [{ name: 'phrase', description: 'Words from the statement · كلمات من التصريح', type: 'string', required: true, maxLength: MAX_QUERY_LENGTH }],
  },
  run({ library }, options) {
    const checked = checkQuery(String(options.phrase ?? ''));
    if (!checked.ok) return { kind: 'error', reason: 'input', language: checked.language, message: checked.message };
    return {
      kind: 'statements',
      language: checked.language,
      mode: 'who',
      query: checked.text,
      results: statementsContaining(library, checked.text).slice(0, MAX_STATEMENTS),
      suggestions: [],
    };
  },
};
