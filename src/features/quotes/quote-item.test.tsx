import { fireEvent, render, screen } from '@testing-library/react';
import type { TFunction } from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { indexModel } from '../../model/index-model';
import { initialViewFields, useViewStore } from '../../state/view-store';
import { fixtureModel } from '../../testing/fixture-model';
import { QuoteItem } from './quote-item';
import { quoteLabels } from './quote-labels';
import { foldCase } from './search-fold';

const t = ((key: string, options?: { name?: string }) =>
  options?.name ? `${key}: ${options.name}` : key) as unknown as TFunction;
const labels = quoteLabels(t);
const indexed = indexModel(fixtureModel());
const quote = indexed.model.quotes.find((q) => q.id === 'q-witkoff');
if (!quote) throw new Error('fixture quote q-witkoff missing');

function item(folded: string, onCopy = vi.fn()) {
  return (
    <QuoteItem
      indexed={indexed}
      quote={quote as NonNullable<typeof quote>}
      lang="en"
      labels={labels}
      folded={folded}
      fold={foldCase}
      onCopy={onCopy}
    />
  );
}

afterEach(() => useViewStore.setState(initialViewFields));

describe('QuoteItem', () => {
  it('an issue tag filters by that issue alone; Copy citation copies this quote', () => {
    const onCopy = vi.fn();
    render(item('', onCopy));
    fireEvent.click(screen.getByRole('button', { name: '# Security guarantees' }));
    expect(useViewStore.getState().issues).toEqual(['security-guarantees']);
    fireEvent.click(screen.getByRole('button', { name: 'quotes.copy' }));
    expect(onCopy).toHaveBeenCalledWith(quote);
  });

  it('typing on re-marks the words and keeps the tags and the copy button working', () => {
    const onCopy = vi.fn();
    const { container, rerender } = render(item('russ', onCopy));
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Russ']);
    rerender(item('russians agree', onCopy));
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'Russians agree',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'quotes.copy' }));
    expect(onCopy).toHaveBeenCalledWith(quote);
    expect(screen.getByRole('list', { name: 'quotes.issues' })).toHaveTextContent(
      '# Security guarantees',
    );
  });
});
