import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root: the nearest folder above this module holding package.json (works from src/ and dist/src/). */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the project root (no package.json above src/)');
    dir = parent;
  }
  return dir;
}

/**
 * The corpus folder: the one given (CORPUS_DIR, relative to the working
 * directory) when set, else the bundled corpus/. Every door resolves it here.
 */
export function corpusDir(dir: string | undefined = process.env.CORPUS_DIR): string {
  return dir?.trim() ? resolve(dir.trim()) : join(projectRoot(), 'corpus');
}
