/**
 * Reply models → Discord messages, as pure functions returning raw API JSON
 * (see message.ts), so the gateway bot and the HTTP interactions endpoint
 * send exactly the same thing.
 *
 * Rules every message follows: article and user text escaped and mentions
 * neutralised (markdown.ts), `allowed_mentions: { parse: [] }`, and all of
 * Discord's size limits (limits.ts). Text is budgeted up front — the 6000
 * characters of a message's embeds are shared among its quotes, a short
 * quote leaving its share to the long ones — and a quote that still does
 * not fit is cut at a word boundary with "…" (the "Full paragraph" button
 * shows the whole text). `fitMessage` then clamps whatever slipped through,
 * so a reply kind this file does not know yet is still sent, as text.
 */
import type { Answer } from '../answer/model.js';
import type { Statement } from '../attribution/model.js';
import { citationText, paragraphCitationText } from '../render/citation.js';
import { reindexText, renderTerminal } from '../render/terminal.js';
import type { ArticlesReply, HelpReply, Language, ParagraphReply, Reply, StatementsReply } from '../reply.js';
import { answerButtons, PASSAGES_PER_PAGE, questionLine } from './buttons.js';
import { LABELS } from './labels.js';
import { embedLength, fitMessage, LIMITS, truncateAtWord } from './limits.js';
import { escapeText, plainLine, renderBold, renderBoldWithin } from './markdown.js';
import type { Embed, EmbedField, MessagePayload } from './message.js';

const COLORS = { answer: 0x2e7d32, abstain: 0xb26a00, closest: 0x8a8a8a, statement: 0x1565c0, info: 0x455a64, error: 0xc62828 } as const;

/** Statements shown with an answer, before its passages. */
const ANSWER_STATEMENTS = 3;
/** Keeps budgets a little below the limit, for the separators added around text. */
const SLACK = 16;

/** The language a reply is labelled in (a kind added later is expected to carry `language` too). */
export function replyLanguage(reply: Reply): Language {
  if (reply.kind === 'answer') return reply.answer.language;
  const language = (reply as { language?: unknown }).language;
  return language === 'ar' ? 'ar' : 'en';
}

/** A message from embeds and buttons, always with mentions disabled and within the limits. */
function message(embeds: Embed[], components: MessagePayload['components'] = []): MessagePayload {
  return fitMessage({ embeds, components, allowed_mentions: { parse: [] } });
}

/** A one-line notice (cooldown, failure): plain content, escaped. */
export function renderNotice(text: string): MessagePayload {
  return fitMessage({ content: escapeText(text), embeds: [], components: [], allowed_mentions: { parse: [] } });
}

/** Renders any reply as a Discord message. */
export function renderReply(reply: Reply): MessagePayload {
  switch (reply.kind) {
    case 'answer':
      return renderAnswer(reply.answer);
    case 'paragraph':
      return renderParagraph(reply);
    case 'articles':
      return renderArticles(reply);
    case 'statements':
      return renderStatements(reply);
    case 'help':
      return renderHelp(reply);
    case 'reindex':
      return message([{ title: LABELS.reindexTitle[reply.language], description: escapeText(reindexText(reply.result)), color: reply.result.ok ? COLORS.info : COLORS.error }]);
    case 'error':
      return message([{ title: LABELS.errorTitle[reply.language], description: escapeText(reply.message), color: COLORS.error }]);
    default:
      return renderGeneric(reply);
  }
}

/** A reply kind added after this file was written: the terminal's text for it (or its JSON), escaped. */
function renderGeneric(reply: Reply): MessagePayload {
  let text: unknown = renderTerminal(reply);
  if (typeof text !== 'string' || !text.trim()) text = JSON.stringify(reply, null, 2);
  return message([{ description: renderBoldWithin(String(text), [], LIMITS.description - SLACK).text, color: COLORS.info }]);
}

/** One quote's place in a message: its fixed parts, and the text that shares the budget. */
interface QuoteSlot {
  embed: Embed;
  text: string;
  highlights: ReadonlyArray<readonly [number, number]>;
  /** Largest description this slot may have. */
  cap: number;
  /** Added under the quote when it had to be shortened. */
  note?: string;
}

/**
 * Fills each slot's description with its quote (matched words in bold),
 * sharing what `fixed` embeds leave of the 6000 total: slots whose quote is
 * short take what they need and the rest is split among the long ones.
 */
function fillQuotes(fixed: Embed[], slots: QuoteSlot[]): void {
  const used = [...fixed, ...slots.map((slot) => slot.embed)].reduce((sum, embed) => sum + embedLength(embed), 0);
  let available = LIMITS.embedTotal - used - SLACK * slots.length;
  const needs = slots.map((slot) => renderBold(slot.text, slot.highlights).length);
  const order = slots.map((_, i) => i).sort((a, b) => needs[a]! - needs[b]!);
  order.forEach((index, position) => {
    const slot = slots[index]!;
    const share = Math.max(0, Math.min(slot.cap, Math.floor(available / (order.length - position))));
    let description: string;
    if (needs[index]! <= share) {
      description = renderBold(slot.text, slot.highlights);
    } else {
      const note = slot.note ? `\n_${escapeText(slot.note)}_` : '';
      const cut = renderBoldWithin(slot.text, slot.highlights, Math.max(1, share - note.length));
      description = cut.text + note;
    }
    slot.embed.description = description;
    available -= description.length;
  });
}

function renderAnswer(answer: Answer): MessagePayload {
  const language = answer.language;
  const passages = answer.results.slice(0, PASSAGES_PER_PAGE);
  const statements = (answer.statements ?? []).slice(0, ANSWER_STATEMENTS);

  const lines = [questionLine(answer.question)];
  if (!answer.answered) {
    if (answer.message) lines.push('', escapeText(answer.message));
    lines.push('', passages.length ? LABELS.closestHeading[language] : LABELS.noPassages[language]);
  }
  const header: Embed = {
    title: answer.answered ? LABELS.answerTitle[language] : LABELS.abstainTitle[language],
    description: truncateAtWord(lines.join('\n'), LIMITS.description),
    color: answer.answered ? COLORS.answer : COLORS.abstain,
  };
  if (passages.length) {
    header.footer = { text: LABELS.shown[language](answer.offset + 1, answer.offset + passages.length, answer.total) };
  }

  const slots: QuoteSlot[] = [
    ...statements.map((statement) => statementSlot(statement, language)),
    ...passages.map((passage, i): QuoteSlot => ({
      embed: {
        author: { name: answer.answered ? LABELS.passage[language](answer.offset + i + 1, answer.total) : LABELS.closestPassage[language](answer.offset + i + 1) },
        footer: { text: plainLine(citationText(passage, language)) },
        color: answer.answered ? COLORS.answer : COLORS.closest,
      },
      text: passage.quote,
      highlights: passage.highlights,
      cap: LIMITS.description - SLACK,
      note: LABELS.truncated[language],
    })),
  ];
  fillQuotes([header], slots);
  return message([header, ...slots.map((slot) => slot.embed)], answerButtons(answer, passages.length, language));
}

/** A statement: who said it (speaker, role, reporting word, outlet) above the words, the citation under them. */
function statementSlot(statement: Statement, language: Language): QuoteSlot {
  const who = [statement.speaker, statement.role ? `(${statement.role})` : null].filter(Boolean).join(' ');
  const how = [statement.cue, statement.outlet, statement.inferred ? LABELS.inferred[language] : null].filter(Boolean).join(' · ');
  return {
    embed: {
      author: { name: truncateAtWord(plainLine(`${who} — ${how}`), LIMITS.author) },
      footer: { text: plainLine(citationText(statement, language)) },
      color: COLORS.statement,
    },
    text: statement.quote,
    highlights: [],
    cap: LIMITS.description - SLACK,
  };
}

function renderParagraph(reply: ParagraphReply): MessagePayload {
  const language = reply.language;
  const embed: Embed = {
    author: { name: reply.paragraph === 0 ? LABELS.headline[language] : LABELS.paragraphOf[language](reply.paragraph, reply.paragraphCount) },
    title: renderBoldWithin(reply.article.title, [], LIMITS.title).text,
    footer: { text: plainLine(paragraphCitationText(reply, language)) },
    color: COLORS.info,
  };
  fillQuotes([], [{ embed, text: reply.text, highlights: [], cap: LIMITS.description - SLACK }]);
  return message([embed]);
}

function renderStatements(reply: StatementsReply): MessagePayload {
  const language = reply.language;
  const query = truncateAtWord(reply.query, 120);
  const header: Embed = {
    title: renderBoldWithin(reply.mode === 'who' ? LABELS.whoTitle[language](query) : LABELS.quotesTitle[language](query), [], LIMITS.title).text,
    color: COLORS.statement,
  };
  const shown = reply.results.slice(0, LIMITS.embeds - 1);
  if (reply.results.length === 0) {
    const lines = [LABELS.noStatements[language]];
    if (reply.suggestions.length) lines.push(`${LABELS.didYouMean[language]} ${escapeText(reply.suggestions.join(language === 'ar' ? '، ' : ', '))}`);
    header.description = truncateAtWord(lines.join('\n'), LIMITS.description);
  } else if (reply.results.length > shown.length) {
    header.footer = { text: LABELS.moreStatements[language](reply.results.length - shown.length) };
  }
  const slots = shown.map((statement) => statementSlot(statement, language));
  fillQuotes([header], slots);
  return message([header, ...slots.map((slot) => slot.embed)]);
}

function renderArticles(reply: ArticlesReply): MessagePayload {
  const language = reply.language;
  const separator = language === 'ar' ? '، ' : ', ';
  const shown = reply.articles.length > LIMITS.embeds ? reply.articles.slice(0, LIMITS.embeds - 1) : reply.articles;
  // Two lists per article share what the titles and counts leave of the total.
  const listBudget = Math.min(LIMITS.fieldValue, Math.floor((LIMITS.embedTotal - 600 * shown.length - 200) / Math.max(1, 2 * shown.length)));
  const list = (names: string[]) => (names.length ? renderBoldWithin(names.join(separator), [], Math.max(40, listBudget)).text : LABELS.none[language]);
  const embeds = shown.map((article): Embed => {
    const fields: EmbedField[] = [
      { name: LABELS.paragraphs[language], value: String(article.paragraphs), inline: true },
      { name: LABELS.sentences[language], value: String(article.sentences), inline: true },
      { name: LABELS.speakers[language], value: list(article.speakers) },
      { name: LABELS.outlets[language], value: list(article.outlets) },
    ];
    const embed: Embed = {
      title: renderBoldWithin(article.title, [], LIMITS.title).text,
      fields,
      footer: { text: truncateAtWord(plainLine([article.id, article.source, article.published].filter(Boolean).join(' · ')), LIMITS.footer) },
      color: COLORS.info,
    };
    if (article.url && /^https?:\/\/\S+$/.test(article.url) && article.url.length <= 2048) embed.url = article.url;
    return embed;
  });
  if (shown.length < reply.articles.length) {
    embeds.push({ description: LABELS.moreArticles[language](reply.articles.length - shown.length), color: COLORS.info });
  }
  return message(embeds);
}

function renderHelp(reply: HelpReply): MessagePayload {
  const language = reply.language;
  const fields: EmbedField[] = reply.commands.slice(0, LIMITS.fields - 1).map((command) => ({
    name: truncateAtWord(`/${command.name}`, LIMITS.fieldName),
    value: renderBoldWithin(language === 'ar' ? command.ar : command.en, [], LIMITS.fieldValue).text,
  }));
  if (reply.examples.length) {
    fields.push({ name: LABELS.examples[language], value: renderBoldWithin(reply.examples.join('\n'), [], LIMITS.fieldValue).text });
  }
  return message([{ title: LABELS.helpTitle[language], description: escapeText(LABELS.helpScope[language]), fields, color: COLORS.info }]);
}

