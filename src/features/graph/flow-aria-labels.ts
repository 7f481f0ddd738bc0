import type { TFunction } from 'i18next';

/** React Flow's own accessible names and help texts, in the UI language. */
export const flowAriaLabels = (t: TFunction) => ({
  'node.a11yDescription.default': t('graph.nodeHelp'),
  'node.a11yDescription.keyboardDisabled': t('graph.nodeHelp'),
  'edge.a11yDescription.default': t('graph.edgeHelp'),
  'controls.ariaLabel': t('graph.controls'),
  'controls.zoomIn.ariaLabel': t('graph.zoomIn'),
  'controls.zoomOut.ariaLabel': t('graph.zoomOut'),
  'controls.fitView.ariaLabel': t('graph.fitView'),
  'minimap.ariaLabel': t('graph.minimapLabel'),
});
