import { create } from 'zustand';
import type { MatrixOptions } from './matrix-rows';

type MatrixOptionsStore = MatrixOptions & { setOptions: (patch: Partial<MatrixOptions>) => void };

/** The matrix's own display options; view state shared with other panels lives in useViewStore. */
export const useMatrixOptionsStore = create<MatrixOptionsStore>()((set) => ({
  sort: 'bloc',
  sortIssue: null,
  hideEmptyRows: true,
  hideEmptyColumns: false,
  setOptions: (patch) => set(patch),
}));
