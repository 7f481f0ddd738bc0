import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../../model/index-model';
import { useText } from '../../state/use-text';
import { useViewStore } from '../../state/view-store';
import { explainEmpty, venueOptions, type FilterName, type QuoteFilters } from './filter-quotes';
import { useQuoteOptions } from './use-quote-options';

type Props = {
  indexed: IndexedModel;
  order: Int32Array;
  filters: QuoteFilters;
  mask: Uint8Array | null;
};

/** An empty list says which filters are in effect, what each one removes, and offers to clear them. */
export function QuotesEmpty({ indexed, order, filters, mask }: Props) {
  const { t } = useTranslation();
  const tx = useText(indexed.model.meta.languages);
  const q = useViewStore((s) => s.q);
  const set = useViewStore((s) => s.set);
  const clearLocal = useQuoteOptions((s) => s.clearFilters);
  const name = (id: string) => tx(indexed.actorsById.get(id)?.name) || id;
  const value: Record<FilterName, () => string> = {
    search: () => q.trim(),
    issues: () => filters.issues.map((id) => tx(indexed.issuesById.get(id)?.name) || id).join(', '),
    actors: () => filters.actors.map(name).join(', '),
    positions: () => filters.positions.map((p) => t(`positions.${p}`)).join(', '),
    asOf: () => filters.asOf ?? '',
    focus: () => name(filters.focus ?? ''),
    bloc: () => name(filters.bloc ?? ''),
    kind: () => (filters.kind ? t(`quote.${filters.kind}`) : ''),
    venue: () => {
      const option = venueOptions(indexed.model).find(({ key }) => key === filters.venue);
      return option ? tx(option.venue) : (filters.venue ?? '');
    },
  };
  const causes = explainEmpty(indexed, order, filters, mask);
  const clear = () => {
    set({ q: '', issues: [], actors: [], positions: [], asOf: null, focus: null, view: null });
    clearLocal();
  };
  return (
    <div className="quotes-empty">
      <p>{t('quotes.empty')}</p>
      {causes.length > 0 && (
        <>
          <p>{t('quotes.emptyCauses')}</p>
          <ul>
            {causes.map((cause) => (
              <li key={cause.name}>
                {t(`quotes.filters.${cause.name}`, { value: value[cause.name]() })}{' '}
                {t('quotes.without', { count: cause.without })}
              </li>
            ))}
          </ul>
          <button
            type="button"
            onClick={(event) => {
              // This button goes away with the empty list: the search box keeps the focus.
              event.currentTarget
                .closest('.quotes-panel')
                ?.querySelector<HTMLInputElement>('input[type="search"]')
                ?.focus();
              clear();
            }}
          >
            {t('quotes.clearFilters')}
          </button>
        </>
      )}
    </div>
  );
}
