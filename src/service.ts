import type { LoadProblem } from './corpus/load.js';
import { openLibrary, type Library } from './library.js';

export interface ReloadResult {
  /** True when the new library was swapped in. */
  ok: boolean;
  articles: number;
  chunks: number;
  /** Files that could not be used (reported; the rest still load). */
  problems: readonly LoadProblem[];
  /** Why the reload was refused, when ok is false; the previous library keeps serving. */
  error?: string;
  ms: number;
}

/**
 * Holds the library in service. A reload builds a complete new library
 * beside the old one and swaps it in whole, so a request sees either the old
 * or the new corpus, never a mix; if the new one cannot be built (the folder
 * is gone, no article loads), the old one keeps serving.
 */
export class LibraryService {
  #library: Library;

  constructor(readonly dir: string) {
    this.#library = openLibrary(dir);
  }

  get library(): Library {
    return this.#library;
  }

  reload(): ReloadResult {
    const started = performance.now();
    const summary = (library: Library) => ({ articles: library.articles.length, chunks: library.chunks.length, problems: library.problems });
    try {
      const next = openLibrary(this.dir);
      if (next.articles.length === 0) {
        return { ok: false, ...summary(this.#library), problems: next.problems, error: 'no article could be loaded', ms: performance.now() - started };
      }
      this.#library = next;
      return { ok: true, ...summary(next), ms: performance.now() - started };
    } catch (error) {
      return { ok: false, ...summary(this.#library), error: (error as Error).message, ms: performance.now() - started };
    }
  }
}
