import type { Position } from '../model/schema';

/**
 * How a position looks everywhere (matrix, charts, Details, legend): a colour from the
 * colour-blind-safe RdBu scheme that stays distinct in greyscale, a symbol, and readable ink.
 * Never colour alone: every use shows the word too, or at least the symbol with a text label.
 */
export const positionStyle: Record<Position, { color: string; ink: string; symbol: string }> = {
  support: { color: '#0571b0', ink: '#ffffff', symbol: '✔' },
  conditional: { color: '#92c5de', ink: '#0b1f33', symbol: '◐' },
  neutral: { color: '#f0f0f0', ink: '#1f2937', symbol: '○' },
  ambiguous: { color: '#f4a582', ink: '#3b1406', symbol: '?' },
  oppose: { color: '#ca0020', ink: '#ffffff', symbol: '✖' },
};
