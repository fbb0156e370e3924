import type { Token } from '../arabic/analyze.js';
import { isOrdinaryWord } from '../arabic/lexicon.js';
import { BODY_WORDS, FIRST_NAMES, HONORIFICS } from './lexicon.js';
import type { SpeakerMention } from './speakers.js';

/** Kunya openers: أم خالد، أبو محمد. */
const KUNYA = new Set(['ام', 'ابو']);

/** Words that continue a name but never start one (رامي بن سالم). */
const NAME_JOINERS = new Set(['بن', 'ابن']);

/**
 * Splits the subject phrase of a reporting verb into a personal name and a
 * role: "وزيرة الصحة الدكتورة نادية فرحات" → name "نادية فرحات", role "وزيرة
 * الصحة". A name starts at a known first name (or kunya: أم، أبو) or right
 * after an honorific, outside quotation marks; a phrase with no name is a
 * description ("المجتمعون", "مصدر مطلع على المشاورات") and names the speaker
 * itself.
 *
 * @param tokens the subject's tokens
 * @param text raw text of tokens from..to (inclusive), quotation marks removed
 * @param feminine gender from the verb, when it shows one
 * @param quoted whether token k stands inside quotation marks (a quoted name is a body's, not a person's)
 */
export function describeSubject(
  tokens: readonly Token[],
  text: (from: number, to: number) => string,
  feminine: boolean | null,
  quoted: (k: number) => boolean = () => false,
): SpeakerMention {
  const last = tokens.length - 1;
  const honorific = (k: number) => HONORIFICS.has(tokens[k]!.norm);
  let nameStart = -1;
  for (let k = 0; k <= last && nameStart < 0; k++) {
    if (quoted(k) || honorific(k) || NAME_JOINERS.has(tokens[k]!.norm) || BODY_WORDS.has(tokens[k]!.norm)) continue;
    // A kunya (أم خالد، أبو محمد) opens a name although أم is also a particle.
    const kunya = KUNYA.has(tokens[k]!.norm) && k < last && !tokens[k + 1]!.stop;
    // Normalization makes على (on) look like علي (Ali): a function word only counts as written with ي.
    if (tokens[k]!.stop && !kunya && text(k, k) !== 'علي') continue;
    if (FIRST_NAMES.has(tokens[k]!.norm) || (k > 0 && honorific(k - 1))) nameStart = k;
  }
  // سماح يونس: an unknown first name before a surname that is also a first name.
  if (nameStart > 0 && nameStart === last && plainWord(tokens, nameStart - 1, quoted) && (nameStart === 1 || /^(ال|وال)/.test(tokens[nameStart - 2]!.norm))) nameStart--;
  if (nameStart < 0) nameStart = trailingName(tokens, quoted);
  if (nameStart < 0) nameStart = nisbaName(tokens, quoted);
  let roleEnd = nameStart < 0 ? last : nameStart - 1;
  while (roleEnd >= 0 && honorific(roleEnd)) roleEnd--;
  let roleStart = 0;
  while (roleStart <= roleEnd && honorific(roleStart)) roleStart++;
  const role = roleEnd >= roleStart ? text(roleStart, roleEnd) : null;
  const roleHead = tokens[roleStart]?.norm ?? '';
  const gender = feminine ?? (role && roleHead.endsWith('ه') ? true : null);
  if (nameStart < 0) return { name: null, role: null, description: role ?? text(0, last), feminine: gender };
  return { name: text(nameStart, last), role: nameStart > roleStart ? role : null, description: text(roleStart, last), feminine: gender };
}

/** A word that could be part of a name: no article, not a function, body or honorific word, not quoted. */
function plainWord(tokens: readonly Token[], k: number, quoted: (k: number) => boolean): boolean {
  const token = tokens[k]!;
  return !quoted(k) && !token.stop && !/^(ال|وال)/.test(token.norm) && !BODY_WORDS.has(token.norm) && !HONORIFICS.has(token.norm);
}

/**
 * A two-word name ending in a nisba surname with the article (بدر الكعبي،
 * تيسير المالكي) after a role that ends in a bare name, which the article
 * does not close (وزير خارجية ميراس بدر الكعبي): the first name is no
 * function, body or ordinary word (not مستشفى الرازي), nor is the word
 * before it (not مهرجان قرطاج الدولي). Index of its first word, or -1.
 */
function nisbaName(tokens: readonly Token[], quoted: (k: number) => boolean): number {
  const last = tokens.length - 1;
  const first = last - 1;
  if (first < 1 || !/^(ال|وال).{2,}ي$/.test(tokens[last]!.norm) || quoted(last)) return -1;
  // The role ends in a bare name too (أرجان), not an ordinary word (مهرجان قرطاج الدولي، نادي برشلونة الإسباني).
  const bareName = (k: number) => plainWord(tokens, k, quoted) && !isOrdinaryWord(tokens[k]!.stem);
  return bareName(first) && bareName(first - 1) ? first : -1;
}

/**
 * A name the first-name list does not know (يوهانس كرايبر، مزنة الكعبي): two
 * or three words at the end of the phrase, none a function word, body word
 * or quoted, none but the last with the article, after a word that has the
 * article (the end of the role: … الشرق الأوسط يوهانس كرايبر). Index of its
 * first word, or -1.
 */
function trailingName(tokens: readonly Token[], quoted: (k: number) => boolean): number {
  const last = tokens.length - 1;
  let start = last + 1;
  for (let k = last; k >= 0 && last - k < 3; k--) {
    const token = tokens[k]!;
    const article = /^(ال|وال)/.test(token.norm);
    const bare = token.norm.replace(/^و(?=...)/, '');
    // لشؤون اللاجئين، بنبرة هادئة: a word behind a preposition is not part of a name.
    const behindPreposition = /^[لب]/.test(token.norm) && !FIRST_NAMES.has(token.norm);
    if (quoted(k) || token.stop || behindPreposition || BODY_WORDS.has(bare) || HONORIFICS.has(token.norm) || (article && k !== last)) break;
    start = k;
  }
  const size = last - start + 1;
  const before = tokens[start - 1];
  const roleEnds = before !== undefined && (/^(ال|وال|لل)/.test(before.norm) || quoted(start - 1) || HONORIFICS.has(before.norm));
  return size >= 2 && roleEnds && !/^(ال|وال)/.test(tokens[start]!.norm) ? start : -1;
}
