import { compareDates, NEUTRAL_COLOR, visibleAt, type IndexedModel } from '../../model/index-model';
import { positions, type Position } from '../../model/schema';
import { stanceCell } from '../../model/stance-cell';
import type { ViewFields } from '../../state/view-store';

export type ChartViewState = Pick<ViewFields, 'issues' | 'actors' | 'positions' | 'asOf'>;

/** One bar of the distribution chart: how many actors hold each position on one issue. */
export type DistributionRow = { issue: string; total: number; counts: Record<Position, number> };

const zeroCounts = (): Record<Position, number> =>
  Object.fromEntries(positions.map((p) => [p, 0])) as Record<Position, number>;

const issueColumns = (indexed: IndexedModel, view: ChartViewState) =>
  indexed.model.issues
    .map((issue) => issue.id)
    .filter((id) => view.issues.length === 0 || view.issues.includes(id));

/**
 * Positions per issue, counted like the matrix shows them: each actor's self-stated stance at
 * `asOf`, else the reported one, within the issue, actor and position filters.
 */
export function stanceDistribution(indexed: IndexedModel, view: ChartViewState): DistributionRow[] {
  const filter = { asOf: view.asOf, positions: view.positions };
  const actors = indexed.model.actors
    .map((actor) => actor.id)
    .filter((id) => view.actors.length === 0 || view.actors.includes(id));
  return issueColumns(indexed, view).map((issue) => {
    const counts = zeroCounts();
    for (const actor of actors) {
      const position = stanceCell(indexed, actor, issue, filter).position;
      if (position) counts[position] += 1;
    }
    return { issue, counts, total: positions.reduce((sum, p) => sum + counts[p], 0) };
  });
}

/** A series of the statements chart: a bloc with its colour, or the uncoloured blocs together. */
export type StatementSeries = { key: string; bloc: string | null; color: string };
export type StatementDay = { day: string; total: number; counts: Record<string, number> };
export type StatementsOverTime = {
  days: StatementDay[];
  series: StatementSeries[];
  /** Days with events, each with its event ids in model order. */
  events: { day: string; events: string[] }[];
  undated: number;
};

// Not a valid model id, so it never collides with a bloc.
export const OTHER_SERIES = '(other)';

const nextDay = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
};

/**
 * Quotes per day by the speaker's bloc, every day from the first to the last dated quote or
 * event (at or before `asOf`), within the issue and actor filters. Blocs without a colour of
 * their own share one grey "other" series, so that no two series look alike.
 */
export function statementsOverTime(
  indexed: IndexedModel,
  view: ChartViewState,
): StatementsOverTime {
  const quotes = indexed.model.quotes.filter(
    (quote) =>
      (view.actors.length === 0 || view.actors.includes(quote.speaker)) &&
      (view.issues.length === 0 || (quote.issues ?? []).some((id) => view.issues.includes(id))),
  );
  const dated = quotes.filter((q) => q.date !== undefined && visibleAt(q.date, view.asOf));
  const undated = quotes.filter((q) => q.date === undefined).length;
  const events = indexed.model.events.filter((event) => visibleAt(event.date, view.asOf));
  const seriesOf = (speaker: string) => {
    const bloc = indexed.blocOf.get(speaker) ?? speaker;
    return indexed.colorOf.get(bloc) === NEUTRAL_COLOR ? OTHER_SERIES : bloc;
  };

  const allDays = [...dated.map((q) => q.date!), ...events.map((e) => e.date)]
    .map((date) => date.slice(0, 10))
    .sort();
  const days: StatementDay[] = [];
  const first = allDays[0];
  const last = allDays.at(-1);
  if (first !== undefined && last !== undefined) {
    for (let day = first; day <= last; day = nextDay(day)) days.push({ day, total: 0, counts: {} });
  }
  const byDay = new Map(days.map((d) => [d.day, d]));
  const used = new Set<string>();
  for (const quote of dated) {
    const entry = byDay.get(quote.date!.slice(0, 10));
    if (!entry) continue;
    const key = seriesOf(quote.speaker);
    used.add(key);
    entry.counts[key] = (entry.counts[key] ?? 0) + 1;
    entry.total += 1;
  }
  const series: StatementSeries[] = indexed.blocs
    .filter((bloc) => used.has(bloc))
    .map((bloc) => ({ key: bloc, bloc, color: indexed.colorOf.get(bloc) ?? NEUTRAL_COLOR }));
  if (used.has(OTHER_SERIES)) series.push({ key: OTHER_SERIES, bloc: null, color: NEUTRAL_COLOR });
  const eventDays = new Map<string, string[]>();
  for (const event of events) {
    const day = event.date.slice(0, 10);
    eventDays.set(day, [...(eventDays.get(day) ?? []), event.id]);
  }
  return {
    days,
    series,
    events: [...eventDays]
      .map(([day, ids]) => ({ day, events: ids }))
      .sort((a, b) => compareDates(a.day, b.day)),
    undated,
  };
}
