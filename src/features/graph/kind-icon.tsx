import type { ActorKind } from '../../model/schema';

/** A small shape per actor kind, so kinds differ without reading the label. */
const paths: Record<ActorKind, string> = {
  state: 'M3 3h14v14H3z M3 8h14 M10 8v9',
  person: 'M10 3a3.5 3.5 0 1 1 0 7a3.5 3.5 0 1 1 0-7z M3 18c0-4 3-6 7-6s7 2 7 6z',
  organization: 'M2 8l8-5l8 5z M4 9v7 M8 9v7 M12 9v7 M16 9v7 M2 17h16',
  coalition:
    'M6 5a3 3 0 1 1 0 6a3 3 0 1 1 0-6z M14 5a3 3 0 1 1 0 6a3 3 0 1 1 0-6z M10 11a3 3 0 1 1 0 6a3 3 0 1 1 0-6z',
  expert: 'M2 6l8-3l8 3l-8 3z M5 8v5c0 2 10 2 10 0v-5 M18 6v6',
  media: 'M3 4h14v10H8l-4 3v-3H3z',
};

export function KindIcon({ kind }: { kind: ActorKind }) {
  return (
    <svg className="graph-kind-icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
      <path d={paths[kind]} fill="none" stroke="currentColor" strokeWidth="1.8" />
    </svg>
  );
}
