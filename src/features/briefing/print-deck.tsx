import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../../model/index-model';
import type { Text } from '../../model/schema';
import { CitationFooter } from './citation-footer';
import { SlideStances } from './slide-stances';
import { slideCitations, slideStances, type Slide } from './slides';

type Props = {
  indexed: IndexedModel;
  slides: readonly Slide[];
  tx: (value: Text | undefined) => string;
};

/** Every slide as one printed page (A4 landscape) with its citations: "Save as PDF" makes a handout. */
export function PrintDeck({ indexed, slides, tx }: Props) {
  const { t } = useTranslation();
  return (
    <div className="print-deck">
      {slides.map((slide, index) => (
        <article key={slide.key} className="print-page">
          <p className="briefing-progress">
            {t('briefing.progress', { current: index + 1, total: slides.length })}
          </p>
          <h2>{tx(slide.title)}</h2>
          {slide.notes && <p className="briefing-notes">{tx(slide.notes)}</p>}
          <SlideStances
            indexed={indexed}
            stances={slideStances(indexed, slide.state)}
            tx={tx}
            limit={5}
          />
          <CitationFooter citations={slideCitations(indexed, slide.state)} tx={tx} />
        </article>
      ))}
    </div>
  );
}
