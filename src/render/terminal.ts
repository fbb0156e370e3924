import type { Passage } from '../answer/model.js';
import { hasArabic } from '../arabic/normalize.js';
import type { Statement } from '../attribution/model.js';
import type { Language, Reply } from '../reply.js';
import type { ReloadResult } from '../service.js';
import { citationText, paragraphCitationText } from './citation.js';

/**
 * Plain-text rendering for the terminal. Text stays in logical order, which
 * a bidi-aware terminal (GNOME Terminal, Konsole, mlterm, iTerm2 with bidi
 * on) lays out right to left. On a TTY, lines are wrapped at word
 * boundaries, because a terminal that wraps a long right-to-left line itself
 * shows its parts in the wrong order, and each Arabic line starts with a
 * right-to-left mark so that a line beginning with « or a digit still runs
 * right to left. Off a TTY the quote is printed exactly as in the file, one
 * line per quote, for grep and copy.
 */
export interface TerminalStyle {
  /** Wrap width in columns; Infinity prints each quote on one line. */
  width: number;
  /** ANSI bold for matched words and dim citations. */
  color: boolean;
}

export const PLAIN: TerminalStyle = { width: Infinity, color: false };

const RLM = '\u200F';
const BOLD = (s: string) => `\u001b[1m${s}\u001b[22m`;
const DIM = (s: string) => `\u001b[2m${s}\u001b[22m`;

const LABELS = {
  answer: { ar: 'من نص المقال:', en: 'From the article:' },
  closest: { ar: 'أقرب ما في المقال (ليس إجابة):', en: 'Closest passages (not an answer):' },
  noPassages: { ar: 'لا يوجد مقطع قريب.', en: 'No passage comes close.' },
  more: { ar: (n: number) => `(مقاطع أخرى: ${n}؛ --limit لعرضها)`, en: (n: number) => `(${n} more passages: --limit shows them)` },
  noStatements: { ar: 'لا توجد أقوال مطابقة.', en: 'No matching statements.' },
  didYouMean: { ar: 'هل تقصد:', en: 'Did you mean:' },
  inferred: { ar: 'مستنتج', en: 'inferred' },
};

/** Visible length: ANSI escape sequences take no columns. */
const visibleLength = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '').length;

/** Wraps text at spaces to at most `width` columns (a word longer than the width stands alone). */
export function wrap(text: string, width: number): string[] {
  if (!Number.isFinite(width) || visibleLength(text) <= width) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/(?<=\s)/u)) {
    if (line && visibleLength((line + word).trimEnd()) > width) {
      lines.push(line.trimEnd());
      line = word.trimStart();
    } else {
      line += word;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** The quote with its matched words in bold, when colour is on. */
function emphasize(quote: string, highlights: ReadonlyArray<readonly [number, number]>, color: boolean): string {
  if (!color || highlights.length === 0) return quote;
  let out = '';
  let at = 0;
  for (const [start, end] of [...highlights].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    out += quote.slice(at, start) + BOLD(quote.slice(start, end));
    at = end;
  }
  return out + quote.slice(at);
}

/**
 * Text under a first-line prefix (a number, or an indent), the following
 * lines indented to match. On a TTY it is wrapped and marked right to left;
 * off a TTY it is printed exactly as it is, line breaks included.
 */
function block(text: string, style: TerminalStyle, first = '  '): string[] {
  const indent = ' '.repeat(first.length);
  if (!Number.isFinite(style.width)) return [`${first}${text}`];
  const rtl = hasArabic(text);
  return text
    .split('\n')
    .flatMap((paragraph) => wrap(paragraph, style.width - indent.length))
    .map((line, i) => `${i === 0 ? first : indent}${rtl ? RLM : ''}${line}`);
}

function citation(text: string, style: TerminalStyle): string[] {
  return block(`— ${text}`, style, '    ').map((line) => (style.color ? DIM(line) : line));
}

function passageLines(passage: Passage, language: Language, style: TerminalStyle, index: number): string[] {
  const quote = emphasize(passage.quote, passage.highlights, style.color);
  return [...block(quote, style, `${index}. `.padEnd(4)), ...citation(citationText(passage, language), style)];
}

function statementLines(statement: Statement, language: Language, style: TerminalStyle, index: number): string[] {
  const who = [statement.speaker, statement.role ? `(${statement.role})` : null].filter(Boolean).join(' ');
  const how = [statement.cue, statement.outlet ? `· ${statement.outlet}` : null, statement.inferred ? `· ${LABELS.inferred[language]}` : null]
    .filter(Boolean)
    .join(' ');
  const header = block(`${who} — ${how}`, style, `${index}. `.padEnd(4));
  return [...header, ...block(statement.quote, style, '    '), ...citation(citationText(statement, language), style)];
}

/** Renders any reply as terminal text (no trailing newline). */
export function renderTerminal(reply: Reply, style: TerminalStyle = PLAIN): string {
  switch (reply.kind) {
    case 'answer': {
      const { answer } = reply;
      const language = answer.language;
      const lines: string[] = [];
      if (!answer.answered) lines.push(...block(answer.message ?? '', style, ''));
      // Who said it comes first: the speaker, then their words, then the sentences they stand in.
      (answer.statements ?? []).forEach((statement, i) => lines.push(...statementLines(statement, language, style, i + 1)));
      if (answer.statements?.length) lines.push('');
      if (answer.results.length) lines.push(answer.answered ? LABELS.answer[language] : LABELS.closest[language]);
      else if (!answer.answered && answer.total === 0 && answer.message) lines.push(LABELS.noPassages[language]);
      answer.results.forEach((passage, i) => lines.push(...passageLines(passage, language, style, answer.offset + i + 1)));
      const rest = answer.total - answer.offset - answer.results.length;
      if (answer.answered && rest > 0) lines.push(LABELS.more[language](rest));
      return lines.join('\n');
    }
    case 'paragraph':
      return [...block(reply.text, style), ...citation(paragraphCitationText(reply, reply.language), style)].join('\n');
    case 'articles':
      return reply.articles
        .map((article) => {
          const lines = [`${article.id}: ${article.title}`];
          const size = reply.language === 'ar' ? `${article.paragraphs} فقرة، ${article.sentences} جملة` : `${article.paragraphs} paragraphs, ${article.sentences} sentences`;
          lines.push(`  ${size}`);
          if (article.speakers.length) lines.push(`  ${reply.language === 'ar' ? 'المتحدثون' : 'Speakers'}: ${article.speakers.join('، ')}`);
          if (article.outlets.length) lines.push(`  ${reply.language === 'ar' ? 'الوسائل' : 'Outlets'}: ${article.outlets.join('، ')}`);
          return lines.flatMap((line) => block(line, style, '')).join('\n');
        })
        .join('\n\n');
    case 'statements': {
      if (reply.results.length === 0) {
        const lines = [LABELS.noStatements[reply.language]];
        if (reply.suggestions.length) lines.push(`${LABELS.didYouMean[reply.language]} ${reply.suggestions.join('، ')}`);
        return lines.join('\n');
      }
      return reply.results.map((statement, i) => statementLines(statement, reply.language, style, i + 1).join('\n')).join('\n');
    }
    case 'help':
      return [
        ...reply.commands.map(({ name, ar, en }) => `  ${name.padEnd(8)} ${reply.language === 'ar' ? ar : en}`),
        '',
        ...reply.examples.map((example) => `  ${example}`),
      ].join('\n');
    case 'reindex':
      return reindexText(reply.result);
    case 'error':
      return reply.message;
  }
}

/** One line on a reload, then one per file that could not be used. */
export function reindexText(result: ReloadResult): string {
  const head = result.ok
    ? `Reloaded: ${result.articles} article(s), ${result.chunks} sentences in ${Math.round(result.ms)} ms.`
    : `Reload refused (${result.error}); the previous index keeps serving: ${result.articles} article(s).`;
  return [head, ...result.problems.map((problem) => `skipped ${problem.file}: ${problem.reason}`)].join('\n');
}
