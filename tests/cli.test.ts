import { spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../src/cli/run.js';
import { handleLine, splitWords } from '../src/cli/terminal.js';
import { corpusDir, projectRoot } from '../src/paths.js';
import { PLAIN, renderTerminal } from '../src/render/terminal.js';
import { commands } from '../commands/index.js';
import { LibraryService } from '../src/service.js';

const service = new LibraryService(corpusDir());
const fileText = service.library.articles[0]!.text;

async function cli(args: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdin: Readable.from([stdin]), out: (text) => out.push(text), err: (text) => err.push(text), style: PLAIN };
  const code = await runCli(args, service, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cli ask --json', () => {
  it('prints {question, answered, results: [{quote, article: {id, title}, paragraph, sentence, start, end, score}]}', async () => {
    const { code, out } = await cli(['ask', '--json', 'متى', 'صدر', 'البيان', 'المشترك؟']);
    expect(code).toBe(0);
    const answer = JSON.parse(out);
    expect(Object.keys(answer)).toEqual(['question', 'answered', 'results']);
    expect(answer.question).toBe('متى صدر البيان المشترك؟');
    expect(answer.answered).toBe(true);
    expect(answer.results.length).toBeGreaterThan(0);
    for (const result of answer.results) {
      expect(Object.keys(result)).toEqual(['quote', 'article', 'paragraph', 'sentence', 'start', 'end', 'score']);
      expect(Object.keys(result.article)).toEqual(['id', 'title']);
      expect(fileText.slice(result.start, result.end)).toBe(result.quote);
      expect(typeof result.score).toBe('number');
    }
  });

  it('adds the statements, speaker first, to a who-said answer', async () => {
    const answer = JSON.parse((await cli(['ask', '--json', 'ماذا قال رامي عبد الرحمن؟'])).out);
    expect(Object.keys(answer)).toEqual(['question', 'answered', 'results', 'statements']);
    expect(answer.statements[0]).toMatchObject({ speaker: 'رامي عبد الرحمن', role: 'مدير المرصد السوري لحقوق الإنسان', outlet: 'لوكالة فرانس برس' });
    for (const statement of answer.statements) expect(fileText.slice(statement.start, statement.end)).toBe(statement.quote);
  });

  it('answers an unanswerable question with answered: false and exit status 0', async () => {
    const { code, out } = await cli(['ask', '--json', 'ما عاصمة اليابان؟']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ answered: false, message: expect.any(String) });
  });

  it('reads one question per stdin line and prints one JSON object per line', async () => {
    const { code, out } = await cli(['ask', '--json'], 'متى صدر البيان؟\n\nما عاصمة اليابان؟\n   \n؟؟؟\n');
    expect(code).toBe(0);
    const lines = out.split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.question)).toEqual(['متى صدر البيان؟', 'ما عاصمة اليابان؟', '؟؟؟']);
    expect(lines[0].answered).toBe(true);
    expect(lines[2].error).toBeTruthy();
  });
});

describe('cli bad input: one clear line, no stack trace', () => {
  it.each([
    ['an empty question', ['ask', ''], /empty|فارغ/],
    ['only punctuation', ['ask', '؟!..'], /لا يحتوي النص على كلمات/],
    ['only punctuation (Latin)', ['ask', '?!..'], /no words/],
    ['10,000 characters', ['ask', 'ا'.repeat(10_000)], /طويل جدًا: الحد الأقصى 500/],
    ['10,000 Latin characters', ['ask', 'x'.repeat(10_000)], /too long: at most 500/],
    ['a control character', ['ask', 'Homs\u0007'], /control characters/],
    ['a lone surrogate', ['ask', 'حمص \uD800'], /محارف تحكم/],
    ['a paragraph out of range', ['quote', '--paragraph', '99'], /الفقرة 99 غير موجودة: في "syria-homs-astana" الفقرات من 0 إلى 11/],
    ['a paragraph out of range, article named in Latin letters', ['quote', '--paragraph', '99', '--article', 'syria-homs-astana'], /Paragraph 99 does not exist: "syria-homs-astana" has paragraphs 0 to 11/],
    ['a negative paragraph', ['quote', '--paragraph=-1'], /الفقرة -1 غير موجودة/],
    ['a paragraph that is not a number', ['quote', '--paragraph', 'abc'], /--paragraph takes a whole number, got "abc"/],
    ['an unknown article', ['quote', '--paragraph', '1', '--article', 'nope'], /no article "nope"/],
    ['quote without a paragraph', ['quote'], /needs --paragraph/],
    ['an unknown command', ['fly'], /unknown command "fly"/],
    ['an unknown option', ['ask', '--bogus', 'x'], /Unknown option '--bogus'/],
    ['a bad --limit', ['ask', '--limit', 'many', 'x'], /--limit takes a whole number/],
  ])('%s', async (_label, args, message) => {
    const { code, out, err } = await cli(args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err).not.toMatch(/at .*\.ts:\d+/);
    expect(err.split('\n').length).toBeLessThanOrEqual(2);
  });

  it('answers a mixed-script question without complaint', async () => {
    const { code, out } = await cli(['ask', '--json', 'ماذا ذكرت وكالة Reuters رويترز 東京?']);
    expect(code).toBe(0);
    const answer = JSON.parse(out);
    expect(answer.answered).toBe(true);
    expect(answer.results[0].quote).toContain('رويترز');
  });
});

describe('cli quote and article', () => {
  it('prints a paragraph verbatim with its citation', async () => {
    const { code, out } = await cli(['quote', '--paragraph', '2', '--json']);
    expect(code).toBe(0);
    const reply = JSON.parse(out);
    expect(fileText.slice(reply.start, reply.end)).toBe(reply.quote);
    expect(reply.quote.startsWith('وقال مدير المرصد السوري')).toBe(true);
    const text = await cli(['quote', '--paragraph', '0']);
    expect(text.out).toContain('العنوان');
  });

  it('lists the corpus with titles and paragraph counts', async () => {
    const { out } = await cli(['article', '--json']);
    const { articles } = JSON.parse(out);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ id: 'syria-homs-astana', paragraphs: 11 });
    expect((await cli(['article'])).out).toContain('syria-homs-astana');
  });

  it('prints usage with --help and exits 2 without a command', async () => {
    expect((await cli(['--help'])).out).toContain('Usage: npm run cli');
    expect((await cli([])).code).toBe(2);
  });
});

describe('terminal mode', () => {
  it('splits /commands like a shell, quoted phrases whole', () => {
    expect(splitWords('who "حل سياسي" --json')).toEqual(['who', 'حل سياسي', '--json']);
  });

  it('runs /commands and questions typed at the prompt', async () => {
    const out: string[] = [];
    const io: CliIo = { stdin: Readable.from(['']), out: (text) => out.push(text), err: (text) => out.push(text), style: PLAIN };
    await handleLine('/quote 1', service, io);
    await handleLine('متى صدر البيان؟', service, io);
    expect(out[0]).toContain('سيطرت الفصائل المسلحة السورية');
    expect(out[1]).toContain('مساء السبت');
  });

  it('/ask without a question at the prompt says what to do instead of reading stdin', async () => {
    const out: string[] = [];
    const io: CliIo = { stdin: Readable.from(['متى صدر البيان؟\n']), out: (text) => out.push(`out:${text}`), err: (text) => out.push(`err:${text}`), style: PLAIN };
    await handleLine('/ask', service, io);
    expect(out).toEqual(['err:Type the question after /ask, or just type the question.']);
  });

  it('numbers a wrapped passage once and indents its other lines; off a TTY the quote is one line, as in the file', () => {
    const reply = commands.get('ask')!.run({ library: service.library }, { question: 'من أعلن السيطرة على حمص؟', limit: 1 });
    const wrapped = renderTerminal(reply, { width: 50, color: false }).split('\n').filter((line) => /^\d+\./.test(line));
    expect(wrapped).toHaveLength(1);
    const plain = renderTerminal(reply).split('\n');
    expect(plain[1]).toBe(`1.  ${service.library.chunks.find((chunk) => chunk.text.startsWith('وأعلن قائد'))!.text}`);
  });

  it('npm start with an unreadable CORPUS_DIR: one line naming it, exit 1', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: projectRoot(),
      input: '',
      encoding: 'utf8',
      env: { ...process.env, CORPUS_DIR: '/nonexistent/corpus', DISCORD_TOKEN: '', INTERACTIONS_PORT: '', DISCORD_PUBLIC_KEY: '' },
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('configuration error: CORPUS_DIR: corpus: cannot read the folder /nonexistent/corpus: ENOENT');
  });

  it('npm start answers piped questions, one per line, then exits 0', () => {
    const run = spawnSync('npm', ['start', '--silent'], {
      cwd: projectRoot(),
      input: 'متى صدر البيان المشترك؟\nما عاصمة اليابان؟\n',
      encoding: 'utf8',
      env: { ...process.env, DISCORD_TOKEN: '', INTERACTIONS_PORT: '', DISCORD_PUBLIC_KEY: '' },
      timeout: 20_000,
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('مساء السبت');
    expect(run.stdout).toContain('لا يجيب المقال عن هذا السؤال.');
  });
});
