import { act, render, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n/setup';
import { indexModel } from '../../model/index-model';
import { fixtureModel } from '../../testing/fixture-model';
import { MatrixOptionsBar } from './matrix-options';
import { useMatrixOptionsStore } from './matrix-options-store';

const indexed = indexModel(fixtureModel());

beforeEach(() => {
  initI18n('en');
  useMatrixOptionsStore.setState({ sort: 'name', hideEmptyRows: true, hideEmptyColumns: false });
});

// The prerendered picture draws these controls (src/components/control-picture.tsx).
describe('MatrixOptionsBar in the prerendered picture', () => {
  it('draws its controls on the server and while hydrating, then gives way to them on the server and while hydrating, then give way to them', async () => {
    const bar = <MatrixOptionsBar indexed={indexed} columns={[]} />;
    const html = renderToString(bar);
    expect(html).not.toMatch(/<select|<input/);
    expect(html.match(/control-picture/g)).toHaveLength(3);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors: unknown[] = [];
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, bar, { onRecoverableError: (error) => errors.push(error) });
    });
    expect(errors).toEqual([]);
    expect(container.querySelector('.control-picture')).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Sort rows' })).toHaveValue('name');
    expect(screen.getByRole('checkbox', { name: 'Hide empty rows' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Hide empty columns' })).not.toBeChecked();
    act(() => root?.unmount());
    container.remove();
  });

  it('has its real controls from the start in a page rendered in the browser alone', () => {
    const { container } = render(<MatrixOptionsBar indexed={indexed} columns={[]} />);
    expect(container.querySelector('.control-picture')).toBeNull();
    expect(container.querySelectorAll('select, input')).toHaveLength(3);
  });
});
