/** Statistics and the results table of `npm run bench`. */

/** Nearest-rank percentile (p in 0–100) of a non-empty list; undefined for an empty one. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/**
 * The percentile of each round: `starts` are the indices in `values` where rounds begin (in
 * order); a round with no values is left out.
 */
export function percentileByRound(
  values: readonly number[],
  starts: readonly number[],
  p: number,
): number[] {
  return starts.flatMap((start, k) => {
    const value = percentile(values.slice(start, starts[k + 1] ?? values.length), p);
    return value === undefined ? [] : [value];
  });
}

export const median = (values: readonly number[]) => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return Number.isInteger(middle)
    ? ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
    : sorted[Math.floor(middle)];
};

/** One row of the table. `p95` is the bad tail: the 95th percentile, or the 5th for "higher is better". */
export type Row = {
  section: string;
  metric: string;
  unit: string;
  median: number | null;
  p95: number | null;
  samples: number[];
  target: string;
  pass: boolean | null;
  note?: string;
};

type Target = { max?: number; min?: number; label?: string };

/** A row from samples; the pass/fail compares `on` (median by default, or p95) with the target. */
export function row(
  section: string,
  metric: string,
  unit: string,
  samples: readonly number[],
  target: Target = {},
  options: { on?: 'median' | 'p95'; note?: string } = {},
): Row {
  const higherIsBetter = target.min !== undefined;
  const mid = median(samples);
  const tail = percentile(samples, higherIsBetter ? 5 : 95);
  const judged = options.on === 'p95' ? tail : mid;
  let pass: boolean | null = null;
  if (judged !== undefined && target.max !== undefined) pass = judged <= target.max;
  if (judged !== undefined && target.min !== undefined) pass = judged >= target.min;
  const label =
    target.label ??
    (target.max !== undefined
      ? `${options.on === 'p95' ? 'p95 ' : ''}≤ ${target.max}`
      : target.min !== undefined
        ? `≥ ${target.min}`
        : '—');
  return {
    section,
    metric,
    unit,
    median: mid ?? null,
    p95: tail ?? null,
    samples: [...samples],
    target: label,
    pass,
    ...(options.note ? { note: options.note } : {}),
  };
}

/** A row that could not be measured, with the reason. */
export const notAvailable = (
  section: string,
  metric: string,
  unit: string,
  target: string,
  reason: string,
): Row => ({
  section,
  metric,
  unit,
  median: null,
  p95: null,
  samples: [],
  target,
  pass: null,
  note: `n/a: ${reason}`,
});

const shown = (value: number | null, unit: string) => {
  if (value === null) return 'n/a';
  const digits = Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : 1;
  return `${value.toFixed(unit === '×' ? 2 : digits)} ${unit}`.trim();
};

const verdict = (pass: boolean | null) => (pass === null ? '—' : pass ? 'pass' : 'FAIL');

/** A plain-text table for the terminal. */
export function formatTable(rows: readonly Row[]): string {
  const head = ['metric', 'median', 'p95', 'target', 'result', 'note'];
  const body = rows.map((r) => [
    `${r.section}: ${r.metric}`,
    shown(r.median, r.unit),
    r.samples.length > 1 ? shown(r.p95, r.unit) : '',
    r.target,
    verdict(r.pass),
    r.note ?? '',
  ]);
  const widths = head.map((h, i) =>
    Math.max(h.length, ...body.map((cells) => cells[i]?.length ?? 0)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** The same table in Markdown, for README's Performance section. */
export function formatMarkdown(rows: readonly Row[]): string {
  const escape = (cell: string) => cell.replaceAll('|', '\\|');
  return [
    '| metric | median | p95 | target | result | note |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${[
          `${r.section}: ${r.metric}`,
          shown(r.median, r.unit),
          r.samples.length > 1 ? shown(r.p95, r.unit) : '',
          r.target,
          verdict(r.pass),
          r.note ?? '',
        ]
          .map(escape)
          .join(' | ')} |`,
    ),
  ].join('\n');
}
