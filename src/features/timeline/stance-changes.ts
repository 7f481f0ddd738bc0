import { compareDates, visibleAt, type IndexedModel } from '../../model/index-model';
import type { Stance } from '../../model/schema';

/**
 * One (actor, issue, reporter) whose position differs between two dates. Self-stated and
 * reported stances are separate lines: a claim by someone else never overrides the actor's own.
 */
export type StanceChange = {
  actor: string;
  issue: string;
  /** The actor who claims this stance; null when the actor stated it itself. */
  reportedBy: string | null;
  /** The stance in force at `from`, or null ("—"). */
  before: Stance | null;
  /** The stance in force at `to`, or null ("—"). */
  after: Stance | null;
  /** When the stance in force at `to` was recorded (the one at `from` if none). */
  date: string | undefined;
  /** The quotes backing that stance. */
  evidence: string[];
};

/** The stance in force at `day`: the latest at or before it (undated stances always count). */
export function stanceAt(stances: readonly Stance[], day: string): Stance | null {
  let found: Stance | null = null;
  for (const stance of stances) if (visibleAt(stance.date, day)) found = stance;
  return found;
}

/**
 * The stance changes between `from` and `to`, oldest first. `stancesByCell` is already ordered
 * oldest first, so each group keeps that order. Optionally limited to some issues.
 */
export function stanceChanges(
  indexed: IndexedModel,
  from: string,
  to: string,
  issues: readonly string[] = [],
): StanceChange[] {
  const actorOrder = new Map(indexed.model.actors.map((actor, index) => [actor.id, index]));
  const issueOrder = new Map(indexed.model.issues.map((issue, index) => [issue.id, index]));
  const changes: StanceChange[] = [];
  for (const stances of indexed.stancesByCell.values()) {
    const groups = new Map<string | null, Stance[]>();
    for (const stance of stances) {
      const key = stance.reportedBy ?? null;
      groups.set(key, [...(groups.get(key) ?? []), stance]);
    }
    for (const [reportedBy, group] of groups) {
      const first = group[0];
      if (!first || (issues.length > 0 && !issues.includes(first.issue))) continue;
      const before = stanceAt(group, from);
      const after = stanceAt(group, to);
      if (before?.position === after?.position) continue;
      const shown = after ?? before;
      changes.push({
        actor: first.actor,
        issue: first.issue,
        reportedBy,
        before,
        after,
        date: shown?.date,
        evidence: shown?.evidence ?? [],
      });
    }
  }
  const key = (change: StanceChange): [number, number, string] => [
    actorOrder.get(change.actor) ?? 0,
    issueOrder.get(change.issue) ?? 0,
    change.reportedBy ?? '',
  ];
  return changes.sort((a, b) => {
    const [actorA, issueA, reporterA] = key(a);
    const [actorB, issueB, reporterB] = key(b);
    return (
      compareDates(a.date, b.date) ||
      actorA - actorB ||
      issueA - issueB ||
      // Ids, in a fixed order: no locale collator needed (see compareDates).
      compareDates(reporterA, reporterB)
    );
  });
}
