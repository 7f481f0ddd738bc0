/**
 * Where a query was found in the folded text, kept so that typing on only checks those places.
 */

/** Most places kept for typing on (two Int32Arrays of this length at most). */
export const MAX_OCCURRENCES = 1 << 16;

/** A growing list of whole numbers. */
export class IntList {
  values = new Int32Array(256);
  length = 0;

  push(value: number) {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  last(): number | undefined {
    return this.length > 0 ? this.values[this.length - 1] : undefined;
  }

  done(): Int32Array {
    return this.values.subarray(0, this.length);
  }
}

/** Places in the folded text: quote index and offset in its block's text, pairwise. */
export class Occurrences {
  quote = new IntList();
  at = new IntList();
  /** More places than are worth keeping: typing on searches again instead. */
  full = false;

  push(quote: number, at: number) {
    if (this.quote.length >= MAX_OCCURRENCES) {
      this.full = true;
      return;
    }
    this.quote.push(quote);
    this.at.push(at);
  }
}
