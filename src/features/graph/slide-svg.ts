/** A slide (1920×1080) composed of a title, the graph picture and the legend, as SVG text. */
export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;
const MARGIN = 48;
const TITLE_HEIGHT = 130;
const ROW_HEIGHT = 40;

export type SlideLegendItem =
  | { kind: 'line'; label: string; color: string; dash: string; directed: boolean }
  | { kind: 'swatch'; label: string; color: string };

const escapeXml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Rough text width at 22px: CJK characters are about twice as wide as Latin ones. */
const textWidth = (value: string) =>
  [...value].reduce((sum, c) => sum + (c.charCodeAt(0) > 0x2e80 ? 23 : 12), 0);

/** Legend items flowed into rows across the slide's bottom. */
export function legendLayout(items: readonly SlideLegendItem[]) {
  const placed: { item: SlideLegendItem; x: number; row: number }[] = [];
  let x = MARGIN;
  let row = 0;
  for (const item of items) {
    const width = 74 + textWidth(item.label) + 28;
    if (x > MARGIN && x + width > SLIDE_WIDTH - MARGIN) {
      x = MARGIN;
      row++;
    }
    placed.push({ item, x, row });
    x += width;
  }
  const rows = items.length ? row + 1 : 0;
  return { placed, height: rows * ROW_HEIGHT + (rows ? 24 : 0) };
}

/** Where the graph picture goes, once the title and legend have their room. */
export function graphArea(items: readonly SlideLegendItem[]) {
  const legendHeight = legendLayout(items).height;
  return {
    x: MARGIN,
    y: TITLE_HEIGHT,
    width: SLIDE_WIDTH - 2 * MARGIN,
    height: SLIDE_HEIGHT - TITLE_HEIGHT - legendHeight - MARGIN / 2,
  };
}

function titleSvg(title: string) {
  const { size, squeeze } = titleFit(title);
  const fit = squeeze ? ` textLength="${squeeze}" lengthAdjust="spacingAndGlyphs"` : '';
  return `<text x="${MARGIN}" y="70" font-size="${size}" font-weight="700" fill="#111827"${fit}>${escapeXml(title)}</text>`;
}

function legendItemSvg(item: SlideLegendItem, x: number, y: number) {
  const label = `<text x="${x + 70}" y="${y + 8}" font-size="22" fill="#111827">${escapeXml(item.label)}</text>`;
  if (item.kind === 'swatch')
    return `<rect x="${x}" y="${y - 10}" width="56" height="22" rx="4" fill="${item.color}"/>${label}`;
  const end = item.directed ? x + 46 : x + 58;
  const dash = item.dash ? ` stroke-dasharray="${item.dash}"` : '';
  const arrow = item.directed
    ? `<path d="M${x + 46} ${y - 7} L${x + 60} ${y + 1} L${x + 46} ${y + 9} z" fill="${item.color}"/>`
    : '';
  return `<line x1="${x}" y1="${y + 1}" x2="${end}" y2="${y + 1}" stroke="${item.color}" stroke-width="4"${dash}/>${arrow}${label}`;
}

/** The title's font size: 40px, smaller for long titles, squeezed to the width at 24px. */
export function titleFit(title: string): { size: number; squeeze: number | null } {
  const available = SLIDE_WIDTH - 2 * MARGIN;
  // Bold 40px glyphs run wider than the 22px estimate scaled up: allow a quarter more.
  const at40 = (textWidth(title) * 40 * 1.25) / 22;
  const size = Math.max(24, Math.min(40, Math.floor((40 * available) / Math.max(at40, 1))));
  const width = (at40 * size) / 40;
  return { size, squeeze: width > available ? available : null };
}

export function slideSvg(input: {
  title: string;
  subtitle: string;
  imageHref: string;
  legend: readonly SlideLegendItem[];
}): string {
  const area = graphArea(input.legend);
  const { placed } = legendLayout(input.legend);
  const legendTop = area.y + area.height + 30;
  const legend = placed
    .map(({ item, x, row }) => legendItemSvg(item, x, legendTop + row * ROW_HEIGHT))
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SLIDE_WIDTH}" height="${SLIDE_HEIGHT}" viewBox="0 0 ${SLIDE_WIDTH} ${SLIDE_HEIGHT}" font-family="system-ui, 'Noto Sans CJK TC', 'Noto Sans TC', sans-serif">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    titleSvg(input.title),
    `<text x="${MARGIN}" y="110" font-size="24" fill="#374151">${escapeXml(input.subtitle)}</text>`,
    `<image x="${area.x}" y="${area.y}" width="${area.width}" height="${area.height}" href="${escapeXml(input.imageHref)}"/>`,
    legend,
    `</svg>`,
  ].join('');
}
