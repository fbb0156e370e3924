import { describe, expect, it } from 'vitest';
import { Remembered } from '../src/remembered.js';

describe('Remembered', () => {
  it('finds a key once per owner, and drops an owner\'s look-ups all at once at its limit', () => {
    const cache = new Remembered<object, number>(2);
    const [first, second] = [{}, {}];
    let calls = 0;
    const find = () => ++calls;
    expect(cache.get(first, 'a', find)).toBe(1);
    expect(cache.get(first, 'a', find)).toBe(1);
    expect(cache.get(second, 'a', find)).toBe(2);
    expect(cache.get(first, 'b', find)).toBe(3);
    // The third key on the first owner finds the limit reached: the old look-ups go, and 'a' is found again.
    expect(cache.get(first, 'c', find)).toBe(4);
    expect(cache.get(first, 'a', find)).toBe(5);
    expect(cache.get(second, 'a', find)).toBe(2);
  });
});
