import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStagedReveal } from './use-staged-reveal';

function Parts({ parts, log }: { parts: number; log: number[] }) {
  const revealed = useStagedReveal(parts);
  log.push(revealed);
  return <p>{revealed}</p>;
}

describe('useStagedReveal', () => {
  it('reveals one part, then one more per frame, until all are', async () => {
    const log: number[] = [];
    render(<Parts parts={4} log={log} />);
    expect(screen.getByText('1')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('4')).toBeInTheDocument());
    // Each count was rendered on its way: no part was skipped.
    expect([...new Set(log)]).toEqual([1, 2, 3, 4]);
  });

  it('never reveals more parts than there are', async () => {
    const log: number[] = [];
    render(<Parts parts={1} log={log} />);
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    expect(screen.getByText('1')).toBeInTheDocument();
    expect(Math.max(...log)).toBe(1);
  });
});
