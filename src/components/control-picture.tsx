import './control-picture.css';
import type { CSSProperties } from 'react';

/**
 * Pictures of form controls, for the prerendered picture of the dashboard (see
 * src/app/prerender-gate.ts). The picture is inert until the app is live, so a control in it does
 * nothing anyway; but each real control costs the first frame its own machinery (the browser
 * builds an inner tree for every input and select, and styles and lays it out). Drawn as plain
 * boxes of the same size, the ten controls below the first screen (matrix options, quotes
 * toolbar, timeline date and slider) let every panel paint ≈ 15–25 ms sooner (medians of 30–40
 * alternating loads), and the header's issue boxes and language select ≈ 20 ms more. The
 * header's real controls replace their pictures in the render right after hydration, before the
 * page answers input (`useHydrated`), so no click can land on one. The controls a screen or more
 * below follow in a background render right after (`useAfterHydration`): building them is the
 * cost the first frame was spared, and in a task of its own it does not lengthen the one that
 * hydrates (no one scrolls that far before it is done, and a picture takes no focus). Selects and
 * checkboxes draw their own chevron and tick (app.css), so a picture looks like its control in
 * every browser.
 *
 * Each picture takes the real control's size from the same CSS (explicit heights, the same
 * paddings and borders; a select's width from all its options), so nothing moves when the real
 * one takes its place: e2e/startup.spec.ts compares every box in the picture with the live page.
 */

/** An option: its value, its words, and their language if not the page's. */
type Option = readonly [value: string, label: string, lang?: string];

/**
 * A select: its chosen option's words and the chevron. As wide as its widest option, as a select
 * is, unless `widest` is false: for a select whose width the CSS sets, the other options would
 * only be more words to shape.
 */
export function SelectPicture({
  options,
  value,
  widest = true,
}: {
  options: readonly Option[];
  value: string;
  widest?: boolean;
}) {
  const drawn = widest ? options : options.filter(([key]) => key === value);
  return (
    <span className="control-picture select-picture">
      {drawn.map(([key, label, lang]) => (
        <span key={key} lang={lang} className={key === value ? undefined : 'select-picture-other'}>
          {label}
        </span>
      ))}
    </span>
  );
}

/** A text, search or date field: an empty box. */
export function FieldPicture() {
  return <span className="control-picture field-picture" />;
}

/** A checkbox, ticked or not. */
export function CheckboxPicture({ checked }: { checked: boolean }) {
  return (
    <span
      className={`control-picture checkbox-picture${checked ? ' checkbox-picture--checked' : ''}`}
    />
  );
}

/** A range slider (styled by `className`, as the real one): its track and its thumb. */
export function RangePicture({
  className,
  value,
  max,
}: {
  className: string;
  value: number;
  max: number;
}) {
  const style = { '--range-at': max > 0 ? value / max : 0 } as CSSProperties;
  return (
    <span className={`control-picture range-picture ${className}`} style={style}>
      <span className="range-picture-track" />
      <span className="range-picture-thumb" />
    </span>
  );
}
