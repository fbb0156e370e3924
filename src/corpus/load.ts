import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, basename } from 'node:path';
import { ArticleFormatError, parseArticle, type Article } from './article.js';

/** A corpus file that could not be used, and why: reported, never fatal. */
export interface LoadProblem {
  file: string;
  reason: string;
}

export interface LoadedCorpus {
  dir: string;
  articles: Article[];
  problems: LoadProblem[];
}

/** File endings read as articles. */
export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);

const utf8 = new TextDecoder('utf-8', { fatal: true });

function readArticle(dir: string, file: string): Article {
  const bytes = readFileSync(join(dir, file));
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ArticleFormatError('it is not valid UTF-8 text');
  }
  if (text.includes('\u0000')) throw new ArticleFormatError('it contains NUL bytes (a binary file?)');
  return parseArticle(basename(file, extname(file)), file, text);
}

/**
 * Reads every *.txt and *.md file of a folder as an article, in file-name
 * order. A file that cannot be used is listed in `problems` with the reason;
 * the other articles still load.
 *
 * @throws {Error} when the folder itself cannot be read
 */
export function loadCorpus(dir: string): LoadedCorpus {
  let entries: string[];
  try {
    entries = readdirSync(dir).filter((name) => ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())).sort();
  } catch (error) {
    throw new Error(`corpus: cannot read the folder ${dir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const articles: Article[] = [];
  const problems: LoadProblem[] = [];
  const ids = new Set<string>();
  for (const file of entries) {
    try {
      if (!statSync(join(dir, file)).isFile()) continue;
      const article = readArticle(dir, file);
      if (ids.has(article.id)) throw new ArticleFormatError(`another file already has the id "${article.id}"`);
      ids.add(article.id);
      articles.push(article);
    } catch (error) {
      const reason = error instanceof ArticleFormatError ? error.message : `it cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
      problems.push({ file, reason });
    }
  }
  return { dir, articles, problems };
}
