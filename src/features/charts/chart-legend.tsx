/** A chart's key as plain HTML: a swatch and a word for each series (never colour alone). */
export function ChartLegend({
  items,
}: {
  items: ReadonlyArray<{ key: string; label: string; color: string }>;
}) {
  return (
    <ul className="charts-legend">
      {items.map((item) => (
        <li key={item.key}>
          <span
            className="charts-legend-swatch"
            style={{ background: item.color }}
            aria-hidden="true"
          />
          <span className="charts-legend-text">{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
