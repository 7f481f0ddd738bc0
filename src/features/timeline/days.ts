/** Calendar days as `YYYY-MM-DD` strings: model dates may carry a time, the timeline counts days. */

const DAY_MS = 86_400_000;

/** The calendar day of a model date (its first ten characters). */
export const dayOf = (date: string) => date.slice(0, 10);

/** Milliseconds at the day's start (UTC); years 0–99 are those years, not 1900–1999 as in Date.UTC. */
const toUtc = (day: string) => {
  const date = new Date(0);
  date.setUTCFullYear(
    Number(day.slice(0, 4)),
    Number(day.slice(5, 7)) - 1,
    Number(day.slice(8, 10)),
  );
  return date.getTime();
};

const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const addDays = (day: string, count: number) => fromUtc(toUtc(day) + count * DAY_MS);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string) =>
  Math.round((toUtc(to) - toUtc(from)) / DAY_MS);

/** Every day from `first` to `last`, both included (empty when `last` is earlier). */
export function dayRange(first: string, last: string): string[] {
  const count = daysBetween(first, last) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, index) => addDays(first, index));
}
