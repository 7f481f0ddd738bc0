import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from './export-graph';
import { useGraphOptions } from './graph-options-store';

type Status =
  { kind: 'busy' } | { kind: 'done'; file: string } | { kind: 'failed'; message: string };

/** Export buttons and the minimap switch, above the graph. */
export function GraphToolbar({
  onExport,
}: {
  onExport: (format: ExportFormat) => Promise<string>;
}) {
  const { t } = useTranslation();
  const minimap = useGraphOptions((s) => s.minimap);
  const toggleMinimap = useGraphOptions((s) => s.toggleMinimap);
  const [status, setStatus] = useState<Status | null>(null);
  const run = (format: ExportFormat) => {
    setStatus({ kind: 'busy' });
    onExport(format).then(
      (file) => setStatus({ kind: 'done', file }),
      (error: unknown) =>
        setStatus({
          kind: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
  };
  return (
    <div className="graph-toolbar">
      <button type="button" onClick={() => run('png')} disabled={status?.kind === 'busy'}>
        {t('graph.exportPng')}
      </button>
      <button type="button" onClick={() => run('svg')} disabled={status?.kind === 'busy'}>
        {t('graph.exportSvg')}
      </button>
      <button type="button" aria-pressed={minimap} onClick={toggleMinimap}>
        {t('graph.minimap')}
      </button>
      <span role="status" className="graph-status">
        {status?.kind === 'busy' && t('graph.exporting')}
        {status?.kind === 'done' && t('graph.exported', { file: status.file })}
        {status?.kind === 'failed' && t('graph.exportFailed', { message: status.message })}
      </span>
    </div>
  );
}
