import { analyze, type Token } from '../arabic/analyze.js';
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
    if (plainName(first) && !knownOtherwise(first.norm) && !isOrdinaryWord(first.stem)) learned.add(first.norm);
  }
  return learned;
}

/**
 * First names learned from surnames: news names a person in full once
 * (المبعوث الخاص … هنريك سولبرغ) and then quotes them by the surname alone
 * (وقال سولبرغ). A one-word speaker is such a surname; the plain word right
 * before it elsewhere in the corpus is the first name. The same tests as
 * above keep out ordinary words, places and the corpus's other words.
 *
 * @param statements the corpus's attributed statements
 * @param sentences the corpus's analyzed sentences
 * @param knownOtherwise as for learnFirstNames
 */
export function learnFirstNamesOfSurnames(
  statements: readonly Statement[],
  sentences: Iterable<readonly Token[]>,
  knownOtherwise: (norm: string) => boolean,
): ReadonlySet<string> {
  const surnames = new Set<string>();
  for (const { speaker } of statements) {
    const words = analyze(speaker, 0);
    const word = words[0];
    // A country quoted by its name (وقالت قيدار) is no surname.
    if (words.length === 1 && plainName(word!) && !FIRST_NAMES.has(word!.norm) && !knownOtherwise(word!.norm) && !isOrdinaryWord(word!.stem)) surnames.add(word!.norm);
  }
  const learned = new Set<string>();
  if (surnames.size === 0) return learned;
  for (const tokens of sentences) {
    tokens.forEach((token, at) => {
      const first = tokens[at - 1];
      if (!surnames.has(token.norm) || !first || FIRST_NAMES.has(first.norm) || surnames.has(first.norm)) return;
      // Not a word behind an attached letter, nor a verb's future (الرئيس سيزور قيدار), nor its present where a verb
      // stands: opening the sentence or after a function word (يواجه سولبرغ انتقادات، إذ يقود سولبرغ …). After a
      // word it names one (… إلى تاران يوهان سولبرغ).
      const verbFirst = /^[يت]/.test(first.norm) && (at === 1 || tokens[at - 2]!.stop);
      if (plainName(first) && !verbFirst && !/^([وفبل]|س[يتن])/.test(first.norm) && !knownOtherwise(first.norm) && !isOrdinaryWord(first.stem)) learned.add(first.norm);
    });
  }
  return learned;
}

/** A word that may be a name: no function word, digit, article or attached pronoun. */
const plainName = (token: Token) => !token.stop && !/\d/.test(token.norm) && !hasArticle(token.norm) && !/(ها|هم|هما|هن)$/.test(token.norm);

/** Prepositions a role cannot end with (… إلى تاران): the name after one is what the role is about. */
const PREPOSITIONS = /^(الي|في|لدي|عن|من|علي|مع|ل|ب)$/;
