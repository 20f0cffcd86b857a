// Runtime: browser. Weighted scores per bidder, stacked by criterion group: a horizontal bar
// per admitted bidder, one segment per group. Drawn in SVG with a text alternative.
import { groupLabels, points } from '../../engine/bids/describe.ts';
import { criterionGroups, type CriterionGroup } from '../../engine/bids/model.ts';
import type { EvaluationResult } from '../../engine/bids/score.ts';

const groupColour: Record<CriterionGroup, string> = {
  company: 'var(--chart-1)',
  personnel: 'var(--chart-2)',
  'weapons-equipment': 'var(--chart-3)',
  service: 'var(--chart-4)',
  price: 'var(--chart-5)',
};

export function ScoreChart({ result }: { result: EvaluationResult }) {
  const admitted = result.bids.filter((b) => !b.excluded);
  const rowH = 34;
  const labelW = 210;
  const width = 760;
  const scale = (width - labelW - 60) / 100;
  const byGroup = (b: (typeof admitted)[number]) =>
    criterionGroups.map((g) => ({ group: g, points: b.scores.filter((s) => s.group === g).reduce((sum, s) => sum + s.points, 0) }));
  return (
    <figure className="score-chart">
      <figcaption>Weighted score per bidder, by criterion group (out of 100)</figcaption>
      <svg role="img" aria-label={admitted.map((b) => `${b.bidder}: ${points(b.total)} points`).join('; ')} viewBox={`0 0 ${width} ${admitted.length * rowH + 10}`} width="100%">
        {admitted.map((b, i) => {
          let x = labelW;
          return (
            <g key={b.bidder} transform={`translate(0 ${i * rowH + 4})`}>
              <text x={labelW - 10} y={rowH / 2} textAnchor="end" dominantBaseline="middle" className="chart-label">
                {b.rank}. {b.bidder}
              </text>
              {byGroup(b).map((seg) => {
                const w = seg.points * scale;
                const rect = w > 0 ? <rect key={seg.group} x={x} y={5} width={w} height={rowH - 12} fill={groupColour[seg.group]}><title>{`${groupLabels[seg.group]}: ${points(seg.points)}`}</title></rect> : null;
                x += w;
                return rect;
              })}
              <text x={x + 8} y={rowH / 2} dominantBaseline="middle" className="chart-total">
                {points(b.total)}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="legend">
        {criterionGroups.map((g) => (
          <li key={g}>
            <span className="swatch" style={{ background: groupColour[g] }} aria-hidden="true" /> {groupLabels[g]}
          </li>
        ))}
      </ul>
    </figure>
  );
}
