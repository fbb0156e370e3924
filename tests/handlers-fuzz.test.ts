import fc from 'fast-check';
import { describe, it } from 'vitest';
import { openLibrary } from '../src/library.js';
import { corpusDir } from '../src/paths.js';
import { handlerProperties } from './support/handler-properties.js';

const library = openLibrary(corpusDir());
const properties = handlerProperties(library);
/** At least 10,000 cases in all, spread over the commands. */
const RUNS = Math.ceil(10_000 / properties.length);

describe('every command handler, driven with adversarial input', () => {
  for (const { name, property } of properties) {
    it(`${name}: never throws, quotes stay verbatim (${RUNS} cases)`, () => {
      fc.assert(property, { numRuns: RUNS });
    });
  }
});
