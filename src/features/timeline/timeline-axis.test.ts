import { describe, expect, it } from 'vitest';
import { indexModel } from '../../model/index-model';
import type { Model } from '../../model/schema';
import { fixtureModel } from '../../testing/fixture-model';
import {
  DAILY_LABEL_LIMIT,
  OTHER_BLOC,
  axisScale,
  buildAxis,
  datedDays,
  indexOfAsOf,
  laterCounts,
  markerRem,
  markerRows,
  quoteBucket,
  type MarkerPlace,
  type TimelineAxis,
} from './timeline-axis';

const withModel = (change: (model: Model) => void) => {
  const model = fixtureModel();
  change(model);
  return indexModel(model);
};

describe('datedDays', () => {
  it('collects the distinct days of events, quotes, stances and relations, sorted', () => {
    const indexed = withModel((model) => {
      model.relations.push({
        id: 'r-late',
        source: 'us',
        target: 'ukraine',
        type: 'supports',
        date: '2025-08-20T09:00',
      });
    });
    expect(datedDays(indexed)).toEqual(['2025-08-15', '2025-08-17', '2025-08-20']);
  });
});

describe('buildAxis', () => {
  const axis = buildAxis(indexModel(fixtureModel()));

  it('has one tick per calendar day from the first to the last dated record, gaps included', () => {
    expect(axis.days.map((day) => day.day)).toEqual(['2025-08-15', '2025-08-16', '2025-08-17']);
    expect(axis.days[1]).toMatchObject({ quotes: 0, blocs: [], events: [] });
  });

  it('shows only the days with records when the dates span more than two years', () => {
    const far = buildAxis(
      withModel((model) => {
        model.events.push(
          { id: 'first', date: '0001-01-01', title: { en: 'First' } },
          { id: 'long-ago', date: '0050-06-01', title: { en: 'Long ago' } },
          { id: 'last', date: '9999-12-31', title: { en: 'Last' } },
        );
      }),
    );
    expect(far.compressed).toBe(true);
    expect(far.days.map((day) => day.day)).toEqual([
      '0001-01-01',
      '0050-06-01',
      '2025-08-15',
      '2025-08-17',
      '9999-12-31',
    ]);
    expect(far.days.map((day) => day.skipped)).toEqual([0, 18_047, 721_428, 1, 2_912_578]);
    expect(far.days[1]?.events.map((event) => event.id)).toEqual(['long-ago']);
    expect(far.eventNumbers.get('long-ago')).toBe(2);
    expect(axis.compressed).toBe(false);
    expect(axis.days.every((day) => day.skipped === 0)).toBe(true);
  });

  it('buckets each day’s dated quotes by the speaker’s bloc and colour', () => {
    const [summit, , sunday] = axis.days;
    expect(summit?.blocs).toEqual([{ bloc: 'russia', color: '#b2182b', count: 1 }]);
    expect(sunday?.quotes).toBe(3);
    expect(sunday?.blocs).toEqual([
      { bloc: 'us', color: '#1f4e9c', count: 2 },
      { bloc: 'ukraine', color: '#d4a000', count: 1 },
    ]);
    expect(axis.maxQuotes).toBe(3);
  });

  it('gives a legend in bloc order and counts undated quotes apart', () => {
    expect(axis.legend.map((entry) => [entry.bloc, entry.count])).toEqual([
      ['us', 2],
      ['russia', 1],
      ['ukraine', 1],
    ]);
    expect(axis.undatedQuotes).toBe(0);
    const undated = buildAxis(
      withModel((model) => {
        delete model.quotes[0]?.date;
      }),
    );
    expect(undated.undatedQuotes).toBe(1);
    expect(undated.days.reduce((sum, day) => sum + day.quotes, 0)).toBe(3);
  });

  it('puts events on their day (times ignored) and numbers them in date order', () => {
    const indexed = withModel((model) => {
      model.events.unshift({ id: 'ev-late', date: '2025-08-17T18:00', title: 'Late' });
    });
    const later = buildAxis(indexed);
    expect(later.days[2]?.events.map((event) => event.id)).toEqual(['ev-late']);
    expect(later.eventNumbers.get('ev-summit')).toBe(1);
    expect(later.eventNumbers.get('ev-late')).toBe(2);
  });

  it('is empty for a model with nothing dated', () => {
    const empty = buildAxis(
      withModel((model) => {
        model.events = [];
        model.quotes = [];
        model.stances = [];
        model.relations = [];
      }),
    );
    expect(empty.days).toEqual([]);
    expect(empty.maxQuotes).toBe(1);
  });
});

describe('quoteBucket', () => {
  it('puts speakers of a bloc without a colour into one "other" bucket', () => {
    const indexed = withModel((model) => {
      model.actors.push({ id: 'dw', name: 'DW', kind: 'media' });
    });
    expect(quoteBucket(indexed, 'dw')).toMatchObject({ bloc: OTHER_BLOC, color: '#6b7280' });
    expect(quoteBucket(indexed, 'witkoff')).toMatchObject({ bloc: 'us', color: '#1f4e9c' });
  });
});

describe('axisScale', () => {
  it('labels every day of a short axis, and one day a week of a long one', () => {
    expect(axisScale(4)).toEqual({ labelStep: 1, minColumnRem: 3.5, dense: false });
    expect(axisScale(DAILY_LABEL_LIMIT + 1).dense).toBe(true);
    expect(axisScale(DAILY_LABEL_LIMIT).labelStep).toBe(1);
    expect(axisScale(DAILY_LABEL_LIMIT + 1).labelStep).toBe(7);
  });
  it('keeps labelled ticks at least as far apart on a long axis as on a short one', () => {
    const short = axisScale(DAILY_LABEL_LIMIT);
    const long = axisScale(120);
    expect(long.labelStep * long.minColumnRem).toBeGreaterThanOrEqual(
      short.labelStep * short.minColumnRem,
    );
  });
});

describe('markerRows', () => {
  /** An axis of `days` days with events on the given day indices (several on one day allowed). */
  const axisWith = (days: number, eventDays: number[]): TimelineAxis => {
    const axis = buildAxis(indexModel(fixtureModel()));
    const list = Array.from({ length: days }, (_, i) => ({
      day: `2025-01-${String(i + 1).padStart(2, '0')}`,
      quotes: 0,
      blocs: [],
      skipped: 0,
      events: eventDays
        .map((day, n) => ({ day, n }))
        .filter(({ day }) => day === i)
        .map(({ n }) => ({ id: `e${n}`, date: '2025-01-01', title: { en: 'e' } })),
    }));
    return {
      ...axis,
      days: list,
      eventNumbers: new Map(eventDays.map((_, n) => [`e${n}`, n + 1])),
    };
  };
  /** Whether any two markers in one row overlap, with columns `columnRem` wide. */
  const overlaps = (axis: TimelineAxis, rows: Map<string, MarkerPlace>, columnRem: number) => {
    const boxes = axis.days.flatMap((day, index) =>
      day.events.map((event) => {
        const half = markerRem(axis.eventNumbers.get(event.id) ?? 0) / 2;
        const place = rows.get(event.id);
        const centre = (index + 0.5) * columnRem + (place?.shiftRem ?? 0);
        return { row: place?.row, left: centre - half, right: centre + half };
      }),
    );
    return boxes.some((a, i) =>
      boxes.some((b, j) => i < j && a.row === b.row && a.left < b.right && b.left < a.right),
    );
  };

  it('keeps markers of days far apart on the first row, and stacks the events of one day', () => {
    const axis = axisWith(10, [0, 3, 3, 9]);
    const rows = markerRows(axis, 3.5);
    expect([...rows.values()].map((place) => place.row)).toEqual([0, 0, 1, 0]);
    // Columns this wide need no shift, even the first.
    expect([...rows.values()].every((place) => place.shiftRem === 0)).toBe(true);
    expect(overlaps(axis, rows, 3.5)).toBe(false);
  });
  it('steps down the markers of nearby days on a long axis of narrow columns', () => {
    const eventDays = [0, 1, 2, 4, 9, 40, 41, 41, 90];
    const axis = axisWith(120, eventDays);
    const rows = markerRows(axis, 0.75);
    expect(overlaps(axis, rows, 0.75)).toBe(false);
    // Without rows every marker would sit on one line, and the first ones would collide.
    const oneRow = new Map(eventDays.map((_, n) => [`e${n}`, { row: 0, shiftRem: 0 }]));
    expect(overlaps(axis, oneRow, 0.75)).toBe(true);
    expect(rows.get('e0')?.row).toBe(0);
    expect(rows.get('e8')?.row).toBe(0);
    expect(Math.max(...[...rows.values()].map((place) => place.row))).toBeLessThanOrEqual(3);
    // The first day's marker is wider than three columns: it starts at the axis, not before.
    const first = rows.get('e0');
    expect(first?.shiftRem).toBeGreaterThan(0);
    expect(0.5 * 0.75 + (first?.shiftRem ?? 0) - markerRem(1) / 2).toBeCloseTo(0);
    // Days far from the start keep their markers centred.
    expect(rows.get('e8')?.shiftRem).toBe(0);
  });
});

describe('laterCounts', () => {
  const axis = buildAxis(indexModel(fixtureModel()));
  it('counts the events and dated quotes after asOf', () => {
    expect(laterCounts(axis, '2025-08-15')).toEqual({ events: 0, quotes: 3 });
    expect(laterCounts(axis, '2025-08-14')).toEqual({ events: 1, quotes: 4 });
    expect(laterCounts(axis, '2025-08-17T08:00')).toEqual({ events: 0, quotes: 0 });
    expect(laterCounts(axis, null)).toEqual({ events: 0, quotes: 0 });
  });
});

describe('indexOfAsOf', () => {
  const days = ['2025-08-15', '2025-08-16', '2025-08-17'];
  it('finds the last axis day at or before asOf', () => {
    expect(indexOfAsOf(days, '2025-08-16')).toBe(1);
    expect(indexOfAsOf(days, '2025-08-16T23:00')).toBe(1);
    expect(indexOfAsOf(days, '2025-09-01')).toBe(2);
    expect(indexOfAsOf(days, '2025-08-01')).toBe(0);
  });
  it('puts "no limit" at the end', () => {
    expect(indexOfAsOf(days, null)).toBe(2);
  });
});
