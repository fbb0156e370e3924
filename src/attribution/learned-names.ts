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
 * A word is learned only when it cannot be an ordinary word or a place that
 * a mis-split subject put first (جميع الأطراف، وسط المدينة; المبعوث الخاص
 * للأمم المتحدة إلى | مالوران …, a role cut after its preposition): the
 * speaker has a role that does not end in a preposition and at least two
 * words, and the first has no article, digit or attached pronoun, is no
 * function word, is not in the lexicon's vocabulary, and is nothing else
 * the corpus or the gazetteer knows (`knownOtherwise`: a place named like a
 * person, صوفيا، سيدني, is not learned).
 *
 * @param statements the corpus's attributed statements
 * @param knownOtherwise whether the word is known as something else: the corpus has it with the article, or it names a place (learned or in the gazetteer)
 */
export function learnFirstNames(statements: readonly Statement[], knownOtherwise: (norm: string) => boolean): ReadonlySet<string> {
  const learned = new Set<string>();
  for (const { speaker, role } of statements) {
    const words = analyze(speaker, 0);
    const first = words[0];
    if (!role || words.length < 2 || !first || FIRST_NAMES.has(first.norm) || PREPOSITIONS.test(analyze(role, 0).at(-1)?.norm ?? '')) continue;
    const plain = !first.stop && !/\d/.test(first.norm) && !hasArticle(first.norm) && !/(ها|هم|هما|هن)$/.test(first.norm);
    if (plain && !knownOtherwise(first.norm) && !isOrdinaryWord(first.stem)) learned.add(first.norm);
  }
  return learned;
}

/** Prepositions a role cannot end with (… إلى تاران): the name after one is what the role is about. */
const PREPOSITIONS = /^(الي|في|لدي|عن|من|علي|مع|ل|ب)$/;
