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

/** The corpus folder: CORPUS_DIR when set (relative to the working directory), else the bundled corpus/. */
export function corpusDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CORPUS_DIR ? resolve(env.CORPUS_DIR) : join(projectRoot(), 'corpus');
}
