import './inspector.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../../model/index-model';
import { useViewStore, type Selection } from '../../state/view-store';
import { ActorDetails } from './actor-details';
import { CellDetails } from './cell-details';
import { EventDetails } from './event-details';
import { QuoteDetails } from './quote-details';
import { RelationDetails } from './relation-details';

function Body({ selected, indexed }: { selected: Selection; indexed: IndexedModel }) {
  switch (selected.kind) {
    case 'actor':
      return <ActorDetails id={selected.id} indexed={indexed} />;
    case 'relation':
      return <RelationDetails id={selected.id} indexed={indexed} />;
    case 'quote':
      return <QuoteDetails id={selected.id} indexed={indexed} />;
    case 'event':
      return <EventDetails id={selected.id} indexed={indexed} />;
    case 'cell':
      return <CellDetails actor={selected.actor} issue={selected.issue} indexed={indexed} />;
  }
}

/** The Details inspector: whatever is selected anywhere, with its evidence. Escape clears it. */
export function DetailsPanel({ indexed }: { indexed: IndexedModel }) {
  const { t } = useTranslation();
  const selected = useViewStore((s) => s.selected);
  const focus = useViewStore((s) => s.focus);
  const select = useViewStore((s) => s.select);
  const focusActor = useViewStore((s) => s.focusActor);
  // Closed from inside (its button, or Escape with focus in it): focus goes to what it now says,
  // not back to the page's start.
  const [closedFromInside, setClosedFromInside] = useState(false);
  if (selected && closedFromInside) setClosedFromInside(false);
  // Undo what choosing an actor did: clear the focus too when it was that actor.
  const clear = () => {
    setClosedFromInside(true);
    if (selected?.kind === 'actor' && selected.id === focus) focusActor(null);
    else select(null);
  };

  useEffect(() => {
    if (!selected) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (document.activeElement?.closest('.inspector')) setClosedFromInside(true);
      if (selected.kind === 'actor' && selected.id === focus) focusActor(null);
      else select(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selected, focus, select, focusActor]);

  if (!selected)
    return (
      <p
        className="inspector-muted"
        tabIndex={-1}
        ref={closedFromInside ? (node) => node?.focus() : undefined}
      >
        {t('inspector.empty')}
      </p>
    );
  return (
    <div className="inspector">
      <button
        type="button"
        className="inspector-close"
        aria-label={t('inspector.close')}
        title={t('inspector.close')}
        onClick={clear}
      >
        ×
      </button>
      <Body selected={selected} indexed={indexed} />
    </div>
  );
}
