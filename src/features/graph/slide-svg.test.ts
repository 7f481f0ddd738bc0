import { describe, expect, it } from 'vitest';
import { graphArea, legendLayout, slideSvg, SLIDE_HEIGHT, type SlideLegendItem } from './slide-svg';

const items: SlideLegendItem[] = Array.from({ length: 14 }, (_, i) => ({
  kind: 'line',
  label: `relation type ${i}`,
  color: '#123456',
  dash: i % 2 ? '4 2' : '',
  directed: i % 3 === 0,
}));

describe('slideSvg', () => {
  it('escapes model text: a title is text, never markup', () => {
    const svg = slideSvg({
      title: 'A <b>&</b> "B"',
      subtitle: '',
      imageHref: 'data:x',
      legend: [],
    });
    expect(svg).toContain('A &#60;b&#62;&#38;&#60;/b&#62; &#34;B&#34;');
    expect(svg).not.toContain('<b>');
  });

  it('draws every legend item, with an arrowhead only for directed ones', () => {
    const svg = slideSvg({ title: 't', subtitle: 's', imageHref: 'data:x', legend: items });
    for (const item of items) expect(svg).toContain(`>${item.label}</text>`);
    expect(svg.match(/<path /g)).toHaveLength(
      items.filter((i) => i.kind === 'line' && i.directed).length,
    );
  });

  it('wraps the legend into rows and leaves the graph the rest of the slide', () => {
    const { height, placed } = legendLayout(items);
    expect(Math.max(...placed.map((p) => p.row))).toBeGreaterThan(0);
    const area = graphArea(items);
    expect(area.y + area.height + height).toBeLessThanOrEqual(SLIDE_HEIGHT);
    expect(graphArea([]).height).toBeGreaterThan(area.height);
  });
});
