import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectPicture } from '../../components/control-picture';
import { useAfterHydration } from '../../lib/use-hydrated';
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
  // Below the first screen: the prerendered picture draws the selects, and the real
  // ones follow in a background render after hydration (control-picture.tsx).
  const live = useAfterHydration();
  const select = (
    name: 'sort' | 'bloc' | 'kind' | 'venue',
    value: string | null,
    choices: [string, string][],
  ) => {
    const all: [string, string][] = name === 'sort' ? choices : [['', t('quotes.all')], ...choices];
    return (
      <label className="quotes-field">
        <span className="quotes-field-label">{t(`quotes.${name}`)}</span>
        {live ? (
          <select
            value={value ?? ''}
            onChange={(event) => {
              const next = event.target.value;
              if (name === 'sort') options.set({ sort: next as QuoteSort });
              else if (name === 'kind') options.set({ kind: (next || null) as QuoteKind | null });
              else options.set({ [name]: next || null });
            }}
          >
            {all.map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        ) : (
          // Its width is the field's (quotes.css).
          <SelectPicture options={all} value={value ?? ''} widest={false} />
        )}
      </label>
    );
  };
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
