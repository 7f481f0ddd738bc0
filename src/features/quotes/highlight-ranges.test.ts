import { describe, expect, it } from 'vitest';
import { highlightPieces } from './highlight-ranges';
import { foldCase, loadChineseFold } from './search-fold';

describe('highlightPieces', () => {
  it('marks every case-insensitive match at its place in the original text', () => {
    expect(highlightPieces('NATO and nato', 'nato', foldCase)).toEqual([
      { text: 'NATO', match: true },
      { text: ' and ', match: false },
      { text: 'nato', match: true },
    ]);
  });

  it('marks the Traditional words a Simplified query matched', async () => {
    const { fold } = await loadChineseFold();
    expect(highlightPieces('俄羅斯接受安全保證', fold('安全保证'), fold)).toEqual([
      { text: '俄羅斯接受', match: false },
      { text: '安全保證', match: true },
    ]);
  });

  it('no query, no marks', () => {
    expect(highlightPieces('text', '', foldCase)).toEqual([{ text: 'text', match: false }]);
  });
});
