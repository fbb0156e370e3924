import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/answer.js';
import { LibraryService } from '../src/service.js';
import { commands } from '../commands/index.js';

function corpus(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'reload-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('live corpus reload', () => {
  it('swaps in a new or edited article without a restart', () => {
    const dir = corpus({ 'a.txt': 'عنوان أول\n\nقال الوزير إن الميزانية أقرت.' });
    const service = new LibraryService(dir);
    const before = service.library;
    expect(answerQuestion(service.library, 'هل وصل الفريق إلى النهائي؟').answered).toBe(false);
    writeFileSync(join(dir, 'b.txt'), 'عنوان ثان\n\nوصل الفريق إلى النهائي بعد فوز كبير.');
    const result = service.reload();
    expect(result).toMatchObject({ ok: true, articles: 2, problems: [] });
    expect(service.library).not.toBe(before);
    expect(before.articles).toHaveLength(1); // the old library is untouched: in-flight requests finish on it
    expect(answerQuestion(service.library, 'هل وصل الفريق إلى النهائي؟').results[0]?.quote).toBe('وصل الفريق إلى النهائي بعد فوز كبير.');
  });

  it('reports a broken new file and keeps serving the others', () => {
    const dir = corpus({ 'a.txt': 'عنوان\n\nنص أول.' });
    const service = new LibraryService(dir);
    writeFileSync(join(dir, 'broken.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    const result = service.reload();
    expect(result.ok).toBe(true);
    expect(result.problems).toEqual([{ file: 'broken.txt', reason: 'it is not valid UTF-8 text' }]);
    expect(service.library.articles.map((article) => article.id)).toEqual(['a']);
  });

  it('keeps the previous index when nothing can be loaded', () => {
    const dir = corpus({ 'a.txt': 'عنوان\n\nنص أول.' });
    const service = new LibraryService(dir);
    const before = service.library;
    writeFileSync(join(dir, 'a.txt'), '');
    expect(service.reload()).toMatchObject({ ok: false, error: 'no article could be loaded', articles: 1 });
    rmSync(dir, { recursive: true });
    expect(service.reload()).toMatchObject({ ok: false, articles: 1 });
    expect(service.library).toBe(before);
  });

  it('/reindex reloads through the service, and is for server managers only', () => {
    const dir = corpus({ 'a.txt': 'عنوان\n\nنص أول.' });
    const service = new LibraryService(dir);
    const reindex = commands.get('reindex')!;
    expect(reindex.definition.manageServerOnly).toBe(true);
    writeFileSync(join(dir, 'b.txt'), 'عنوان\n\nنص ثان.');
    const reply = reindex.run({ library: service.library, reload: () => service.reload() }, {});
    expect(reply).toMatchObject({ kind: 'reindex', result: { ok: true, articles: 2 } });
    expect(reindex.run({ library: service.library }, {})).toMatchObject({ kind: 'error' });
  });
});
