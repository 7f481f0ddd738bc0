import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../../model/index-model';
import './charts.css';

// Recharts stays out of the initial bundle: the charts load when first opened.
const ChartsPanel = lazy(() =>
  import('./charts-panel').then((module) => ({ default: module.ChartsPanel })),
);

/** The charts, folded under the matrix until asked for. */
export function ChartsSection({ indexed }: { indexed: IndexedModel }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details
      className="charts-section"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{t('matrix.charts.show')}</summary>
      {open && (
        <Suspense fallback={<p role="status">{t('matrix.charts.loading')}</p>}>
          <ChartsPanel indexed={indexed} />
        </Suspense>
      )}
    </details>
  );
}
