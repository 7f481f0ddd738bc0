import { compareDates, NEUTRAL_COLOR, type IndexedModel } from '../../model/index-model';
import type { ModelEvent } from '../../model/schema';
import { dayOf, dayRange, daysBetween } from './days';

/** Speakers whose bloc has no colour of its own share one grey bucket (`*` is never in an id). */
export const OTHER_BLOC = '*other';

/** How many of one day's dated quotes come from one bloc. */
export type BlocCount = { bloc: string; color: string; count: number };

export type AxisDay = {
  day: string;
  /** Dated quotes spoken that day. */
  quotes: number;
  /** Those quotes by the speaker's bloc, in legend order. */
  blocs: BlocCount[];
  /** Events of that day, by date and time. */
  events: ModelEvent[];
  /** Days left out just before this one (a compressed axis only; 0 when it follows on). */
  skipped: number;
};

export type TimelineAxis = {
  /** Every calendar day from the first to the last dated record (events, quotes, stances, relations). */
  days: AxisDay[];
  /** Dated quotes per bloc over the whole axis: the colour legend. */
  legend: BlocCount[];
  /** Quotes without a date: shown at every as-of date. */
  undatedQuotes: number;
  /** The most quotes on one day (scales the bars; at least 1). */
  maxQuotes: number;
  /** event id → its number on the axis (1-based, in date order). */
  eventNumbers: Map<string, number>;
  /** True when the dates span more than MAX_AXIS_DAYS: only the days with records are shown. */
  compressed: boolean;
};

/**
 * Up to this many calendar days the axis has a column for every day. A longer span (a model
 * dating something in 1900 and something in 2100) shows only the days that date anything:
 * one column a day for centuries would be millions of elements.
 */
export const MAX_AXIS_DAYS = 731;

/** The sorted, distinct days on which the model dates anything. */
export function datedDays(indexed: IndexedModel): string[] {
  const { model } = indexed;
  const days = new Set<string>();
  for (const list of [model.events, model.quotes, model.stances, model.relations]) {
    for (const record of list) if (record.date) days.add(dayOf(record.date));
  }
  return [...days].sort();
}

/** The bucket a speaker's quotes fall in: its bloc, or OTHER_BLOC when that bloc has no colour. */
export function quoteBucket(indexed: IndexedModel, speaker: string): BlocCount {
  const color = indexed.colorOf.get(speaker) ?? NEUTRAL_COLOR;
  const bloc = color === NEUTRAL_COLOR ? OTHER_BLOC : (indexed.blocOf.get(speaker) ?? OTHER_BLOC);
  return { bloc, color, count: 0 };
}

const legendOrder = (indexed: IndexedModel) => {
  const order = new Map(indexed.blocs.map((bloc, index) => [bloc, index]));
  order.set(OTHER_BLOC, order.size);
  return (a: BlocCount, b: BlocCount) => (order.get(a.bloc) ?? 0) - (order.get(b.bloc) ?? 0);
};

const countInto = (counts: Map<string, BlocCount>, bucket: BlocCount) => {
  const current = counts.get(bucket.bloc) ?? bucket;
  counts.set(bucket.bloc, { ...current, count: current.count + 1 });
};

/** The time axis: one entry per day, with that day's events and dated quotes bucketed by bloc. */
export function buildAxis(indexed: IndexedModel): TimelineAxis {
  const dated = datedDays(indexed);
  const first = dated[0];
  const last = dated[dated.length - 1];
  const byOrder = legendOrder(indexed);
  const quotesByDay = new Map<string, Map<string, BlocCount>>();
  const legend = new Map<string, BlocCount>();
  let undatedQuotes = 0;
  for (const quote of indexed.model.quotes) {
    if (!quote.date) {
      undatedQuotes += 1;
      continue;
    }
    const day = dayOf(quote.date);
    const bucket = quoteBucket(indexed, quote.speaker);
    const counts = quotesByDay.get(day) ?? new Map<string, BlocCount>();
    quotesByDay.set(day, counts);
    countInto(counts, bucket);
    countInto(legend, bucket);
  }
  const events = [...indexed.model.events].sort((a, b) => compareDates(a.date, b.date));
  const eventNumbers = new Map(events.map((event, index) => [event.id, index + 1]));
  const compressed = !!first && !!last && daysBetween(first, last) + 1 > MAX_AXIS_DAYS;
  const days = !first || !last ? [] : compressed ? dated : dayRange(first, last);
  const eventsByDay = new Map<string, ModelEvent[]>();
  for (const event of events) {
    const day = dayOf(event.date);
    const list = eventsByDay.get(day);
    if (list) list.push(event);
    else eventsByDay.set(day, [event]);
  }
  const axisDays = days.map((day, index): AxisDay => {
    const blocs = [...(quotesByDay.get(day)?.values() ?? [])].sort(byOrder);
    const previous = days[index - 1];
    return {
      day,
      quotes: blocs.reduce((sum, bloc) => sum + bloc.count, 0),
      blocs,
      events: eventsByDay.get(day) ?? [],
      skipped: previous ? daysBetween(previous, day) - 1 : 0,
    };
  });
  return {
    days: axisDays,
    legend: [...legend.values()].sort(byOrder),
    undatedQuotes,
    maxQuotes: axisDays.reduce((max, day) => Math.max(max, day.quotes), 1),
    eventNumbers,
    compressed,
  };
}

/** Up to this many days the axis labels every day; longer axes label one day a week. */
export const DAILY_LABEL_LIMIT = 21;

/**
 * How the axis is drawn for `dayCount` days: which ticks carry a label (every `labelStep`-th)
 * and the narrowest a day column may get, so that labels never overlap.
 */
export function axisScale(dayCount: number): {
  labelStep: number;
  minColumnRem: number;
  /** Columns too narrow for every day's count above its bar: a day shows it when hovered or focused. */
  dense: boolean;
} {
  return dayCount <= DAILY_LABEL_LIMIT
    ? { labelStep: 1, minColumnRem: 3.5, dense: false }
    : { labelStep: 7, minColumnRem: 0.75, dense: true };
}

/**
 * A generous width for an event's marker ("◆12" at 0.85rem bold, with padding and border), in
 * rem: wide enough for the system fonts and Noto Sans CJK.
 */
export const markerRem = (number: number) => 0.85 * (1 + 0.65 * String(number).length) + 0.85;

/** Where an event's marker goes under the axis (see markerRows). */
export type MarkerPlace = {
  /** The row, from 0 at the top. */
  row: number;
  /** How far right of its column's centre, in rem: only near the axis's start, never cut off. */
  shiftRem: number;
};

/**
 * The row each event's marker goes in under the axis, so that no two markers overlap: a marker
 * is centred on its day's column (or moved right just enough to start at the axis's start) and
 * as wide as `markerRem`, and each takes the first row where it clears the markers already
 * placed (by at least `gapRem`). On a short axis the markers of one day stack; on a long one,
 * where a marker spans several narrow columns, the markers of nearby days step down as well.
 * Columns are at least `columnRem` wide; wider ones only add room.
 */
export function markerRows(
  axis: TimelineAxis,
  columnRem: number,
  gapRem = 0.2,
): Map<string, MarkerPlace> {
  const places = new Map<string, MarkerPlace>();
  /** The right edge (in rem from the axis start) of the last marker in each row. */
  const ends: number[] = [];
  axis.days.forEach((day, index) => {
    const column = (index + 0.5) * columnRem;
    for (const event of day.events) {
      const half = markerRem(axis.eventNumbers.get(event.id) ?? 0) / 2;
      const centre = Math.max(column, half);
      let row = ends.findIndex((end) => end + gapRem <= centre - half);
      if (row < 0) row = ends.length;
      ends[row] = centre + half;
      places.set(event.id, { row, shiftRem: centre - column });
    }
  });
  return places;
}

/** How many events and dated quotes on the axis fall after `asOf` (none when it is null). */
export function laterCounts(axis: TimelineAxis, asOf: string | null) {
  const later = asOf === null ? [] : axis.days.filter((day) => day.day > dayOf(asOf));
  return {
    events: later.reduce((sum, day) => sum + day.events.length, 0),
    quotes: later.reduce((sum, day) => sum + day.quotes, 0),
  };
}

/** The axis index of `asOf`: the last day at or before it (0 before the axis, last when null). */
export function indexOfAsOf(days: readonly string[], asOf: string | null): number {
  if (asOf === null) return days.length - 1;
  const day = dayOf(asOf);
  let index = 0;
  days.forEach((candidate, i) => {
    if (candidate <= day) index = i;
  });
  return index;
}
