// Runtime: browser. The bids workspace: the evaluations list; for one evaluation, import a CSV
// or JSON file of bids (every bad row or cell listed by row and column), the ranking with the
// excluded bids and why, the stacked score chart, the bid matrix with evidence, the evaluation
// report (DOCX/PDF), and Award, which creates the PSP agreement pre-filled from the winning bid.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { awardMatter, type Award } from '../../engine/bids/award.ts';
import { evaluate } from '../../engine/bids/score.ts';
import { describeProblem } from '../../engine/bids/model.ts';
import type { BidEvaluation, EvaluationSummary, ExportFormat } from '../../main/api.ts';
import { call, messageOf, useApi } from '../api.ts';
import { formatWhen } from '../model.ts';
import { href, navigate } from '../router.ts';
import { downloadBase64 } from '../ui/download.ts';
import { ErrorNote, Pending } from '../ui/progress.tsx';
import { ScoreChart } from './chart.tsx';
import { points, tieRuleText } from './describe-shim.ts';
import { BidMatrix } from './matrix.tsx';

export function BidsScreen() {
  const { api } = useApi();
  const [list, setList] = useState<EvaluationSummary[] | undefined>();
  const [current, setCurrent] = useState<BidEvaluation | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState<string | undefined>();
  const [award, setAward] = useState<Award | undefined>();
  const [exported, setExported] = useState<string | undefined>();
  // Scoring is the engine's pure function, run here so the view follows the data at once.
  const result = useMemo(() => (current ? evaluate(current.criteria, current.bids) : undefined), [current]);

  const run = async (label: string, fn: () => Promise<void>) => {
    setBusy(label);
    setError(undefined);
    try {
      await fn();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(undefined);
    }
  };
  const reload = useCallback(async () => setList(await call(api, 'listEvaluations', {})), [api]);
  useEffect(() => {
    reload().catch((e) => setError(messageOf(e)));
  }, [reload]);

  const open = (id: string) =>
    run('Opening…', async () => {
      setAward(undefined);
      setExported(undefined);
      setCurrent(await call(api, 'getEvaluation', { id }));
    });
  const create = () =>
    run('Creating…', async () => {
      const e = await call(api, 'createEvaluation', { title: `Tender ${new Date().toISOString().slice(0, 10)}` });
      setCurrent(e);
      await reload();
    });
  const importFile = (file: File) =>
    run('Importing…', async () => {
      const target = current ?? (await call(api, 'createEvaluation', { title: file.name.replace(/\.(csv|json)$/i, '') }));
      const r = await call(api, 'importBids', { id: target.id, format: /\.json$/i.test(file.name) ? 'json' : 'csv', text: await file.text(), fileName: file.name });
      setCurrent(r.evaluation);
      setAward(undefined);
      await reload();
    });
  const exportReport = (format: ExportFormat) =>
    run('Writing the report…', async () => {
      const r = await call(api, 'exportEvaluationReport', { id: current!.id, format });
      if (r.saved === 'bytes') downloadBase64(r.base64, r.fileName, r.mediaType);
      if (r.saved !== 'cancelled') setExported(r.saved === 'file' ? r.path : `your browser’s downloads folder (${r.fileName})`);
    });
  const prepareAward = (bidder: string) => {
    setError(undefined);
    try {
      // A preview of what Award will carry, from the same engine function the server runs.
      setAward(awardMatter({ result: result!, bidder, id: 'award-preview', now: new Date().toISOString() }));
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const confirmAward = (bidder: string) =>
    run('Creating the agreement…', async () => {
      const r = await call(api, 'awardEvaluation', { id: current!.id, bidder });
      navigate({ screen: 'matter', id: r.matterId, tab: 'draft' });
    });

  const imported = current?.lastImport;
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
          <button type="button" className="secondary" onClick={() => void create()}>
            New evaluation
          </button>
          <label className="button primary file-button">
            {current ? 'Import bids into this evaluation…' : 'Import bids (CSV or JSON)…'}
            <input type="file" accept=".csv,.json,text/csv,application/json" className="visually-hidden" onChange={(e) => { const f = e.target.files?.[0]; if (f) void importFile(f); e.target.value = ''; }} />
          </label>
        </div>
      </header>
      <ErrorNote message={error} />
      <Pending active={busy !== undefined} label={busy ?? ''} />
      {list && list.length > 0 && (
        <nav aria-label="Evaluations" className="evaluations">
          <ul>
            {list.map((e) => (
              <li key={e.id}>
                <button type="button" className="evaluation-item" aria-current={current?.id === e.id ? 'true' : undefined} onClick={() => void open(e.id)}>
                  <span className="title">{e.title}</span>
                  <span className="muted small">
                    {e.bidCount} bid{e.bidCount === 1 ? '' : 's'}
                    {e.award ? ` · awarded to ${e.award.bidder}` : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {!current || !result ? (
        <p className="empty">{list?.length ? 'Choose an evaluation, or import a bids file.' : 'No evaluation yet. Import a bids file: one row per bid, one column per criterion (the command “mandate bids template” writes the header row).'}</p>
      ) : (
        <>
          <h2 className="evaluation-title">{current.criteria.title}</h2>
          {imported && (
            <p className="muted">
              Last import: {imported.fileName ?? imported.format.toUpperCase()} on {formatWhen(imported.at)}, {imported.imported} bid{imported.imported === 1 ? '' : 's'} read.
            </p>
          )}
          {imported && (imported.problems.length > 0 || imported.rejected.length > 0) && (
            <section className="banner warning" aria-labelledby="problems-title">
              <h2 id="problems-title">
                Import: {imported.problems.length} problem{imported.problems.length === 1 ? '' : 's'}
              </h2>
              <ul>
                {imported.problems.map((p, i) => (
                  <li key={i}>{describeProblem(p)}</li>
                ))}
              </ul>
              {imported.rejected.length > 0 && <p>Not imported: {imported.rejected.map((r) => `${r.bidder || '(no name)'} (${r.origin})`).join('; ')}.</p>}
            </section>
          )}
          {current.award && (
            <p className="notice">
              Awarded to {current.award.bidder} on {formatWhen(current.award.at)}: <a href={href({ screen: 'matter', id: current.award.matterId, tab: 'draft' })}>open the PSP agreement</a>.
            </p>
          )}
          <section aria-labelledby="ranking-title">
            <div className="section-head">
              <h2 id="ranking-title">Ranking</h2>
              <div className="actions">
                <button type="button" className="secondary small" onClick={() => void exportReport('pdf')}>
                  Evaluation report (PDF)
                </button>
                <button type="button" className="secondary small" onClick={() => void exportReport('docx')}>
                  Evaluation report (DOCX)
                </button>
              </div>
            </div>
            {exported && (
              <p className="notice" role="status">
                Report saved to {exported}.
              </p>
            )}
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
                      {!b.excluded && !current.award && (
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
                    {c.bid} → {c.variable}
                    {c.clauseId ? ` (clause “${c.clauseId}”${c.addedClause ? ', added' : ''})` : ''}
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
                <button type="button" className="primary" disabled={busy !== undefined} onClick={() => void confirmAward(award.bidder)}>
                  Create the PSP agreement
                </button>
                <button type="button" className="secondary" onClick={() => setAward(undefined)}>
                  Cancel
                </button>
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
