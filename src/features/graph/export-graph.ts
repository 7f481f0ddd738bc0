import { getViewportForBounds } from '@xyflow/react';
import { toSvg } from 'html-to-image';
import { downloadFile } from '../../lib/download';
import type { Box } from './layout';
import { graphArea, slideSvg, SLIDE_HEIGHT, SLIDE_WIDTH, type SlideLegendItem } from './slide-svg';

export type ExportFormat = 'png' | 'svg';

async function rasterise(svg: string): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = SLIDE_WIDTH;
  canvas.height = SLIDE_HEIGHT;
  canvas.getContext('2d')?.drawImage(image, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('empty image'))), 'image/png'),
  );
}

/**
 * Downloads the whole graph (not just what is on screen) as a 1920×1080 slide with the title
 * and legend: React Flow's viewport is pictured with html-to-image, fitted to `bounds`.
 */
export async function exportGraph(
  format: ExportFormat,
  input: {
    viewport: HTMLElement;
    bounds: Box;
    title: string;
    subtitle: string;
    legend: SlideLegendItem[];
    fileName: string;
  },
): Promise<string> {
  const area = graphArea(input.legend);
  const fit = getViewportForBounds(input.bounds, area.width, area.height, 0.05, 2, 0.04);
  // Edge labels show on hover on screen; on a slide the legend explains the lines instead.
  // (html-to-image copies SVG subtrees whole, without styles: they would come out black.)
  const labels = [...input.viewport.querySelectorAll('.react-flow__edge-textwrapper')];
  const shown = labels.map((label) => label.getAttribute('visibility'));
  labels.forEach((label) => label.setAttribute('visibility', 'hidden'));
  // The arrowheads are defined beside the viewport (arrow-markers.tsx): the picture needs a copy.
  const markers = input.viewport.ownerDocument.querySelector('.graph-markers')?.cloneNode(true);
  if (markers) input.viewport.append(markers);
  const imageHref = await toSvg(input.viewport, {
    width: area.width,
    height: area.height,
    skipFonts: true,
    style: {
      width: `${area.width}px`,
      height: `${area.height}px`,
      transform: `translate(${fit.x}px, ${fit.y}px) scale(${fit.zoom})`,
    },
  }).finally(() => {
    labels.forEach((label, i) => label.setAttribute('visibility', shown[i] ?? 'visible'));
    markers?.parentNode?.removeChild(markers);
  });
  const svg = slideSvg({ ...input, imageHref });
  const blob = format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await rasterise(svg);
  const fileName = `${input.fileName}.${format}`;
  downloadFile(fileName, blob);
  return fileName;
}
