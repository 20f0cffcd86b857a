// Runtime: browser. The bid matrix: criteria down, bidders across in rank order. Gates show
// passed or failed; weighted criteria show points, shaded by the share of the weight earned;
// each cell opens its answer, how it was scored, and the evidence note.
import { useState } from 'react';
import { answerText } from '../../engine/bids/answers.ts';
import { groupLabels, points, ruleText } from '../../engine/bids/describe.ts';
import { criterionGroups, isWeighted, type Criterion } from '../../engine/bids/model.ts';
import type { EvaluationResult, ScoredBid } from '../../engine/bids/score.ts';

interface Cell {
  bid: ScoredBid;
  criterion: Criterion;
}

function cellContent(bid: ScoredBid, c: Criterion): { text: string; shade?: number; cls: string } {
  if (c.type === 'gate') {
    const g = bid.gates.find((x) => x.criterionId === c.id);
    return g?.passed ? { text: 'Pass', cls: 'gate-pass' } : { text: 'Fail', cls: 'gate-fail' };
  }
  if (!isWeighted(c)) return { text: answerText(c, bid.answers[c.id]), cls: 'record' };
  if (bid.excluded) return { text: '—', cls: 'excluded' };
  const s = bid.scores.find((x) => x.criterionId === c.id);
  return { text: s ? points(s.points) : '0.00', shade: s?.fraction ?? 0, cls: 'score' };
}

export function BidMatrix({ result }: { result: EvaluationResult }) {
  const [open, setOpen] = useState<Cell | undefined>();
  const criteria = result.criteria.criteria;
  const rows = [
    { title: 'Exclusion criteria (gates)', list: criteria.filter((c) => c.type === 'gate') },
    ...criterionGroups.map((g) => ({ title: groupLabels[g], list: criteria.filter((c) => c.type !== 'gate' && c.group === g) })),
  ].filter((r) => r.list.length);
  const detail = open && { ...open, score: open.bid.scores.find((s) => s.criterionId === open.criterion.id), gate: open.bid.gates.find((g) => g.criterionId === open.criterion.id) };
  return (
    <div className="matrix-wrap">
      <div className="matrix-scroll" tabIndex={0} role="region" aria-label="Bid matrix">
        <table className="matrix">
          <caption className="visually-hidden">Criteria by bidder: gates passed or failed, points per weighted criterion</caption>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col" className="num">
                Weight
              </th>
              {result.bids.map((b) => (
                <th key={b.bidder} scope="col" className={b.excluded ? 'excluded' : ''}>
                  {b.excluded ? 'Excluded' : `${b.rank}.`} {b.bidder}
                </th>
              ))}
            </tr>
          </thead>
          {rows.map((r) => (
            <tbody key={r.title}>
              <tr className="group-row">
                <th scope="colgroup" colSpan={2 + result.bids.length}>
                  {r.title}
                </th>
              </tr>
              {r.list.map((c) => (
                <tr key={c.id}>
                  <th scope="row" title={ruleText(c)}>
                    {c.label}
                  </th>
                  <td className="num">{isWeighted(c) ? c.weight : ''}</td>
                  {result.bids.map((b) => {
                    const cell = cellContent(b, c);
                    const hasEvidence = !!b.evidence[c.id];
                    return (
                      <td key={b.bidder} className={`cell ${cell.cls}`} style={cell.shade !== undefined ? { ['--shade' as string]: String(cell.shade) } : undefined}>
                        <button type="button" onClick={() => setOpen({ bid: b, criterion: c })} aria-label={`${b.bidder}, ${c.label}: ${cell.text}${hasEvidence ? ', evidence noted' : ''}`}>
                          {cell.text}
                          {hasEvidence && <span className="evidence-dot" aria-hidden="true" />}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          ))}
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td className="num">100</td>
              {result.bids.map((b) => (
                <td key={b.bidder} className="total">
                  {b.excluded ? '—' : points(b.total)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      {detail && (
        <aside className="cell-detail" aria-live="polite" aria-label="Selected cell">
          <h3>
            {detail.bid.bidder} · {detail.criterion.label}
          </h3>
          <dl>
            <dt>Answer</dt>
            <dd>{answerText(detail.criterion, detail.bid.answers[detail.criterion.id]) || 'Not answered'}</dd>
            {detail.gate && (
              <>
                <dt>Gate</dt>
                <dd>{detail.gate.passed ? 'Passed' : detail.gate.reason}</dd>
              </>
            )}
            {detail.score && (
              <>
                <dt>Score</dt>
                <dd>
                  {points(detail.score.points)} of {detail.score.weight} — {detail.score.note}
                </dd>
              </>
            )}
            <dt>Rule</dt>
            <dd>{ruleText(detail.criterion)}</dd>
            <dt>Source</dt>
            <dd>{detail.criterion.source}</dd>
            <dt>Evidence</dt>
            <dd className="evidence">{detail.bid.evidence[detail.criterion.id] || <span className="muted">No evidence note in the bid file.</span>}</dd>
          </dl>
        </aside>
      )}
    </div>
  );
}
