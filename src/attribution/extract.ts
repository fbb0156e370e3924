import type { Token } from '../arabic/analyze.js';
import type { Article } from '../corpus/article.js';
import type { Chunk } from '../corpus/chunks.js';
import { AGENTLESS, FIRST_NAMES, REPORTING_VERBS, SELF_REFERENCES, SPEECH_PARTICLES } from './lexicon.js';
import type { Statement } from './model.js';
import { COMMA, phrase, SentenceReader, type Content } from './sentence-reader.js';
import { SpeakerBook, type Speaker } from './speakers.js';
import { describeSubject } from './subject.js';
import { isSetting, mentionOf, readAfterVerb, subjectBefore } from './verb-context.js';

/**
 * Rule-based attribution: finds every reported statement of an article,
 * sentence by sentence, with its speaker, role, cue, outlet, kind and exact
 * offsets. The rules follow how Arabic news reports speech:
 *
 *   cue (قال، أكدت، مضيفًا، بحسب، وجاء في) → subject (مدير المرصد … رامي عبد الرحمن)
 *   → outlet (لوكالة «فرانس برس») and setting (في مؤتمر صحفي)
 *   → content: a particle (إن، أن، بأن، إنها …) or على/إلى or a colon,
 *     then «quoted words» (direct) or a clause (indirect).
 *
 * A cue with no subject continues the sentence's speaker (مضيفًا، واتفقوا),
 * or, in a new sentence, the most recent speaker of the same gender (inferred).
 */

const UNKNOWN = 'unknown';
const PASSIVE_DAMMA = /^[وف]?.\u064F/;

/**
 * A person named in a sentence that reported nothing: "استقبل المطرب نزار
 * العطّار موقع «المنصة» …. وقال لـ«المنصة» …" — the next subject-less cue in
 * the same paragraph refers to them.
 */
interface Mention {
  speaker: Speaker;
  paragraph: number;
}

/**
 * Extracts the statements of one article, in order.
 *
 * @param chunks the article's sentence chunks (others are skipped)
 * @param tokensOf the analysis of a chunk when the caller already has it (the index does); else it is analyzed here
 */
export function extractStatements(article: Article, chunks: readonly Chunk[], tokensOf?: (chunk: Chunk) => Token[]): Statement[] {
  const book = new SpeakerBook();
  const statements: Statement[] = [];
  let mention: Mention | null = null;
  for (const chunk of chunks) {
    if (chunk.articleId !== article.id || chunk.paragraph === 0) continue;
    const reader = new SentenceReader(article.text, chunk, tokensOf?.(chunk));
    const found = readSentence(reader, article, book, mention?.paragraph === chunk.paragraph ? mention.speaker : null);
    statements.push(...found);
    if (found.length) mention = null;
    else {
      const named = nameBefore(reader, book, reader.tokens.length, null);
      if (named) mention = { speaker: named, paragraph: chunk.paragraph };
    }
  }
  return statements;
}

/**
 * The person named nearest before token `limit` in the sentence: a known
 * first name with the words of their name after it, or a speaker already
 * known by surname (العمري). Gender must agree when the verb shows one.
 */
function nameBefore(reader: SentenceReader, book: SpeakerBook, limit: number, feminine: boolean | null, from = 0): Speaker | null {
  for (let k = limit - 1; k >= from; k--) {
    const token = reader.tokens[k]!;
    if (reader.quoteAround(token.start) || token.stop) continue;
    let found: Speaker | undefined;
    if (FIRST_NAMES.has(token.norm)) {
      let end = k;
      // First name, then at most two more words; a family name with the article (القيسي) ends it.
      while (
        end + 1 < limit &&
        end - k < 2 &&
        !/^(ال|وال)/.test(reader.norm(end)) &&
        !reader.tokens[end + 1]!.stop &&
        !COMMA.test(reader.gapBefore(end + 1)) &&
        !reader.cueAt(end + 1) &&
        !/[(«"“]/.test(reader.gapBefore(end + 1))
      ) {
        end++;
      }
      const name = phrase(reader, k, end);
      found = book.resolve({ name, role: null, description: name, feminine: null });
    } else {
      const word = phrase(reader, k, k);
      found = book.known({ name: null, role: null, description: word, feminine: null });
    }
    if (found && (feminine === null || found.feminine === null || found.feminine === feminine)) return found;
  }
  return null;
}

function readSentence(reader: SentenceReader, article: Article, book: SpeakerBook, mentioned: Speaker | null): Statement[] {
  const out: Statement[] = [];
  let sentenceSpeaker: Speaker | null = null;
  let sentenceInferred = false;
  let lastStatementEnd = reader.chunk.start;

  const emit = (speaker: Speaker | null, cue: string, outlet: string | null, content: Content, inferred: boolean) => {
    if (content.end <= content.start || content.start < lastStatementEnd) return;
    lastStatementEnd = content.end;
    out.push({
      speaker: speaker?.name ?? UNKNOWN,
      role: speaker?.role ?? null,
      cue,
      outlet,
      kind: content.kind,
      inferred: speaker ? inferred : false,
      quote: reader.text.slice(content.start, content.end),
      article: { id: article.id, title: article.title },
      paragraph: reader.chunk.paragraph,
      sentence: reader.chunk.sentence,
      start: content.start,
      end: content.end,
    });
  };

  /**
   * The speaker of a cue with no subject of its own: the sentence's speaker;
   * else a person named earlier in the sentence (طلبت النائبة هالة القيسي
   * الكلمة، وقالت …); else the person just named in a sentence that reported
   * nothing; else the most recent speaker of the same gender (inferred).
   */
  const carried = (at: number, feminine: boolean | null): [Speaker | null, boolean] => {
    if (sentenceSpeaker) return [sentenceSpeaker, sentenceInferred];
    const named = nameBefore(reader, book, at, feminine, statementsEndToken());
    const [speaker, inferred]: [Speaker | null, boolean] = named
      ? [named, false]
      : mentioned && (feminine === null || mentioned.feminine === null || mentioned.feminine === feminine)
        ? [mentioned, true]
        : [book.latest(feminine) ?? null, true];
    // Whoever is found becomes the sentence's speaker, and the most recent one for the sentences after.
    if (speaker) {
      book.mentioned(speaker);
      sentenceSpeaker = speaker;
      sentenceInferred = inferred;
    }
    return [speaker, inferred];
  };
  /** Index of the first token after the last statement's words. */
  const statementsEndToken = () => {
    const index = reader.tokens.findIndex((token) => token.start >= lastStatementEnd);
    return index < 0 ? reader.tokens.length : index;
  };

  for (let i = 0; i < reader.tokens.length; i++) {
    const cue = reader.cueAt(i);
    if (!cue) continue;
    // A reporting word inside words already reported (إذا أُقرّ …) is part of them, not a new cue.
    if (reader.tokens[i]!.start < lastStatementEnd) continue;
    const cueText = reader.raw(i);

    if (cue.kind === 'participle') {
      const [speaker, inferred] = carried(i, cue.feminine);
      let content: Content | null = null;
      for (let j = i + 1; j < reader.tokens.length && j <= i + 8 && !content; j++) {
        if (reader.cueAt(j)) break;
        content = reader.contentAt(j);
      }
      if (content) emit(speaker, cueText, null, content, inferred);
      continue;
    }

    if (cue.kind === 'document-frame') {
      // وجاء في البيان أن …: the document speaks.
      let j = i + 2;
      const first = j;
      while (j < reader.tokens.length && !reader.contentAt(j)) j++;
      const content = reader.contentAt(j);
      if (content && j > first) {
        const speaker = book.resolve(describeSubject(reader.tokens.slice(first, j), (a, b) => phrase(reader, first + a, first + b), null));
        book.mentioned(speaker);
        emit(speaker, phrase(reader, i, i + 1), null, content, false);
      }
      continue;
    }

    if (cue.kind === 'source-frame') {
      const source = readSourceFrame(reader, i, book, emit, (feminine) => carried(i, feminine));
      if (source) {
        sentenceSpeaker = source;
        sentenceInferred = false;
      }
      continue;
    }

    // A reporting verb.
    const verbNorm = reader.norm(i);
    if (/^و?يذكر$/.test(verbNorm) && SPEECH_PARTICLES.has(reader.norm(i + 1))) continue; // ويُذكر أن: background, not a statement
    const naql = /^[وف]?(نقل|ينقل|تنقل)/.test(verbNorm);
    const reading = readAfterVerb(reader, i, naql);
    const agentless =
      PASSIVE_DAMMA.test(cueText) ||
      AGENTLESS.has(verbNorm.replace(/^[وف](?=...)/, '')) ||
      (reading.subject.length === 0 && /^[وف]?نقل$/.test(verbNorm) && SPEECH_PARTICLES.has(reader.norm(i + 1)));
    let speaker: Speaker | null = null;
    let inferred = false;
    const adopt = (found: Speaker) => {
      book.mentioned(found);
      speaker = sentenceSpeaker = found;
      inferred = sentenceInferred = false;
    };
    const after = reading.subject.length ? mentionOf(reader, reading.subject, cue.feminine, reading.apposition) : null;
    const beforeTokens = subjectBefore(reader, i);
    const before = beforeTokens ? mentionOf(reader, beforeTokens, cue.feminine, null) : null;
    const unnamed = after !== null && !after.name && !book.known(after);
    // ووصفت الانهيار بأنه …: after a coordinated verb, a phrase that names nobody is its object, not a new speaker.
    const coordinatedObject = unnamed && sentenceSpeaker !== null && /^[وف]/.test(verbNorm) && cue.feminine !== !sentenceSpeaker.feminine;
    // ودعا المانحين إلى …: a plural in -ين after the verb is accusative, an object (a subject would be -ون).
    const accusative = unnamed && /ين$/.test(reader.norm(reading.subject[0]!)) && !FIRST_NAMES.has(reader.norm(reading.subject[0]!));
    // لكن مدير المعبر سامي الزعبي نفى وجود أي قيود …: a named subject before the verb beats an unnamed phrase after it.
    const namedBefore = before !== null && before.name !== null && (after === null || unnamed);
    if (agentless && !after) {
      speaker = null;
    } else if (namedBefore) {
      adopt(book.resolve(before));
    } else if (after && !coordinatedObject && !accusative) {
      adopt(book.resolve(after));
    } else if (before && (book.known(before) || !nameBefore(reader, book, i, cue.feminine, statementsEndToken()))) {
      adopt(book.resolve(before));
    } else {
      // وعاد العمري إلى الميكروفون ليقول …: the person named before the verb, not the whole clause.
      [speaker, inferred] = carried(i, cue.feminine);
    }
    const outlet = reading.outlet ? phrase(reader, reading.outlet[0], reading.outlet[1]) : null;
    const content = reading.content ?? quoteBeforeCue(reader, i);
    if (content) emit(speaker, cueText, outlet, content, inferred);
  }
  return out;
}


/** «…»، قالت فرحات: a quotation that opens the sentence and ends just before its cue. */
function quoteBeforeCue(reader: SentenceReader, cue: number): Content | null {
  const pair = reader.quotes.find(([open]) => open === reader.chunk.start);
  if (!pair) return null;
  const between = reader.text.slice(pair[1] + 1, reader.tokens[cue]!.start);
  return /^[\s،,]*$/.test(between) ? reader.direct(pair) : null;
}

type Emit = (speaker: Speaker | null, cue: string, outlet: string | null, content: Content, inferred: boolean) => void;

/**
 * بحسب ما ذكرت وكالة «رويترز»، وفق ما أعلنت X، وبحسب بيان صادر عن X: the
 * source is the phrase after the frame; the content is the clause on the
 * other side of the comma.
 */
function readSourceFrame(reader: SentenceReader, i: number, book: SpeakerBook, emit: Emit, carried: (feminine: boolean | null) => [Speaker | null, boolean]): Speaker | null {
  let j = reader.norm(i) === 'علي' ? i + 2 : i + 1; // على حد تعبيره
  if (reader.norm(j) === 'ما' && REPORTING_VERBS.has(reader.norm(j + 1))) j += 2;
  const cueEnd = reader.norm(i) === 'علي' ? i + 2 : j - 1;
  const first = j;
  while (j < reader.tokens.length && !COMMA.test(reader.gapBefore(j)) && !isSetting(reader, j) && !reader.cueAt(j)) j++;
  if (j === first) return null;
  let from = first;
  // بيان صادر عن لجنة …: the issuer speaks, not the document.
  for (let k = first; k < j - 1; k++) if (reader.norm(k) === 'عن') from = k + 1;
  const cue = phrase(reader, i, cueEnd).replace(/[،,]$/, '');
  const frameFirst = reader.tokens.slice(0, i).every((token) => token.stop || /^و/.test(token.norm)) && i <= 1;
  let content: Content | null = null;
  if (frameFirst && j < reader.tokens.length) {
    // وبحسب X، فإن …: the clause after the comma.
    const start = SPEECH_PARTICLES.has(reader.norm(j)) ? j + 1 : j;
    if (start < reader.tokens.length) content = { start: reader.tokens[start]!.start, end: reader.clauseEnd(start), kind: 'indirect' };
  } else if (COMMA.test(reader.gapBefore(i)) && i > 0) {
    // … في وسط سوريا، بحسب ما ذكرت وكالة «رويترز».
    content = { start: reader.tokens[0]!.start, end: reader.trimEnd(reader.gapStart(i) + reader.gapBefore(i).search(COMMA)), kind: 'indirect' };
  }
  if (!content) return null;
  // حسب قوله، على حد تعبيرها: the source is the speaker already in play.
  if (j - from === 1 && SELF_REFERENCES.has(reader.norm(from))) {
    const [speaker, inferred] = carried(/ها$/.test(reader.norm(from)) ? true : null);
    emit(speaker, cue, null, content, inferred || speaker !== null);
    return speaker;
  }
  const source = describeSubject(reader.tokens.slice(from, j), (a, b) => phrase(reader, from + a, from + b), null);
  const speaker = book.resolve(source);
  book.mentioned(speaker);
  emit(speaker, cue, null, content, false);
  return speaker;
}
