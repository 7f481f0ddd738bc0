import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../../model/index-model';
import type { Quote } from '../../model/schema';
import { downloadFile } from '../../lib/download';
import { QuoteList } from './quote-list';
import { quotesAt } from './filter-quotes';
import { citationText, csvRows, describeQuote } from './quote-rows';
import { QuoteToolbar } from './quote-toolbar';
import { QuotesEmpty } from './quotes-empty';
import { toCsv } from './quotes-csv';
import { useQuoteResults } from './use-quote-results';
import './quotes.css';

/** The Quotes region: search, filters, a virtualised list, citations and exports. */
export function QuotesPanel({ indexed }: { indexed: IndexedModel }) {
  const { t } = useTranslation();
  const { shown, search, filters, order, lang, retryChinese } = useQuoteResults(indexed);
  const [status, setStatus] = useState('');

  const onCopy = useCallback(
    (quote: Quote) => {
      const speaker = describeQuote(indexed, quote, lang).speaker;
      navigator.clipboard
        .writeText(citationText(indexed, quote, lang, t))
        .then(() => setStatus(t('quotes.copied', { speaker })))
        .catch(() => setStatus(t('quotes.copyFailed')));
    },
    [indexed, lang, t],
  );
  const exportAs = (format: 'CSV' | 'JSON') => {
    const quotes = quotesAt(indexed.model.quotes, shown);
    if (format === 'CSV')
      downloadFile(
        'quotes.csv',
        toCsv(csvRows(indexed, quotes, lang, t)),
        'text/csv;charset=utf-8',
      );
    else downloadFile('quotes.json', `${JSON.stringify(quotes, null, 2)}\n`, 'application/json');
    setStatus(t('quotes.exported', { count: quotes.length, format }));
  };

  return (
    <div className="quotes-panel">
      <QuoteToolbar indexed={indexed} />
      <div className="quotes-summary">
        <p className="quotes-count" aria-live="polite">
          {t('quotes.count', { count: shown.length })}
          {search.pending && <span className="quotes-pending"> · {t('quotes.folding')}</span>}
        </p>
        <div className="quotes-exports">
          <button type="button" onClick={() => exportAs('CSV')} disabled={!shown.length}>
            {t('quotes.exportCsv')}
          </button>
          <button type="button" onClick={() => exportAs('JSON')} disabled={!shown.length}>
            {t('quotes.exportJson')}
          </button>
        </div>
      </div>
      <p className="quotes-status" role="status">
        {status}
      </p>
      {search.unavailable && (
        <p className="quotes-unavailable" role="alert">
          {t('quotes.foldFailed')}{' '}
          <button type="button" onClick={retryChinese}>
            {t('quotes.retry')}
          </button>
        </p>
      )}
      {shown.length > 0 ? (
        <QuoteList indexed={indexed} shown={shown} lang={lang} search={search} onCopy={onCopy} />
      ) : search.pending ? (
        // Not "nothing matches" while Simplified and Traditional are still being matched.
        <p className="quotes-empty">{t('quotes.folding')}</p>
      ) : (
        <QuotesEmpty indexed={indexed} order={order} filters={filters} mask={search.mask} />
      )}
    </div>
  );
}
