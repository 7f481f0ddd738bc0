import { directedRelationTypes, type RelationType } from '../../model/schema';

export type RelationStyle = { color: string; dash: string; directed: boolean };

/**
 * Every relation type differs in colour AND dash pattern; directed types also get an arrowhead.
 * Colours are dark enough for white paper and a projector; dashes tell them apart in greyscale.
 */
const base: Record<RelationType, Omit<RelationStyle, 'directed'>> = {
  cooperates: { color: '#1a7f37', dash: '' },
  supports: { color: '#0b5cad', dash: '16 3' },
  negotiates: { color: '#6f42c1', dash: '10 4' },
  pressures: { color: '#c2410c', dash: '2 4' },
  opposes: { color: '#b42318', dash: '10 4 2 4' },
  conflict: { color: '#7a0010', dash: '14 3 3 3 3 3' },
  trades: { color: '#8a6d00', dash: '6 6' },
  distrusts: { color: '#5b4636', dash: '1 5' },
  observes: { color: '#4b5563', dash: '4 3' },
};

export const relationStyle = (type: RelationType): RelationStyle => ({
  ...base[type],
  directed: directedRelationTypes.includes(type),
});
