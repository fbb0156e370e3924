/**
 * The word with each pair of neighbouring letters swapped (مكرزي → مركزي,
 * univeristy → university): the commonest typo, which an edit distance of
 * one does not reach.
 */
export function neighbourSwaps(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] !== word[i + 1]) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return out;
}
