import { describe, expect, it } from 'vitest';
import { directedRelationTypes, relationTypes } from '../../model/schema';
import { relationStyle } from './relation-style';

describe('relationStyle', () => {
  it('gives every type a distinct colour and a distinct dash pattern', () => {
    const styles = relationTypes.map(relationStyle);
    expect(new Set(styles.map((s) => s.color)).size).toBe(relationTypes.length);
    expect(new Set(styles.map((s) => s.dash)).size).toBe(relationTypes.length);
  });
  it('marks exactly the directed types as directed', () => {
    const directed = relationTypes.filter((type) => relationStyle(type).directed);
    expect(directed).toEqual([...directedRelationTypes]);
  });
});
