import { describe, expect, it } from 'vitest';
import { clampGridPosition, nextGridPosition } from './grid-navigation';

const size = { rows: 3, cols: 4 };
const move = (r: number, c: number, key: string, ctrl = false) =>
  nextGridPosition({ r, c }, key, ctrl, size);

describe('nextGridPosition', () => {
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(move(1, 1, 'ArrowRight')).toEqual({ r: 1, c: 2 });
    expect(move(1, 3, 'ArrowRight')).toEqual({ r: 1, c: 3 });
    expect(move(1, 1, 'ArrowDown')).toEqual({ r: 2, c: 1 });
    expect(move(2, 1, 'ArrowDown')).toEqual({ r: 2, c: 1 });
  });

  it('reaches the row and column headers but never the empty corner', () => {
    expect(move(1, 0, 'ArrowLeft')).toEqual({ r: 1, c: -1 });
    expect(move(0, 2, 'ArrowUp')).toEqual({ r: -1, c: 2 });
    expect(move(0, -1, 'ArrowUp')).toEqual({ r: 0, c: -1 });
    expect(move(-1, 0, 'ArrowLeft')).toEqual({ r: -1, c: 0 });
  });

  it('jumps to the row ends with Home and End, to the grid ends with Ctrl', () => {
    expect(move(2, 2, 'Home')).toEqual({ r: 2, c: -1 });
    expect(move(-1, 2, 'Home')).toEqual({ r: -1, c: 0 });
    expect(move(2, 0, 'End')).toEqual({ r: 2, c: 3 });
    expect(move(2, 2, 'Home', true)).toEqual({ r: 0, c: 0 });
    expect(move(0, 0, 'End', true)).toEqual({ r: 2, c: 3 });
  });

  it('ignores other keys', () => {
    expect(move(1, 1, 'Enter')).toBeNull();
  });
});

describe('clampGridPosition', () => {
  it('keeps the position inside a smaller grid', () => {
    expect(clampGridPosition({ r: 5, c: 9 }, size)).toEqual({ r: 2, c: 3 });
    expect(clampGridPosition({ r: -1, c: -1 }, size)).toEqual({ r: 0, c: 0 });
  });
});
