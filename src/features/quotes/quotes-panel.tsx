import type { IndexedModel } from '../../model/index-model';
import { useText } from '../../state/use-text';

/** Minimal rendering until the quote list lands: every quote with its speaker. */
export function QuotesPanel({ indexed }: { indexed: IndexedModel }) {
  const tx = useText(indexed.model.meta.languages);
  return (
    <ul aria-label="Quotes">
      {indexed.model.quotes.map((quote) => (
        <li key={quote.id} data-id={quote.id}>
          <strong>{tx(indexed.actorsById.get(quote.speaker)?.name)}</strong>: {tx(quote.text)}
        </li>
      ))}
    </ul>
  );
}
