import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n/setup';
import { indexModel } from '../../model/index-model';
import { fixtureModel } from '../../testing/fixture-model';
import { QuoteDetails } from './quote-details';

describe('QuoteDetails', () => {
  beforeAll(() => {
    initI18n('en');
  });

  it('says whose claim each citing stance is: reported by someone, or the actor’s own', () => {
    const indexed = indexModel(fixtureModel());
    render(<QuoteDetails id="q-witkoff" indexed={indexed} />);
    const items = screen.getAllByRole('listitem');
    const reported = items.find((item) => item.textContent?.includes('reported by'));
    expect(reported).toHaveTextContent('reported by Steve Witkoff');
    expect(reported).toHaveClass('inspector-stance--reported');
  });
});
