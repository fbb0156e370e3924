/**
 * Look-ups remembered per owner (a search index, a library) and key: askers
 * repeat their words, and a rebuilt owner starts afresh. Each owner's
 * entries are dropped all at once when they reach the cache's limit, so a
 * long-running bot's memory stays flat.
 */
export class Remembered<Owner extends object, Value> {
  private readonly byOwner = new WeakMap<Owner, Map<string, Value>>();

  /** @param kept how many look-ups an owner keeps before they are dropped */
  constructor(private readonly kept: number) {}

  /** What `find` gives for `key` on this owner, found once until dropped. */
  get(owner: Owner, key: string, find: () => Value): Value {
    let lookups = this.byOwner.get(owner);
    if (!lookups) this.byOwner.set(owner, (lookups = new Map()));
    let value = lookups.get(key);
    if (value === undefined) {
      if (lookups.size >= this.kept) lookups.clear();
      lookups.set(key, (value = find()));
    }
    return value;
  }
}
