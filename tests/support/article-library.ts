import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLibrary, type Library } from '../../src/library.js';

/**
 * A library of one throwaway article, made for a test: its paragraphs
 * (headline first; or the whole text as one string) are written to a
 * temporary folder, loaded, and the folder is removed.
 */
export function libraryOf(...paragraphs: string[]): Library {
  const dir = mkdtempSync(join(tmpdir(), 'article-'));
  try {
    writeFileSync(join(dir, 'article.txt'), paragraphs.join('\n\n'));
    return openLibrary(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
