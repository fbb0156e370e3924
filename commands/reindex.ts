import type { Command } from './command.js';

/**
 * /reindex: re-reads the corpus folder and swaps the new index in whole; a
 * broken file is reported and the rest still loads; if nothing loads, the
 * previous index keeps serving. For members with the Manage Server permission.
 */
export const reindex: Command = {
  definition: {
    name: 'reindex',
    description: 'Reload the articles from disk (Manage Server) · إعادة تحميل المقالات',
    options: [],
    manageServerOnly: true,
  },
  run({ reload }) {
    if (!reload) return { kind: 'error', reason: 'input', language: 'en', message: 'Reloading is not available here.' };
    return { kind: 'reindex', language: 'en', result: reload() };
  },
};
