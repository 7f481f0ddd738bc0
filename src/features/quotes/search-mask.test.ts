import { describe, expect, it } from 'vitest';
import { markAll, markNames, type NameHits } from './search-mask';

/** Five quotes: speakers 0, 1, 0, -1 (none), 1; venues -1, 0, -1, 0, -1. */
const names = (speakers: number[], venues: number[]): NameHits => ({
  speakers: Uint8Array.from([0, ...speakers]),
  speakerOf: Int32Array.from([0, 1, 0, -1, 1]),
  venues: Uint8Array.from([0, ...venues]),
  venueOf: Int32Array.from([-1, 0, -1, 0, -1]),
});

describe('markAll', () => {
  it('marks exactly the given quotes', () => {
    const mask = new Uint8Array(5);
    markAll(mask, Int32Array.from([1, 4]));
    expect([...mask]).toEqual([0, 1, 0, 0, 1]);
  });
});

describe('markNames', () => {
  it('adds the quotes of a matching speaker or venue to the text matches, in order', () => {
    const mask = Uint8Array.from([0, 0, 1, 0, 0]);
    const out = new Int32Array(5);
    // Speaker 1 matches (quotes 1 and 4); no venue does.
    const count = markNames(mask, undefined, names([0, 1], [0]), out);
    expect([...out.subarray(0, count)]).toEqual([1, 2, 4]);
    expect([...mask]).toEqual([0, 1, 1, 0, 1]);
  });

  it('looks only among the candidates when typing on', () => {
    const mask = new Uint8Array(5);
    const out = new Int32Array(2);
    // Venue 0 matches (quotes 1 and 3), but only 3 and 4 are candidates.
    const count = markNames(mask, Int32Array.from([3, 4]), names([0, 0], [1]), out);
    expect([...out.subarray(0, count)]).toEqual([3]);
    expect([...mask]).toEqual([0, 0, 0, 1, 0]);
  });

  it('a quote with neither speaker nor venue index stays as its text made it', () => {
    const mask = Uint8Array.from([0, 0, 0, 1, 0]);
    const out = new Int32Array(5);
    const count = markNames(mask, undefined, names([0, 0], [0]), out);
    expect([...out.subarray(0, count)]).toEqual([3]);
  });
});
