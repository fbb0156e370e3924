import { analyze } from '../arabic/analyze.js';
import { isOrdinaryWord } from '../arabic/lexicon.js';
import { hasArticle } from '../arabic/stem.js';
import { FIRST_NAMES } from './lexicon.js';
import type { Statement } from './model.js';

/**
 * First names the lexicon lacks, learned from the corpus's own speakers.
 * Attribution splits "ممثلة يونيسف في البلاد إنغريد مولر" into a role and a
 * name by where the role ends, known first name or not; the name's first
 * word then marks a person wherever the corpus uses it, so "what is the
 * name of UNICEF's representative" finds her. Foreign names (إنغريد، هنريك)
 * are the ones no list keeps up with.
 *
 * A word is learned only when it cannot be an ordinary word that a mis-split
 * subject put first (جميع الأطراف، وسط المدينة): the speaker has a role and
 * at least two words, and the first has no article, digit or attached
 * pronoun, is no function word, is never used in the corpus with the
 * article, and is not in the lexicon's vocabulary.
 *
 * @param statements the corpus's attributed statements
 * @param usedWithArticle whether the corpus has the word with the article (ال + the word)
 */
export function learnFirstNames(statements: readonly Statement[], usedWithArticle: (norm: string) => boolean): ReadonlySet<string> {
  const learned = new Set<string>();
  for (const { speaker, role } of statements) {
    const words = analyze(speaker, 0);
    const first = words[0];
    if (!role || words.length < 2 || !first || FIRST_NAMES.has(first.norm)) continue;
    const plain = !first.stop && !/\d/.test(first.norm) && !hasArticle(first.norm) && !/(ها|هم|هما|هن)$/.test(first.norm);
    if (plain && !usedWithArticle(first.norm) && !isOrdinaryWord(first.stem)) learned.add(first.norm);
  }
  return learned;
}
