// Runtime: any (pure). The evaluation report for the tender file, as a Document tree that the
// export renderers (engine/render/docx.ts, engine/render/pdf.ts) turn into DOCX and PDF: method,
// criteria and weights, gates and exclusions, score table, ranking, sensitivity, recommendation,
// signature lines for the evaluation committee, and the detailed scores and descriptors in annexes.
import type { DocBlock, DocumentTree, Run, Section, SignatureBlock } from '../document.ts';
import { answerText } from './answers.ts';
import { groupLabels, methodText, money, plain, points, ruleText } from './describe.ts';
import { criterionGroups, isWeighted, type ImportResult } from './model.ts';
import type { EvaluationResult, ScoredBid } from './score.ts';
import { sensitivity as analyse, sensitivityStep } from './sensitivity.ts';

export interface ReportOptions {
  /** the date printed on the report, already formatted (the engine never reads the clock) */
  dateText: string;
  /** the committee members who sign; blank lines are printed when none are given */
  committee?: { name: string; title: string }[];
  /** rows or entries that could not be imported: listed so that no bid disappears from the file */
  rejected?: ImportResult['rejected'];
  versionLabel?: string;
  /** e.g. "Tender AKW-2026-04"; defaults to the criteria title */
  reference?: string;
}

const t = (text: string, extra: Partial<Run> = {}): Run[] => [{ text, ...extra }];
const cell = (text: string): Run[] => [{ text }];

function article(n: number, id: string, title: string, body: (DocBlock | string)[], newPage = false): Section {
  let k = 0;
  const blocks: DocBlock[] = [{ type: 'heading', level: 1, number: String(n), text: title, anchor: `art-${id}` }];
  for (const b of body) blocks.push(typeof b === 'string' ? { type: 'clause', number: `${n}.${++k}`, runs: t(b) } : b);
  return { kind: 'article', anchor: `art-${id}`, title, number: String(n), newPage, blocks };
}

const item = (number: string, text: string): DocBlock => ({ type: 'item', number, depth: 1, runs: t(text) });
const letter = (i: number) => `(${String.fromCharCode(97 + (i % 26))})`;

function recommendation(result: EvaluationResult): string[] {
  const { winners } = result;
  const admitted = result.bids.filter((b) => !b.excluded);
  if (!admitted.length) return ['No bid passed the exclusion criteria. The committee recommends that no contract be awarded under this tender and that the requirement be re-tendered.'];
  if (winners.length > 1)
    return [
      `${winners.map((w) => w.bidder).join(' and ')} are ranked first with equal scores that the tie rule cannot separate (${points(winners[0]!.total)} points). The committee records its choice between them, and its reasons, below its signatures.`,
    ];
  const w = winners[0]!;
  const runnerUp = admitted.find((b) => b.rank === 2);
  return [
    `The committee recommends that the contract be awarded to ${w.bidder}, ranked first with ${points(w.total)} of 100 points (quality ${points(w.quality)}${w.price !== undefined ? `, price ${money(w.price, result.criteria.currency)}` : ''})${runnerUp ? `, ahead of ${runnerUp.bidder} with ${points(runnerUp.total)}` : ''}.`,
    'The contract should bind the provider to what it bid and was scored on, so that the award criteria are enforceable during performance (DCAF/ICRC Toolkit: criteria that bidders evidence are written into the contract).',
  ];
}

function commitmentItems(result: EvaluationResult, bid: ScoredBid): DocBlock[] {
  return result.criteria.criteria
    .filter((c) => c.commitment && bid.answers[c.id] !== undefined)
    .map((c, i) => item(letter(i), `${c.label}: ${c.type === 'price' ? money(bid.answers[c.id] as number, result.criteria.currency) : answerText(c, bid.answers[c.id])}`));
}

function signatureSection(options: ReportOptions): Section {
  const members = options.committee?.length ? options.committee : [{ name: '', title: 'Chair' }, { name: '', title: 'Member' }, { name: '', title: 'Member' }];
  const blocks: SignatureBlock[] = members.map((m, i) => ({
    term: 'Evaluation Committee',
    partyName: `Member ${i + 1} of the evaluation committee`,
    signatoryName: m.name,
    signatoryTitle: m.title,
    witness: false,
    fieldName: `Signature_Committee_${i + 1}`,
  }));
  return {
    kind: 'signature',
    anchor: 'signatures',
    title: 'Signatures of the evaluation committee',
    newPage: true,
    blocks: [
      { type: 'heading', level: 1, text: 'Signatures of the evaluation committee', anchor: 'signatures' },
      { type: 'paragraph', runs: t('Each member signs to confirm that this report records the evaluation as the committee carried it out, and that the member has declared any conflict of interest with a bidder.') },
      { type: 'signatures', blocks },
    ],
  };
}

/** Builds the report. `result` comes from evaluate(); the sensitivity analysis is run here. */
export function evaluationReport(result: EvaluationResult, options: ReportOptions): DocumentTree {
  const { criteria } = result;
  const admitted = result.bids.filter((b) => !b.excluded);
  const excluded = result.bids.filter((b) => b.excluded);
  const weighted = criteria.criteria.filter(isWeighted);
  const gates = criteria.criteria.filter((c) => c.type === 'gate');
  const records = criteria.criteria.filter((c) => c.type === 'record');
  const sens = analyse(result);
  const title = criteria.title;
  const groups = criterionGroups.filter((g) => weighted.some((c) => c.group === g));
  const priceId = criteria.criteria.find((c) => c.type === 'price')?.id;

  const cover: Section = {
    kind: 'cover',
    anchor: 'cover',
    title,
    newPage: false,
    blocks: [
      { type: 'heading', level: 1, text: 'Bid evaluation report' },
      { type: 'paragraph', style: 'centered', runs: t(options.reference ?? title) },
      { type: 'paragraph', style: 'centered', runs: t(`${result.bids.length + (options.rejected?.length ?? 0)} bids received · ${admitted.length} admitted · ${excluded.length} excluded`) },
      { type: 'paragraph', style: 'centered', runs: t(options.dateText) },
    ],
  };

  const sections: Section[] = [
    cover,
    article(1, 'method', 'Purpose and method', [`This report records the evaluation committee’s comparison of the bids received for ${options.reference ?? title}, and its recommendation.`, ...methodText(criteria)], true),
    article(2, 'criteria', 'Criteria and weights', [
      'The exclusion criteria (gates) were:',
      { type: 'table', header: ['Exclusion criterion', 'Rule', 'Source'], rows: gates.map((c) => [cell(c.label), cell(ruleText(c)), cell(c.source)]), blankRows: 0 },
      'The weighted award criteria, with their weights out of 100, were:',
      {
        type: 'table',
        header: ['Criterion (group)', 'Weight (of 100)', 'Scoring rule', 'Source'],
        rows: weighted.map((c) => [cell(`${c.label} (${groupLabels[c.group].toLowerCase()})`), cell(plain(c.weight)), cell(ruleText(c)), cell(c.source)]),
        blankRows: 0,
      },
      ...(records.length ? [`The following answers were recorded without being scored, to be carried into the contract: ${records.map((c) => c.label).join('; ')}.`] : []),
    ]),
    article(3, 'exclusions', 'Bids received and exclusions', [
      `${result.bids.length} bids were evaluated. ${excluded.length ? `${excluded.length} ${excluded.length === 1 ? 'was' : 'were'} excluded at the gates:` : 'None was excluded at the gates.'}`,
      ...excluded.flatMap((b, i) => [item(letter(i), `${b.bidder}: ${b.gates.filter((g) => !g.passed).map((g) => g.reason).join(' ')}`)]),
      ...(options.rejected?.length
        ? [
            `${options.rejected.length} further ${options.rejected.length === 1 ? 'submission' : 'submissions'} could not be read from the bids file and ${options.rejected.length === 1 ? 'was' : 'were'} not evaluated; each must be corrected and evaluated before award:`,
            ...options.rejected.map((r, i) => item(letter(i), `${r.bidder || '(unnamed)'} (${r.origin}): ${r.reasons.join('; ')}`)),
          ]
        : []),
    ]),
    article(4, 'scores', 'Score table', [
      `Points of each admitted bid by criterion group (out of the group’s weight), and in total (out of 100). The points on each criterion, with the committee’s evidence notes, are in Annex 1.`,
      {
        type: 'table',
        header: ['Bidder', ...groups.map((g) => `${groupLabels[g]} (${plain(weighted.filter((c) => c.group === g).reduce((s, c) => s + c.weight, 0))})`), 'Total (100)'],
        rows: admitted.map((b) => [cell(b.bidder), ...groups.map((g) => cell(points(b.scores.filter((s) => s.group === g).reduce((s, x) => s + x.points, 0)))), [{ text: points(b.total), bold: true }]]),
        blankRows: 0,
      },
    ]),
    article(5, 'ranking', 'Ranking', [
      admitted.length ? 'The admitted bids rank as follows:' : 'No bid was admitted, so none is ranked.',
      ...(admitted.length
        ? [
            {
              type: 'table' as const,
              header: ['Rank', 'Bidder', 'ICoCA status', 'Quality score', `Price (${criteria.currency})`, 'Total score'],
              rows: admitted.map((b) => [cell(String(b.rank)), cell(b.bidder), cell(b.icocaStatus?.replace('-', ' ') ?? '—'), cell(points(b.quality)), cell(b.price !== undefined ? plain(b.price) : '—'), [{ text: points(b.total), bold: true }]]),
              blankRows: 0,
            },
          ]
        : []),
      ...admitted.filter((b) => b.tieNote).map((b) => `${b.bidder}: ${b.tieNote}`),
    ]),
    article(6, 'sensitivity', 'Sensitivity of the ranking to the weights', [
      `The table shows the bid ranked first when each weight is moved ${sensitivityStep} points down and up, the others rescaled in proportion. An asterisk marks a winner that differs from the recommendation; a dagger marks a price weight above the cap of the method, shown for information only.`,
      {
        type: 'table',
        header: ['Criterion', 'Weight (of 100)', `Winner with the weight ${sensitivityStep} lower`, `Winner with the weight ${sensitivityStep} higher`],
        rows: sens.rows.map((r) => {
          const w = (m: typeof r.up) => cell(`${m.winners.join(' / ') || '—'}${m.changes ? ' *' : ''}${m.aboveCap ? ' †' : ''} (at ${plain(m.weight)})`);
          return [cell(r.label), cell(plain(r.weight)), w(r.down), w(r.up)];
        }),
        blankRows: 0,
      },
      sens.robust
        ? `No move of ${sensitivityStep} points in any weight changes the bid ranked first: the recommendation does not depend on the exact weights.`
        : `The bid ranked first changes when ${sens.rows.flatMap((r) => [...(r.down.changes && !r.down.aboveCap ? [`${r.label} falls to ${plain(r.down.weight)}`] : []), ...(r.up.changes && !r.up.aboveCap ? [`${r.label} rises to ${plain(r.up.weight)}`] : [])]).join('; ')}. The committee confirms that the weights in Article 2 were fixed before the bids were opened.`,
    ]),
    article(7, 'recommendation', 'Recommendation', [
      ...recommendation(result),
      ...(result.winners.length === 1 && commitmentItems(result, result.winners[0]!).length
        ? ['In particular, the contract should record these commitments of the bid:', ...commitmentItems(result, result.winners[0]!)]
        : []),
    ]),
    signatureSection(options),
    {
      kind: 'annex',
      anchor: 'annex-1',
      title: 'Detailed scores',
      number: '1',
      newPage: true,
      blocks: [
        { type: 'heading', level: 1, number: 'Annex 1', text: 'Detailed scores', anchor: 'annex-1' },
        ...admitted.flatMap((b): DocBlock[] => [
          { type: 'heading', level: 2, text: `${b.rank}. ${b.bidder} (${points(b.total)} points)` },
          {
            type: 'table',
            header: ['Criterion', 'Answer and scoring', 'Points', 'Evidence'],
            rows: b.scores.map((s) => {
              const scoring = s.criterionId === priceId && typeof s.answer === 'number' ? `${money(s.answer, criteria.currency)}: ${s.note}` : s.note;
              return [cell(s.label), cell(scoring), cell(`${points(s.points)} of ${plain(s.weight)}`), cell(b.evidence[s.criterionId] ?? '')];
            }),
            blankRows: 0,
          },
        ]),
      ],
    },
    {
      kind: 'annex',
      anchor: 'annex-2',
      title: 'Marking descriptors',
      number: '2',
      newPage: true,
      blocks: [
        { type: 'heading', level: 1, number: 'Annex 2', text: 'Marking descriptors', anchor: 'annex-2' },
        ...weighted.flatMap((c): DocBlock[] =>
          c.type === 'scale'
            ? [{ type: 'heading', level: 2, text: c.label }, { type: 'table', header: ['Mark', 'Descriptor'], rows: c.descriptors.map((d, m) => [cell(String(m)), cell(d)]), blankRows: 0 }]
            : [],
        ),
      ],
    },
  ];

  return {
    meta: {
      kind: 'psp-contract',
      title: `Bid evaluation report: ${title}`,
      shortTitle: 'Bid evaluation report',
      versionLabel: options.versionLabel ?? '1',
      dateText: options.dateText,
      confidentiality: 'Confidential: tender file',
      draft: false,
      parties: [],
      subject: `Evaluation of ${result.bids.length} bids against the ICoC, the Montreux Document and the DCAF/ICRC Toolkit`,
      keywords: ['bid evaluation', 'private security', 'Montreux Document', 'ICoC'],
    },
    sections,
  };
}
