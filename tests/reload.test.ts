import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/answer.js';
import { LibraryService } from '../src/service.js';
import { commands } from '../commands/index.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function corpus(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'reload-'));
  made.push(dir);
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

describe('SIGHUP', () => {
  it('reloads the corpus of a running server without a restart', async () => {
    const { spawn } = await import('node:child_process');
    const { createSigner } = await import('./support/signing.js');
    const { projectRoot } = await import('../src/paths.js');
    const dir = corpus({ 'a.txt': 'عنوان أول\n\nنص أول.' });
    const signer = createSigner();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: projectRoot(),
      env: { ...process.env, DISCORD_TOKEN: '', CORPUS_DIR: dir, INTERACTIONS_PORT: '0', DISCORD_PUBLIC_KEY: signer.publicKeyHex, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    // INTERACTIONS_PORT=0 picks a free port; the start-up log line says which.
    let port = 0;
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
      port ||= Number(/"port":(\d+)/.exec(output)?.[1] ?? 0);
    });
    const health = async () => {
      if (!port) throw new Error('not listening yet');
      return ((await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as { articles: number }).articles;
    };
    const eventually = async (check: () => Promise<boolean>) => {
      for (let i = 0; i < 100; i++) {
        try {
          if (await check()) return;
        } catch {
          // not up yet
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('condition not reached in 10 s');
    };
    try {
      await eventually(async () => (await health()) === 1);
      writeFileSync(join(dir, 'b.txt'), 'عنوان ثان\n\nنص ثان.');
      child.kill('SIGHUP');
      await eventually(async () => (await health()) === 2);
      expect(await health()).toBe(2);
    } finally {
      child.kill('SIGKILL');
    }
  }, 20_000);
});
