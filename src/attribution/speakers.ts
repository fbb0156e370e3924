import { normalizeArabic } from '../arabic/normalize.js';

/**
 * The speakers of one article, so that "رئيس الوزراء سليم الحداد", "الحداد"
 * and "رئيس الوزراء" are one speaker, and a group ("الجهتان") or a body
 * ("النقابة" for "نقابة الأطباء") is found again under a shorter name.
 */

export interface Speaker {
  /** The person's name, or the description when no name is given ("المجتمعون"). */
  name: string;
  role: string | null;
  /** Grammatical gender from the verb that introduced them or their title; null when unknown. */
  feminine: boolean | null;
  /** A person with a name (not a body, a group or a description), so a surname alone can refer to them. */
  person: boolean;
}

/** What a subject phrase says about its speaker. */
export interface SpeakerMention {
  /** A personal name ("سليم الحداد"), when the phrase has one. */
  name: string | null;
  role: string | null;
  /** The whole phrase without quotation marks or honorifics. */
  description: string;
  feminine: boolean | null;
}

/** Normalized words without the article, for comparing mentions. */
function key(text: string): string[] {
  return normalizeArabic(text)
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.replace(/^(ال|وال)(?=...)/, ''));
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((word, i) => word === b[i]);
const endsWith = (long: string[], short: string[]) => short.length > 0 && short.length < long.length && same(long.slice(-short.length), short);

export class SpeakerBook {
  readonly speakers: Speaker[] = [];

  /** The known speaker a mention refers to, newest first, or a new one. */
  resolve(mention: SpeakerMention): Speaker {
    const found = this.find(mention);
    if (found) {
      if (!found.role && mention.role) found.role = mention.role;
      if (found.feminine === null) found.feminine = mention.feminine;
      return found;
    }
    const speaker: Speaker = { name: mention.name ?? mention.description, role: mention.name ? mention.role : null, feminine: mention.feminine, person: mention.name !== null };
    this.speakers.push(speaker);
    return speaker;
  }

  /** The known speaker a mention refers to, without adding one. */
  known(mention: SpeakerMention): Speaker | undefined {
    return this.find(mention);
  }

  private find(mention: SpeakerMention): Speaker | undefined {
    const newestFirst = [...this.speakers].reverse();
    if (mention.name) {
      const name = key(mention.name);
      return newestFirst.find((speaker) => {
        const known = key(speaker.name);
        return same(known, name) || endsWith(known, name) || endsWith(name, known);
      });
    }
    const words = key(mention.description);
    return newestFirst.find((speaker) => {
      const known = key(speaker.name);
      const role = speaker.role ? key(speaker.role) : [];
      return (
        same(known, words) ||
        // A surname alone: الحداد for سليم الحداد.
        (words.length === 1 && speaker.person && known.at(-1) === words[0]) ||
        // A title alone, or the title's head: رئيس الوزراء, الوزيرة for وزيرة الصحة.
        (role.length > 0 && (same(role, words) || (words.length === 1 && role[0] === words[0]))) ||
        // A body by its head noun: النقابة for نقابة الأطباء.
        (speaker.role === null && words.length === 1 && known.length > 1 && known[0] === words[0])
      );
    });
  }

  /** The most recent speaker, preferring one of the given gender (a feminine verb looks for a feminine speaker). */
  latest(feminine: boolean | null, since = 0): Speaker | undefined {
    const candidates = this.history.slice(since).reverse();
    if (feminine !== null) {
      const agreeing = candidates.find((speaker) => speaker.feminine === feminine);
      if (agreeing) return agreeing;
    }
    return candidates[0];
  }

  /** Speakers in the order their statements or mentions occurred (with repeats), for inference. */
  readonly history: Speaker[] = [];

  /** Records that a speaker was just mentioned as the subject of a reporting verb. */
  mentioned(speaker: Speaker): void {
    this.history.push(speaker);
  }
}
