import { describe, expect, it } from 'vitest';
import { nodeTextFitter } from './text-measure';

const LONG = 'Coalition of the Willing for a Lasting Peace in Ukraine';

describe('nodeTextFitter', () => {
  it('fits a long name to the node, keeping a short one whole', () => {
    const fit = nodeTextFitter();
    expect(fit('Russia', 'name')).toBe('Russia');
    const cut = fit(LONG, 'name');
    expect(cut.endsWith('…')).toBe(true);
    expect(LONG.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it('leaves text whole for the prerendered picture, which CSS cuts in the page fonts', () => {
    expect(nodeTextFitter(false)(LONG, 'name')).toBe(LONG);
    expect(nodeTextFitter(false)(LONG, 'kind')).toBe(LONG);
  });
});
