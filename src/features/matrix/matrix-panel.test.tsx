import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n/setup';
import { indexModel } from '../../model/index-model';
import { fixtureModel } from '../../testing/fixture-model';
import { initialViewFields, useViewStore } from '../../state/view-store';
import { MatrixPanel } from './matrix-panel';
import { useMatrixOptionsStore } from './matrix-options-store';

const indexed = indexModel(fixtureModel());
const cellButton = (actor: string, issue: string) => {
  const td = document.querySelector(`td[data-actor="${actor}"][data-issue="${issue}"]`);
  if (!(td instanceof HTMLElement)) throw new Error(`no cell ${actor} ${issue}`);
  return within(td).getByRole('button');
};

beforeEach(() => {
  initI18n('en');
  useViewStore.setState(initialViewFields);
  useMatrixOptionsStore.setState({ sort: 'bloc', hideEmptyRows: true, hideEmptyColumns: false });
});

describe('MatrixPanel', () => {
  it('renders a table with issue columns, actor rows and the cell words', () => {
    render(<MatrixPanel indexed={indexed} />);
    const table = screen.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Territory' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Ukraine' })).toBeInTheDocument();
    const territory = cellButton('ukraine', 'territory');
    expect(territory.closest('td')).toHaveAttribute('data-position', 'oppose');
    expect(territory).toHaveAccessibleName('Ukraine, Territory: Oppose');
    expect(cellButton('russia', 'security-guarantees').closest('td')).toHaveAttribute(
      'data-reported',
      'true',
    );
  });

  it('selects a cell on click and moves focus with the arrow keys', () => {
    render(<MatrixPanel indexed={indexed} />);
    const first = cellButton('russia', 'security-guarantees');
    expect(first).toHaveAttribute('tabindex', '0');
    fireEvent.click(first);
    expect(useViewStore.getState().selected).toEqual({
      kind: 'cell',
      actor: 'russia',
      issue: 'security-guarantees',
    });
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(cellButton('ukraine', 'security-guarantees')).toHaveFocus();
    expect(cellButton('ukraine', 'security-guarantees')).toHaveAttribute('tabindex', '0');
    expect(first).toHaveAttribute('tabindex', '-1');
  });

  it('focuses an actor from its row header and filters an issue from its column header', () => {
    render(<MatrixPanel indexed={indexed} />);
    fireEvent.click(screen.getByRole('button', { name: 'Ukraine' }));
    expect(useViewStore.getState().focus).toBe('ukraine');
    fireEvent.click(screen.getByRole('button', { name: 'Sanctions' }));
    expect(useViewStore.getState().issues).toEqual(['sanctions']);
  });

  it('says how many empty rows it hides, and shows them on request', () => {
    render(<MatrixPanel indexed={indexed} />);
    expect(screen.getByText('5 rows without a stance hidden')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Hide empty rows' }));
    expect(screen.getByRole('rowheader', { name: 'Steve Witkoff' })).toBeInTheDocument();
  });
});
