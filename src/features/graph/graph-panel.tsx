import type { IndexedModel } from '../../model/index-model';
import { useText } from '../../state/use-text';
import { useViewStore } from '../../state/view-store';

/** Minimal rendering until the graph lands: the actors, grouped by bloc. */
export function GraphPanel({ indexed }: { indexed: IndexedModel }) {
  const tx = useText(indexed.model.meta.languages);
  const focusActor = useViewStore((s) => s.focusActor);
  return (
    <ul className="bloc-list">
      {indexed.blocs.map((bloc) => (
        <li key={bloc}>
          <strong>{tx(indexed.actorsById.get(bloc)?.name)}</strong>
          <ul>
            {indexed.model.actors
              .filter((a) => indexed.blocOf.get(a.id) === bloc && a.id !== bloc)
              .map((a) => (
                <li key={a.id}>
                  <button type="button" className="link" onClick={() => focusActor(a.id)}>
                    {tx(a.name)}
                  </button>
                </li>
              ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
