import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../../model/index-model';
import { quoteKinds, type QuoteKind } from '../../model/schema';
import { useText } from '../../state/use-text';
import { venueOptions } from './filter-quotes';
import { QuoteSearchBox } from './quote-search-box';
import { quoteSorts, type QuoteSort } from './sort-quotes';
import { useQuoteOptions } from './use-quote-options';

/**
 * Search box, sort, and the list's bloc, kind and venue filters. Memoised: typing re-renders
 * the search box and the results, not the four selects and their options.
 */
export const QuoteToolbar = memo(function QuoteToolbar({ indexed }: { indexed: IndexedModel }) {
  const { t } = useTranslation();
  const tx = useText(indexed.model.meta.languages);
  const options = useQuoteOptions();
  const select = (
    name: 'sort' | 'bloc' | 'kind' | 'venue',
    value: string | null,
    choices: [string, string][],
  ) => (
    <label className="quotes-field">
      <span>{t(`quotes.${name}`)}</span>
      <select
        value={value ?? ''}
        onChange={(event) => {
          const next = event.target.value;
          if (name === 'sort') options.set({ sort: next as QuoteSort });
          else if (name === 'kind') options.set({ kind: (next || null) as QuoteKind | null });
          else options.set({ [name]: next || null });
        }}
      >
        {name !== 'sort' && <option value="">{t('quotes.all')}</option>}
        {choices.map(([key, label]) => (
          <option key={key} value={key}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="quotes-toolbar" role="group" aria-label={t('quotes.controls')}>
      <QuoteSearchBox />
      {select(
        'sort',
        options.sort,
        quoteSorts.map((sort) => [sort, t(`quotes.sorts.${sort}`)]),
      )}
      {select(
        'bloc',
        options.bloc,
        indexed.blocs.map((bloc) => [bloc, tx(indexed.actorsById.get(bloc)?.name)]),
      )}
      {select(
        'kind',
        options.kind,
        quoteKinds.map((kind) => [kind, t(`quote.${kind}`)]),
      )}
      {select(
        'venue',
        options.venue,
        venueOptions(indexed.model).map(({ key, venue }) => [key, tx(venue)]),
      )}
    </div>
  );
});
