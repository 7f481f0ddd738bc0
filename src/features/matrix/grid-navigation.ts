/** A position in the matrix grid: row -1 is the column headers, column -1 the row headers. */
export type GridPosition = { r: number; c: number };
export type GridSize = { rows: number; cols: number };

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Where a key moves focus (roving tabindex), or null when the key is not a grid key. */
export function nextGridPosition(
  { r, c }: GridPosition,
  key: string,
  ctrl: boolean,
  { rows, cols }: GridSize,
): GridPosition | null {
  // The top-left corner has no control: headers of one kind cannot reach it.
  const minC = r === -1 ? 0 : -1;
  const minR = c === -1 ? 0 : -1;
  switch (key) {
    case 'ArrowRight':
      return { r, c: clamp(c + 1, minC, cols - 1) };
    case 'ArrowLeft':
      return { r, c: clamp(c - 1, minC, cols - 1) };
    case 'ArrowDown':
      return { r: clamp(r + 1, minR, rows - 1), c };
    case 'ArrowUp':
      return { r: clamp(r - 1, minR, rows - 1), c };
    case 'Home':
      return ctrl ? { r: 0, c: 0 } : { r, c: minC };
    case 'End':
      return ctrl ? { r: rows - 1, c: cols - 1 } : { r, c: cols - 1 };
    default:
      return null;
  }
}

/** Keeps a remembered position inside a grid whose size changed. */
export function clampGridPosition({ r, c }: GridPosition, { rows, cols }: GridSize): GridPosition {
  const next = { r: clamp(r, -1, rows - 1), c: clamp(c, -1, cols - 1) };
  return next.r === -1 && next.c === -1 ? { r: 0, c: 0 } : next;
}
