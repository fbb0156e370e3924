/**
 * Arabic orthographic normalization, applied identically to articles at index
 * time and to questions at query time, so that the ways people really type a
 * word (with or without diacritics, أ or ا, ة or ه, ى or ي, ٣ or 3) meet.
 *
 * Folding is many-to-one and changes string length, so it is only ever used to
 * compare text: quotes shown to users always come from the original file.
 */

/** Harakat, Quranic annotation marks, superscript alef and tatweel: dropped. */
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/** Zero-width and bidirectional control characters: dropped. */
const INVISIBLES = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;

/** Letter variants folded to one representative. */
const LETTER_FOLDS: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ئ': 'ي',
  'ة': 'ه', 'ۀ': 'ه', 'ە': 'ه',
  'ؤ': 'و',
  'ک': 'ك', 'ڪ': 'ك',
  // Letters of spoken Arabic and foreign names: the Iraqi and Gulf گ and چ, the Maghrebi ڭ and ڨ (all for ق or ك,
  // as in گال = قال، چبير = كبير), and the ڤ and پ of foreign names (ڤيينا = فيينا).
  'گ': 'ق', 'ڭ': 'ق', 'ڨ': 'ق', 'چ': 'ك', 'ڤ': 'ف', 'پ': 'ب',
};
const LETTER_FOLD_PATTERN = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

/** Arabic-Indic (U+0660) and Persian/Urdu (U+06F0) digits to ASCII. */
const DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

function asciiDigit(digit: string): string {
  const code = digit.charCodeAt(0);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
}

/**
 * Normalizes Arabic text for matching: NFKC (presentation forms to letters),
 * drops diacritics, tatweel and invisible marks, folds hamza seats, alef
 * maqsura, ta marbuta and Persian letter forms, maps Eastern digits to ASCII
 * and lower-cases Latin letters.
 */
export function normalizeArabic(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLES, '')
    .replace(MARKS, '')
    .replace(LETTER_FOLD_PATTERN, (letter) => LETTER_FOLDS[letter] ?? letter)
    .replace(DIGITS, asciiDigit)
    .toLowerCase();
}

/** True when the text contains at least one Arabic letter. */
export function hasArabic(text: string): boolean {
  return /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/.test(text);
}
