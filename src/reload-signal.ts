import type { LibraryService, ReloadResult } from './service.js';

/** Where a reload is reported: a structured logger's info and error. */
export interface ReloadLog {
  info(object: object, message: string): void;
  error(object: object, message: string): void;
}

/**
 * Reloads the corpus on SIGHUP (`kill -HUP <pid>`), the Unix convention for
 * "re-read your files": the new index is built beside the old one and
 * swapped in whole; a broken file is reported, and if nothing loads the
 * previous index keeps serving. Returns a function that stops listening.
 */
export function reloadOnHangup(service: LibraryService, log: ReloadLog): () => void {
  const onHangup = () => {
    const result: ReloadResult = service.reload();
    const summary = { articles: result.articles, sentences: result.chunks, problems: result.problems, ms: Math.round(result.ms) };
    if (result.ok) log.info(summary, 'corpus reloaded (SIGHUP)');
    else log.error({ ...summary, error: result.error }, 'corpus reload refused; the previous index keeps serving');
  };
  process.on('SIGHUP', onHangup);
  return () => process.off('SIGHUP', onHangup);
}
