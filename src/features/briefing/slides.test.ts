import { describe, expect, it } from 'vitest';
import { indexModel } from '../../model/index-model';
import { fixtureModel } from '../../testing/fixture-model';
import { buildSlides, slideCitations, slideStances } from './slides';

const indexed = indexModel(fixtureModel());

describe('buildSlides', () => {
  it('puts the curated views first, then the saved ones in their order', () => {
    const slides = buildSlides(indexed, [
      { id: 'saved-b', title: 'B', state: { issues: ['territory'] } },
      { id: 'saved-a', title: 'A', state: {} },
    ]);
    expect(slides.map((s) => [s.kind, s.id])).toEqual([
      ['curated', 'view-guarantees'],
      ['saved', 'saved-b'],
      ['saved', 'saved-a'],
    ]);
  });
});

describe('slideStances', () => {
  it('keeps the latest stance per actor, issue and voice within the filters', () => {
    const ids = slideStances(indexed, { issues: ['security-guarantees'] }).map((s) => s.id);
    expect(ids.sort()).toEqual(['s-russia-sg-own', 's-russia-sg-reported']);
  });
  it('hides stances dated after asOf', () => {
    const ids = slideStances(indexed, { issues: ['security-guarantees'], asOf: '2025-08-15' }).map(
      (s) => s.id,
    );
    expect(ids).toEqual(['s-russia-sg-own']);
  });
  it('applies the position filter', () => {
    expect(slideStances(indexed, { positions: ['oppose'] }).map((s) => s.id)).toEqual([
      's-ukraine-territory',
    ]);
  });
});

describe('slideCitations', () => {
  it('lists the locators of the evidence and matching quotes per source, in paragraph order', () => {
    const citations = slideCitations(indexed, { issues: ['security-guarantees'] });
    expect(citations).toHaveLength(1);
    expect(citations[0]?.source?.id).toBe('dw');
    expect(citations[0]?.locators).toEqual(['¶1', '¶5']);
  });
  it('orders ¶10 after ¶9', () => {
    const citations = slideCitations(indexed, {});
    expect(citations[0]?.locators).toEqual(['¶1', '¶5', '¶8', '¶9']);
  });
  it('is empty when nothing is on screen', () => {
    expect(slideCitations(indexed, { issues: ['nothing-here'] })).toEqual([]);
  });
});
