import { cellKey, visibleAt, type IndexedModel } from './index-model';
import type { Position, Stance } from './schema';

/** A change of position between two consecutive stances of the same track. */
export type PositionChange = { from: Position; to: Position; date: string | undefined };

/** One actor's own statements, or the claims others made about it, on one issue. */
export type StanceTrack = { latest: Stance; history: PositionChange[] };

/**
 * What a matrix cell shows: the latest self-stated and the latest reported stance at `asOf`,
 * each kept only when its position passes the position filter. `position` is the self-stated
 * one when shown, else the reported one.
 */
export type StanceCell = {
  own: StanceTrack | undefined;
  reported: StanceTrack | undefined;
  position: Position | null;
};

export type StanceCellFilter = { asOf: string | null; positions: readonly Position[] };

function track(stances: Stance[], positions: readonly Position[]): StanceTrack | undefined {
  const latest = stances.at(-1);
  if (!latest) return undefined;
  if (positions.length > 0 && !positions.includes(latest.position)) return undefined;
  const history: PositionChange[] = [];
  for (let i = 1; i < stances.length; i++) {
    const from = stances[i - 1]!.position;
    const to = stances[i]!.position;
    if (from !== to) history.push({ from, to, date: stances[i]!.date });
  }
  return { latest, history };
}

/** The stances of one actor on one issue as the matrix (and the charts) show them. */
export function stanceCell(
  indexed: IndexedModel,
  actor: string,
  issue: string,
  filter: StanceCellFilter,
): StanceCell {
  // stancesByCell is oldest first with undated first, and undated stances are always visible.
  const visible = (indexed.stancesByCell.get(cellKey(actor, issue)) ?? []).filter((stance) =>
    visibleAt(stance.date, filter.asOf),
  );
  const own = track(
    visible.filter((stance) => stance.reportedBy === undefined),
    filter.positions,
  );
  const reported = track(
    visible.filter((stance) => stance.reportedBy !== undefined),
    filter.positions,
  );
  return {
    own,
    reported,
    position: own?.latest.position ?? reported?.latest.position ?? null,
  };
}
