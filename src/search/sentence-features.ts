import type { Token } from '../arabic/analyze.js';

/**
 * What kind of answer a sentence can give by its form, computed once at
 * index time: a time (for متى) or a quantity (for كم).
 */
export interface SentenceFeatures {
  /** A person's name (a known first name), which answers من/مين. */
  person: boolean;
  /** A proper name of anything: a person's, or a quoted name (خطة «الجسر الوطني»). */
  name: boolean;
  /** A cause or purpose: لأن، بسبب، نتيجة، بهدف، كي، or ل + a verbal noun (لكبح، لتمويل). */
  reason: boolean;
  /** A day, month, time of day, year, or a temporal conjunction (بعد، منذ، خلال). */
  time: boolean;
  /** A number, a number word (مئات، ثلاثة), or an enumeration of three or more coordinated words. */
  quantity: boolean;
}

const TIME_WORDS = new Set(
  'السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه مساء صباح ليل ليلا فجر ظهر عصر امس غدا اليوم يوم ايام ساعه ساعات اسبوع شهر عام سنه منذ حين عندما بعد قبل اثناء خلال يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر'.split(' '),
);
const NUMBER_WORDS = new Set(
  'ميات مءات الاف الف الفين مليون ملايين مليار عشرات عشره عشر اثنان اثنين ثلاث ثلاثه اربع اربعه خمس خمسه ست سته سبع سبعه ثماني ثمانيه تسع تسعه عشرون عشرين مايه ميه عدد رقم نصف ربع ثلث'.split(' '),
);
/** Attached letters and the article, removed before looking a word up in the lists above. */
const ATTACHED = /^(وال|بال|فال|ال|و|ف|ب|ل)(?=..)/;

/** True for a word naming a time (السبت، مساء، أمس، يناير), with or without an attached letter or article. */
export function isTimeWord(norm: string): boolean {
  return TIME_WORDS.has(norm) || TIME_WORDS.has(norm.replace(ATTACHED, ''));
}

const isYear = (norm: string) => /^(1[89]|20)\d\d$/.test(norm);

function hasEnumeration(tokens: readonly Token[]): boolean {
  let run = 0;
  for (const token of tokens) {
    run = !token.stop && token.norm.startsWith('و') ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

const REASON_WORDS = new Set('لان لانه لانها لانهم بسبب نتيجه بهدف لكي كي اجل جراء اثر نظرا لذلك ولذلك بفعل'.split(' '));
/** ل + a verbal noun of the derived forms (لتمويل، لاستعادة، لاتخاذ), which states a purpose; not لحقوق or لوكالة. */
const isPurpose = (token: Token) => !token.stop && /^ل(ت|ا[^ل]|است)/.test(token.norm) && token.norm.length >= 5;

export function sentenceFeatures(tokens: readonly Token[], firstNames: ReadonlySet<string> = new Set(), quoted = false): SentenceFeatures {
  const bare = tokens.map((token) => token.norm.replace(ATTACHED, ''));
  // A function word is never a name: normalization makes على (on) look like علي (Ali).
  const person = tokens.some((token) => !token.stop && firstNames.has(token.norm));
  return {
    person,
    name: person || quoted,
    reason: tokens.some((token, i) => REASON_WORDS.has(token.norm) || REASON_WORDS.has(bare[i]!) || isPurpose(token)),
    time: tokens.some((token, i) => TIME_WORDS.has(token.norm) || TIME_WORDS.has(bare[i]!) || isYear(token.norm)),
    quantity: tokens.some((token, i) => /^\d+$/.test(token.norm) || NUMBER_WORDS.has(token.norm) || NUMBER_WORDS.has(bare[i]!)) || hasEnumeration(tokens),
  };
}
