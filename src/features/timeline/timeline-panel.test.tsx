import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n/setup';
import { indexModel } from '../../model/index-model';
import { initialViewFields, useViewStore } from '../../state/view-store';
import { fixtureModel } from '../../testing/fixture-model';
import { TimelinePanel } from './timeline-panel';

const indexed = indexModel(fixtureModel());

describe('TimelinePanel', () => {
  beforeEach(() => {
    initI18n('en');
    useViewStore.setState(initialViewFields);
  });

  it('lists what changed up to the as-of date when one is set', () => {
    useViewStore.setState({ asOf: '2025-08-16' });
    render(<TimelinePanel indexed={indexed} />);
    expect(screen.getByLabelText('To')).toHaveValue('2025-08-16');
    expect(screen.getByLabelText('From')).toHaveValue('2025-08-15');
  });

  it('lists the events; choosing one selects it for Details', () => {
    render(<TimelinePanel indexed={indexed} />);
    fireEvent.click(screen.getByRole('button', { name: 'Trump–Putin summit in Alaska' }));
    expect(useViewStore.getState().selected).toEqual({ kind: 'event', id: 'ev-summit' });
  });

  it('steps asOf by day with the arrows and stays "latest" at the end', () => {
    render(<TimelinePanel indexed={indexed} />);
    const slider = screen.getByRole('slider', { name: 'As of' });
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(useViewStore.getState().asOf).toBeNull();
    fireEvent.keyDown(slider, { key: 'ArrowLeft' });
    expect(useViewStore.getState().asOf).toBe('2025-08-16');
    fireEvent.keyDown(slider, { key: 'PageDown' });
    expect(useViewStore.getState().asOf).toBe('2025-08-15');
  });

  it('greys events after asOf and says so in words', () => {
    useViewStore.setState({ asOf: '2025-08-14' });
    render(<TimelinePanel indexed={indexed} />);
    const item = screen.getByRole('button', { name: 'Trump–Putin summit in Alaska' }).closest('li');
    expect(item).toHaveAttribute('data-later', 'true');
    expect(item).toHaveTextContent('after as of');
  });

  it('lists what changed with the reporter, and opens the cell in Details', () => {
    render(<TimelinePanel indexed={indexed} />);
    const section = screen.getByRole('region', { name: 'What changed' });
    const item = within(section)
      .getByText('Russia on Security guarantees', { exact: false })
      .closest('li');
    expect(item).toHaveTextContent('reported by Steve Witkoff');
    fireEvent.click(within(item as HTMLElement).getByRole('button', { name: 'Open in Details' }));
    expect(useViewStore.getState().selected).toEqual({
      kind: 'cell',
      actor: 'russia',
      issue: 'security-guarantees',
    });
  });
});
