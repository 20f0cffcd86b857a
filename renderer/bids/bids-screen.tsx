// Runtime: browser. The bids workspace: import a CSV or JSON file of bids against the default
// criteria (standards.md §5), see every import problem by row and column, the ranking with the
// excluded bids and why, the bid matrix and the stacked score chart; then Award, which creates
// the PSP agreement pre-filled with the winner and the commitments it bid.
import { useMemo, useState } from 'react';
import { awardMatter, type Award } from '../../engine/bids/award.ts';
import { defaultCriteria } from '../../engine/bids/defaults.ts';
import { points, tieRuleText } from './describe-shim.ts';
import { readBidsCsv } from '../../engine/bids/import-csv.ts';
import { readBidsJson } from '../../engine/bids/import-json.ts';
import { describeProblem } from '../../engine/bids/model.ts';
import { evaluate } from '../../engine/bids/score.ts';
import { call, messageOf, useApi } from '../api.ts';
import { href, navigate } from '../router.ts';
import { ErrorNote, Pending } from '../ui/progress.tsx';
import { ScoreChart } from './chart.tsx';
import { loadEvaluations, newEvaluation, saveEvaluations, type StoredEvaluation } from './evaluations.ts';
import { BidMatrix } from './matrix.tsx';

export function BidsScreen() {
  const { api } = useApi();
  const [list, setList] = useState<StoredEvaluation[]>(loadEvaluations);
  const [currentId, setCurrentId] = useState<string | undefined>(() => loadEvaluations()[0]?.id);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [award, setAward] = useState<Award | undefined>();
  const current = list.find((e) => e.id === currentId);
  const result = useMemo(() => (current ? evaluate(current.evaluation.criteria, current.evaluation.bids) : undefined), [current]);

  const importFile = async (file: File) => {
    setError(undefined);
    try {
      const criteria = defaultCriteria();
      const bytes = new Uint8Array(await file.arrayBuffer());
      const imported = /\.json$/i.test(file.name) ? readBidsJson(JSON.parse(new TextDecoder().decode(bytes)), criteria) : readBidsCsv(bytes, criteria);
      const e = newEvaluation(file.name.replace(/\.(csv|json)$/i, ''), criteria, imported);
      const next = [e, ...list];
      saveEvaluations(next);
      setList(next);
      setCurrentId(e.id);
      setAward(undefined);
    } catch (e) {
      setError(`${file.name} could not be read: ${messageOf(e)}`);
    }
  };

  const prepareAward = (bidder: string) => {
    setError(undefined);
    try {
      setAward(awardMatter({ result: result!, bidder, id: 'award-preview', now: new Date().toISOString() }));
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const confirmAward = async (a: Award) => {
    setBusy(true);
    try {
      // The API creates matters from facts and parties; the awarded clauses and values follow in one save.
      const created = await call(api, 'createMatter', { kind: 'psp-contract', title: a.matter.title, facts: a.matter.facts, parties: a.matter.parties });
      const saved = await call(api, 'updateMatter', {
        matter: { ...created, clauses: a.matter.clauses, values: a.matter.values, parties: a.matter.parties },
        baseUpdatedAt: created.updatedAt,
        summary: `Award to ${a.bidder}: ${a.carried.length} commitments carried from the bid`,
      });
      navigate({ screen: 'matter', id: saved.id, tab: 'draft' });
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };

  return (
    <main className="page bids" id="main">
      <p className="crumbs">
        <a href={href({ screen: 'matters' })}>Matters</a> <span aria-hidden="true">/</span> Bid evaluations
      </p>
      <header className="page-head">
        <div>
          <h1>Bid evaluations</h1>
          <p className="lede">Compare private security bids against the standards — exclusion criteria first, then weighted quality and a capped price — and carry the winner’s commitments into the contract.</p>
        </div>
        <div className="actions">
          <label className="button primary file-button">
            Import bids (CSV or JSON)…
            <input type="file" accept=".csv,.json,text/csv,application/json" className="visually-hidden" onChange={(e) => { const f = e.target.files?.[0]; if (f) void importFile(f); e.target.value = ''; }} />
          </label>
        </div>
      </header>
      <ErrorNote message={error} />
      {list.length > 1 && (
        <div className="field evaluation-pick">
          <label htmlFor="evaluation">Evaluation</label>
          <select id="evaluation" value={currentId} onChange={(e) => { setCurrentId(e.target.value); setAward(undefined); }}>
            {list.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name} ({e.evaluation.bids.length} bids)
              </option>
            ))}
          </select>
        </div>
      )}
      {!current || !result ? (
        <p className="empty">No evaluation yet. Import a bids file: one row per bid, one column per criterion (the command “mandate bids template” writes the header row).</p>
      ) : (
        <>
          {(current.problems.length > 0 || current.rejected.length > 0) && (
            <section className="banner warning" aria-labelledby="problems-title">
              <h2 id="problems-title">Import: {current.problems.length} problem{current.problems.length === 1 ? '' : 's'}</h2>
              <ul>
                {current.problems.map((p, i) => (
                  <li key={i}>{describeProblem(p)}</li>
                ))}
              </ul>
              {current.rejected.length > 0 && <p>Not imported: {current.rejected.map((r) => `${r.bidder || '(no name)'} (${r.origin})`).join('; ')}.</p>}
            </section>
          )}
          <section aria-labelledby="ranking-title">
            <h2 id="ranking-title">Ranking</h2>
            <table className="list-table ranking">
              <thead>
                <tr>
                  <th scope="col">Rank</th>
                  <th scope="col">Bidder</th>
                  <th scope="col">Total</th>
                  <th scope="col">Quality</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">
                    <span className="visually-hidden">Award</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.bids.map((b) => (
                  <tr key={b.bidder} className={b.excluded ? 'excluded' : ''}>
                    <td className="num">{b.rank ?? '—'}</td>
                    <td>{b.bidder}</td>
                    <td className="num">{b.excluded ? '—' : points(b.total)}</td>
                    <td className="num">{b.excluded ? '—' : points(b.quality)}</td>
                    <td>{b.excluded ? `Excluded: ${b.gates.filter((g) => !g.passed).map((g) => g.reason).join(' ')}` : b.tieNote || (b.rank === 1 ? 'Ranked first' : '')}</td>
                    <td className="row-actions">
                      {!b.excluded && (
                        <button type="button" className={b.rank === 1 ? 'primary small' : 'secondary small'} onClick={() => prepareAward(b.bidder)}>
                          Award to {b.bidder}…
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="muted small">{tieRuleText}</p>
          </section>
          {award && (
            <section className="award notice" aria-labelledby="award-title">
              <h2 id="award-title">Award to {award.bidder}</h2>
              <p>A PSP agreement will be created with {award.bidder} as the Provider and these commitments from its bid written into the contract:</p>
              <ul>
                {award.carried.map((c) => (
                  <li key={c.criterionId}>
                    {c.bid} → {c.clauseId ? `clause “${c.clauseId}”, ` : ''}
                    {c.variable}
                    {c.addedClause ? ' (clause added)' : ''}
                  </li>
                ))}
              </ul>
              {award.notCarried.length > 0 && (
                <>
                  <p>Not carried, to settle by hand:</p>
                  <ul>
                    {award.notCarried.map((c) => (
                      <li key={c.criterionId}>
                        {c.bid}: {c.reason}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <div className="actions">
                <button type="button" className="primary" disabled={busy} onClick={() => void confirmAward(award)}>
                  Create the PSP agreement
                </button>
                <button type="button" className="secondary" onClick={() => setAward(undefined)}>
                  Cancel
                </button>
                <Pending active={busy} label="Creating…" />
              </div>
            </section>
          )}
          <section aria-labelledby="chart-title">
            <h2 id="chart-title">Scores</h2>
            <ScoreChart result={result} />
          </section>
          <section aria-labelledby="matrix-title">
            <h2 id="matrix-title">Bid matrix</h2>
            <BidMatrix result={result} />
          </section>
        </>
      )}
    </main>
  );
}
