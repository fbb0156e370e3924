import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { normalizeArabic } from '../../src/arabic/normalize.js';
import { extractStatements } from '../../src/attribution/extract.js';
import type { Statement } from '../../src/attribution/model.js';
import { parseArticle } from '../../src/corpus/article.js';
import { chunkArticles } from '../../src/corpus/chunks.js';

/** A hand-labelled statement (eval/attribution/README.md). */
export interface GoldStatement {
  speaker: string;
  aliases: string[];
  quote: string;
  kind: 'direct' | 'indirect';
  inferred: boolean;
  occurrence?: number;
}

export interface AttributionScores {
  predicted: number;
  gold: number;
  matched: number;
  errors: Array<{ file: string; type: 'missed' | 'spurious' | 'wrong speaker'; speaker: string; expected?: string; quote: string }>;
}

const words = (text: string) => normalizeArabic(text).replace(/[«»“”"]/g, '').split(/\s+/).filter(Boolean);
const articleless = (word: string) => word.replace(/^(ال|وال)(?=...)/, '');

/**
 * The speakers agree when, after normalization and ignoring the article, the
 * predicted name equals the gold speaker or an alias, or contains it whole
 * (a name given with its title).
 */
export function sameSpeaker(predicted: string, gold: GoldStatement): boolean {
  const p = words(predicted).map(articleless).join(' ');
  return [gold.speaker, ...gold.aliases].some((name) => {
    const g = words(name).map(articleless).join(' ');
    return p === g || (g.split(' ').length >= 2 && ` ${p} `.includes(` ${g} `));
  });
}

/** Quotes agree when their spans overlap by at least 80% of their union. */
export function sameQuote(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return overlap > 0 && overlap / union >= 0.8;
}

function goldSpans(text: string, labels: GoldStatement[]): Array<GoldStatement & { start: number; end: number }> {
  return labels.map((label) => {
    let start = -1;
    for (let n = 0; n < (label.occurrence ?? 1); n++) start = text.indexOf(label.quote, start + 1);
    if (start < 0) throw new Error(`label quote not found: ${label.quote.slice(0, 40)}`);
    return { ...label, start, end: start + label.quote.length };
  });
}

/** Scores extraction on every labelled article in a folder (X.txt beside X.labels.jsonl). */
export function scoreAttribution(dir: string): AttributionScores {
  const scores: AttributionScores = { predicted: 0, gold: 0, matched: 0, errors: [] };
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    const article = parseArticle(basename(file, '.txt'), file, text);
    const predicted: Statement[] = extractStatements(article, chunkArticles([article]));
    const labels = readFileSync(join(dir, file.replace(/\.txt$/, '.labels.jsonl')), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as GoldStatement);
    const gold = goldSpans(text, labels);
    scores.predicted += predicted.length;
    scores.gold += gold.length;
    const used = new Set<number>();
    for (const statement of predicted) {
      const index = gold.findIndex((label, i) => !used.has(i) && sameQuote(statement, label));
      const label = gold[index];
      if (label && sameSpeaker(statement.speaker, label)) {
        used.add(index);
        scores.matched++;
      } else if (label) {
        used.add(index);
        scores.errors.push({ file, type: 'wrong speaker', speaker: statement.speaker, expected: label.speaker, quote: statement.quote });
      } else {
        scores.errors.push({ file, type: 'spurious', speaker: statement.speaker, quote: statement.quote });
      }
    }
    gold.forEach((label, i) => {
      if (!used.has(i)) scores.errors.push({ file, type: 'missed', speaker: label.speaker, quote: label.quote });
    });
  }
  return scores;
}
