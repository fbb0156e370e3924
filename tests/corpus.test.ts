import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/corpus/article.js';
import { chunkArticles } from '../src/corpus/chunks.js';
import { loadCorpus } from '../src/corpus/load.js';
import { splitSentences } from '../src/corpus/sentences.js';
import { corpusDir } from '../src/paths.js';

const sentencesOf = (text: string) => splitSentences(text, { start: 0, end: text.length }).map((span) => text.slice(span.start, span.end));

describe('the bundled corpus', () => {
  const { articles, problems } = loadCorpus(corpusDir());
  const chunks = chunkArticles(articles);

  it('holds the shared article byte for byte', () => {
    expect(problems).toEqual([]);
    // The digest of ../shared/article.txt as supplied: checked on every clone, not only where ../shared exists.
    const digest = createHash('sha256').update(readFileSync(join(corpusDir(), articles[0]!.file))).digest('hex');
    expect(digest).toBe('3cc43af689777fe06fbb733e45c2d2ba141e8d0aedbd7202e61a919e064802e5');
  });

  it('every chunk slices back to its text, trimmed, within its paragraph', () => {
    expect(chunks.length).toBeGreaterThan(10);
    for (const chunk of chunks) {
      const article = articles.find((candidate) => candidate.id === chunk.articleId)!;
      expect(article.text.slice(chunk.start, chunk.end)).toBe(chunk.text);
      expect(chunk.text).toBe(chunk.text.trim());
      const paragraph = article.paragraphs[chunk.paragraph]!;
      expect(chunk.start).toBeGreaterThanOrEqual(paragraph.start);
      expect(chunk.end).toBeLessThanOrEqual(paragraph.end);
    }
  });

  it('numbers the headline 0 and splits it at its ".."', () => {
    const headline = chunks.filter((chunk) => chunk.paragraph === 0);
    expect(headline.map((chunk) => chunk.sentence)).toEqual([1, 2]);
    expect(headline[0]!.text.endsWith('منها..')).toBe(true);
    expect(articles[0]!.paragraphs).toHaveLength(12);
  });

  it('never splits inside a «…» quotation', () => {
    for (const chunk of chunks) {
      const opens = (chunk.text.match(/«/g) ?? []).length;
      const closes = (chunk.text.match(/»/g) ?? []).length;
      expect(opens).toBe(closes);
    }
  });
});

describe('splitSentences', () => {
  it('ends sentences at . ؟ ! followed by space, and at the paragraph end', () => {
    expect(sentencesOf('قال كذا. ثم ماذا؟ لا شيء! آخر')).toEqual(['قال كذا.', 'ثم ماذا؟', 'لا شيء!', 'آخر']);
  });

  it('keeps quoted sentences whole in «…», "…" and “…”', () => {
    expect(sentencesOf('قال: «هذا. وذاك» ثم مضى.')).toEqual(['قال: «هذا. وذاك» ثم مضى.']);
    expect(sentencesOf('قال "هذا. وذاك" ثم مضى. وبعد')).toEqual(['قال "هذا. وذاك" ثم مضى.', 'وبعد']);
    expect(sentencesOf('قال “هذا! وذاك” ثم مضى.')).toEqual(['قال “هذا! وذاك” ثم مضى.']);
  });

  it('ends a sentence after a closing quote that ends with a full stop', () => {
    expect(sentencesOf('قال: «انتهى.» وأضاف آخر.')).toEqual(['قال: «انتهى.»', 'وأضاف آخر.']);
  });

  it('does not split decimals, and survives an unbalanced quote', () => {
    expect(sentencesOf('النمو 2.5 بالمئة. ثم')).toEqual(['النمو 2.5 بالمئة.', 'ثم']);
    expect(sentencesOf('قال «هذا. ثم ذاك. انتهى')).toEqual(['قال «هذا.', 'ثم ذاك.', 'انتهى']);
  });
});

describe('parseArticle', () => {
  it('reads front matter, the headline and paragraphs with exact offsets', () => {
    const text = '\uFEFF---\ntitle: "عنوان قصير"\nsource: وكالة\nignored: x\n---\nالعنوان الكامل\r\n\r\nالفقرة الأولى. جملة ثانية.\r\n\r\n\r\nالفقرة الثانية\r\n';
    const article = parseArticle('a', 'a.md', text);
    expect(article.title).toBe('عنوان قصير');
    expect(article.meta).toEqual({ title: 'عنوان قصير', source: 'وكالة' });
    expect(article.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['العنوان الكامل', 'الفقرة الأولى. جملة ثانية.', 'الفقرة الثانية']);
    expect(article.paragraphs.map((p) => p.number)).toEqual([0, 1, 2]);
  });

  it('takes the first line alone as the headline even without a blank line after it', () => {
    const article = parseArticle('a', 'a.txt', 'عنوان\nفقرة أولى\nتكملة\n\nفقرة ثانية');
    expect(article.title).toBe('عنوان');
    expect(article.paragraphs).toHaveLength(3);
  });

  it('refuses an empty file, a headline alone, and unclosed front matter', () => {
    expect(() => parseArticle('a', 'a.txt', ' \n\n ')).toThrow(/empty/);
    expect(() => parseArticle('a', 'a.txt', 'عنوان فقط\n')).toThrow(/no paragraphs/);
    expect(() => parseArticle('a', 'a.txt', '---\ntitle: x\nعنوان\n\nفقرة')).toThrow(/never closed/);
  });
});

describe('loadCorpus', () => {
  it('reports unusable files by name and reason and still loads the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    writeFileSync(join(dir, 'good.txt'), 'عنوان\n\nفقرة.');
    writeFileSync(join(dir, 'empty.md'), '');
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x41, 0xe9, 0x0a, 0x0a, 0x42]));
    writeFileSync(join(dir, 'headline.txt'), 'عنوان فقط');
    writeFileSync(join(dir, 'notes.json'), '{}');
    const { articles, problems } = loadCorpus(dir);
    rmSync(dir, { recursive: true });
    expect(articles.map((article) => article.id)).toEqual(['good']);
    expect(problems).toEqual([
      { file: 'empty.md', reason: 'the file is empty' },
      { file: 'headline.txt', reason: 'it has a headline but no paragraphs' },
      { file: 'latin1.txt', reason: 'it is not valid UTF-8 text' },
    ]);
  });

  it('names the folder when it cannot be read', () => {
    expect(() => loadCorpus('/nonexistent/corpus')).toThrow(/cannot read the folder \/nonexistent\/corpus: ENOENT/);
  });
});
