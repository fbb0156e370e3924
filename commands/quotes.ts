import { completeSpeakers, findSpeakers, speakers, statementsBy } from '../src/attribution/search.js';
import { checkQuery, MAX_QUERY_LENGTH } from '../src/input.js';
import type { Command } from './command.js';
import { safeSlice, truncateAtWord } from '../src/truncate.js';

/** Most statements one reply lists (a speaker with more is cut, in article order). */
export const MAX_SPEAKER_STATEMENTS = 25;

/** /quotes speaker:<name>: everything one speaker said, in article order. */
export const quotes: Command = {
  definition: {
    name: 'quotes',
    description: 'Everything a speaker said · كل ما قاله متحدث',
    options: [{ name: 'speaker', description: 'Speaker name or title · اسم المتحدث أو صفته', type: 'string', required: true, maxLength: MAX_QUERY_LENGTH, autocomplete: true }],
  },
  run({ library }, options) {
    const checked = checkQuery(String(options.speaker ?? ''));
    if (!checked.ok) return { kind: 'error', reason: 'input', language: checked.language, message: checked.message };
    const found = findSpeakers(library, checked.text);
    // Corpus order: articles in corpus order, statements in article order (offsets alone compare only within one file).
    const order = new Map(library.statements.map((statement, index) => [statement, index]));
    const results = found.flatMap((speaker) => statementsBy(library, speaker)).sort((a, b) => order.get(a)! - order.get(b)!);
    return {
      kind: 'statements',
      language: checked.language,
      mode: 'quotes',
      query: checked.text,
      results: results.slice(0, MAX_SPEAKER_STATEMENTS),
      suggestions: found.length ? [] : speakers(library).slice(0, 5).map((speaker) => speaker.name),
    };
  },
  complete: ({ library }, _option, typed) =>
    completeSpeakers(library, typed).map((speaker) => {
      const label = speaker.role ? `${speaker.name} (${speaker.role})` : speaker.name;
      return { name: truncateAtWord(label, 100), value: safeSlice(speaker.name, 100) };
    }),
};
