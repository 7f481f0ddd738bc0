import { describe, expect, it } from 'vitest';
import { prunedFilters } from './prune-filters';

const known = {
  issue: (id: string) => ['territory', 'sanctions'].includes(id),
  actor: (id: string) => ['us', 'russia'].includes(id),
};

describe('prunedFilters', () => {
  it('drops the issue, actor and focus ids the model does not have', () => {
    expect(
      prunedFilters(
        { issues: ['territory', 'nato-membership'], actors: ['nobody', 'us'], focus: 'ghost' },
        known,
      ),
    ).toEqual({ issues: ['territory'], actors: ['us'], focus: null });
  });

  it('changes nothing when every id is known', () => {
    expect(
      prunedFilters({ issues: ['sanctions'], actors: ['russia'], focus: 'us' }, known),
    ).toBeNull();
    expect(prunedFilters({ issues: [], actors: [], focus: null }, known)).toBeNull();
  });
});
