/**
 * The loops of a search's last step, each a function of its own: V8 compiles a long loop while
 * it runs (on-stack replacement), and in one long function that code left it on every call (see
 * keepMasked in filter-quotes.ts). Small functions are compiled whole, and soon: the search's
 * warm-up runs them before the first keystroke does.
 */

/** Sets `mask` to 1 at each of `quotes`. */
export function markAll(mask: Uint8Array, quotes: Int32Array): void {
  for (let c = 0; c < quotes.length; c++) mask[quotes[c] ?? 0] = 1;
}

/** What matched by name: which speakers and venues (1 + their index), and each quote's. */
export type NameHits = {
  speakers: Uint8Array;
  speakerOf: Int32Array;
  venues: Uint8Array;
  venueOf: Int32Array;
};

/**
 * Adds to `mask` the quotes whose speaker or venue matched, among `candidates` (or every quote
 * of the mask), and writes each quote now marked into `out` in order: returns how many.
 */
export function markNames(
  mask: Uint8Array,
  candidates: Int32Array | undefined,
  { speakers, speakerOf, venues, venueOf }: NameHits,
  out: Int32Array,
): number {
  let count = 0;
  const n = candidates ? candidates.length : mask.length;
  for (let c = 0; c < n; c++) {
    const i = candidates ? (candidates[c] ?? 0) : c;
    const hit =
      (mask[i] ?? 0) |
      (speakers[(speakerOf[i] ?? -1) + 1] ?? 0) |
      (venues[(venueOf[i] ?? -1) + 1] ?? 0);
    mask[i] = hit;
    if (hit) out[count++] = i;
  }
  return count;
}
