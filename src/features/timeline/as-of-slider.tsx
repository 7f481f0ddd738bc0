import { useTranslation } from 'react-i18next';
import { RangePicture } from '../../components/control-picture';
import { useAfterHydration } from '../../lib/use-hydrated';
import { useViewStore } from '../../state/view-store';
import { sliderIndexForKey } from './slider-keys';
import { indexOfAsOf } from './timeline-axis';

/**
 * The as-of slider under the axis, one step per day, its thumb aligned with the day columns.
 * Keys are handled here (a native range moves 10% on PageUp/PageDown; we want a week).
 */
export function AsOfSlider({ days }: { days: readonly string[] }) {
  const { t } = useTranslation();
  const asOf = useViewStore((s) => s.asOf);
  const setAsOf = useViewStore((s) => s.setAsOf);
  const index = indexOfAsOf(days, asOf);
  const max = Math.max(0, days.length - 1);
  // Below the first screen: the prerendered picture draws the slider, and the real
  // one follows in a background render after hydration (control-picture.tsx).
  const live = useAfterHydration();
  if (!live) return <RangePicture className="timeline-slider" value={index} max={max} />;
  const moveTo = (next: number) => {
    const day = days[next];
    if (day !== undefined && day !== asOf) setAsOf(day);
  };
  return (
    <input
      type="range"
      className="timeline-slider"
      aria-label={t('timeline.asOf')}
      aria-valuetext={asOf ?? t('timeline.latest')}
      min={0}
      max={max}
      step={1}
      value={index}
      disabled={days.length < 2}
      onChange={(event) => moveTo(Number(event.currentTarget.value))}
      onKeyDown={(event) => {
        const next = sliderIndexForKey(event.key, index, days.length);
        if (next === null) return;
        event.preventDefault();
        if (next !== index) moveTo(next);
      }}
    />
  );
}
