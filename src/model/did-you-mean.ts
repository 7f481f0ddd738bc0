/** Edit distance between two short strings (ids), capped: returns cap + 1 once it is exceeded. */
export function editDistance(a: string, b: string, cap = 64): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > cap) return cap + 1;
    previous = current;
  }
  return previous[b.length] ?? cap + 1;
}

/** The known id closest to a mistyped one, if it is close enough to be a plausible typo. */
export function closestMatch(value: string, known: Iterable<string>): string | undefined {
  const cap = Math.max(2, Math.floor(value.length / 3));
  let best: string | undefined;
  let bestDistance = cap + 1;
  let checked = 0;
  for (const candidate of known) {
    // Thousands of dangling references against thousands of ids must stay fast.
    if (++checked > 5000) break;
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase(), cap);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
