import { useCallback, useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../../model/index-model';
import type { Panel } from '../../model/schema';
import { useText } from '../../state/use-text';
import { useViewStore } from '../../state/view-store';
import { useSavedViewsStore } from '../../state/saved-views-store';
import { CitationFooter } from './citation-footer';
import { PrintDeck } from './print-deck';
import { buildSlides, slideCitations } from './slides';
import { useSlideKeys } from './use-slide-keys';
import './briefing.css';

type Props = { indexed: IndexedModel; renderPanel: (panel: Panel) => ReactNode };

/** Full-screen presentation of the curated views, then the saved ones. */
export function BriefingMode({ indexed, renderPanel }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const tx = useText(indexed.model.meta.languages);
  const saved = useSavedViewsStore((s) => s.views);
  const view = useViewStore((s) => s.view);
  const applyView = useViewStore((s) => s.applyView);
  const setPanel = useViewStore((s) => s.setPanel);
  const slides = useMemo(() => buildSlides(indexed, saved), [indexed, saved]);
  const index = slides.findIndex((slide) => slide.id === view);
  const slide = slides[index];

  useEffect(() => {
    const first = slides[0];
    if (index < 0 && first) applyView(first.id, first.state);
  }, [index, slides, applyView]);

  const step = useCallback(
    (delta: -1 | 1) => {
      const next = slides[Math.min(slides.length - 1, Math.max(0, index + delta))];
      if (next && next.id !== view) applyView(next.id, next.state);
    },
    [slides, index, view, applyView],
  );
  const exit = useCallback(() => {
    setPanel(null);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, [setPanel]);
  useSlideKeys(step, exit);
  // Focus moves to the slide's title, so a clicker's Space steps (Space on a button presses
  // it); leaving gives it back to what opened briefing (the Present button), else to the page.
  const [opener] = useState(() => document.activeElement);
  useEffect(
    () => () => {
      const back = opener instanceof HTMLElement && opener.isConnected ? opener : null;
      (back ?? document.getElementById('main'))?.focus();
    },
    [opener],
  );
  // Again when the first slide replaces the empty title (the first render has no view yet).
  const hasSlide = slide !== undefined;
  useEffect(() => document.getElementById(titleId)?.focus(), [titleId, hasSlide]);

  const citations = useMemo(
    () => (slide ? slideCitations(indexed, slide.state) : []),
    [indexed, slide],
  );
  return (
    <section className="briefing" data-testid="briefing" aria-labelledby={titleId}>
      <div className="briefing-bar">
        <p
          className="briefing-progress"
          aria-label={t('briefing.progressLabel', { current: index + 1, total: slides.length })}
        >
          {t('briefing.progress', { current: Math.max(index + 1, 0), total: slides.length })}
        </p>
        <p className="briefing-kind">
          {slide && t(slide.kind === 'curated' ? 'briefing.curated' : 'briefing.saved')}
        </p>
        <div className="briefing-buttons">
          <button
            type="button"
            onClick={() => step(-1)}
            aria-disabled={index <= 0}
            aria-label={t('briefing.previous')}
          >
            ←
          </button>
          <button
            type="button"
            onClick={() => step(1)}
            aria-disabled={index >= slides.length - 1}
            aria-label={t('briefing.next')}
          >
            →
          </button>
          <button type="button" onClick={() => window.print()}>
            {t('briefing.print')}
          </button>
          <button type="button" onClick={exit}>
            {t('briefing.exit')}
          </button>
        </div>
      </div>
      {slide ? (
        <div className="briefing-slide">
          <h2 id={titleId} tabIndex={-1}>
            {tx(slide.title)}
          </h2>
          {slide.notes && <p className="briefing-notes">{tx(slide.notes)}</p>}
          <div className="briefing-panel">{renderPanel(slide.state.panel ?? 'matrix')}</div>
          <CitationFooter citations={citations} tx={tx} />
        </div>
      ) : (
        <p id={titleId} tabIndex={-1}>
          {t('briefing.noSlides')}
        </p>
      )}
      <p className="briefing-keys">{t('briefing.keys')}</p>
      <PrintDeck indexed={indexed} slides={slides} tx={tx} />
    </section>
  );
}
