// Runtime: any (pure). How the evaluation is put into words, shared by the report, the command
// line and the workspace, so that each says the same thing about a criterion or a score.
import { icocaStatuses } from '../matter.ts';
import { priceWeightCap, type CriteriaSet, type Criterion, type CriterionGroup } from './model.ts';
import { tieRule } from './score.ts';
import { formatNumber } from '../number-format.ts';

export const groupLabels: Record<CriterionGroup, string> = {
  company: 'Company',
  personnel: 'Personnel',
  'weapons-equipment': 'Weapons and equipment',
  service: 'Service',
  price: 'Price',
};

export const points = (n: number) => (Math.round(n * 100) / 100).toFixed(2);
export const plain = (n: number) => formatNumber(n);
export const money = (amount: number, currency: string) => `${currency} ${formatNumber(amount)}`;
const percent = (f: number) => `${plain(Math.round(f * 1000) / 10)}%`;

/** The scoring rule of a criterion, in one sentence. */
export function ruleText(c: Criterion): string {
  switch (c.type) {
    case 'gate':
      return `Excludes a bid that answers "${c.passWhen === 'yes' ? 'no' : 'yes'}" or does not answer.`;
    case 'scale':
      return 'Marks 0 to 5 against the descriptors in Annex 2; points pro rata.';
    case 'threshold':
      return `Full points at ${c.atLeast !== undefined ? `${plain(c.atLeast)} ${c.unit} or more` : `${plain(c.atMost!)} ${c.unit} or less`}; none otherwise.`;
    case 'linear':
      return `None at ${plain(c.worst)} ${c.unit}, full points at ${plain(c.best)} ${c.unit}, in a straight line between.`;
    case 'icoca':
      return `${icocaStatuses.map((s) => `${s.replace('-', ' ')} ${percent(c.points[s] ?? 0)}`).join(', ')} of the weight.`;
    case 'price':
      return 'Lowest admitted price ÷ the bid’s price × the weight.';
    case 'record':
      return 'Recorded, not scored; carried into the contract.';
  }
}

/** The method paragraphs of the report, also shown by the workspace beside the matrix. */
export function methodText(criteria: CriteriaSet): string[] {
  const price = criteria.criteria.find((c) => c.type === 'price');
  const gates = criteria.criteria.filter((c) => c.type === 'gate').length;
  return [
    `Each bid was first checked against ${gates} exclusion criteria (gates). A bid that failed a gate, or did not show that it met one, was excluded whatever its other merits, as the Montreux Document (GP 6) and the International Code of Conduct require.`,
    'Each admitted bid then earned points on the weighted award criteria set out in Article 2, out of a total of 100. Each criterion’s weight was fixed before the bids were opened.',
    price
      ? `Price carries ${plain(price.weight)} of the 100 points and is scored inversely: the lowest admitted price earns the full weight and each other price earns the weight in proportion to how far it exceeds the lowest. Price may weigh at most ${priceWeightCap} points, so that quality decides the award and the contract is not awarded on lowest price alone (Montreux Document GP 5).`
      : 'Price is not scored in this evaluation.',
    `Ties: ${tieRule}`,
    'Sensitivity: each weight was moved 10 points down and up, the other weights rescaled in proportion to keep a total of 100, and the ranking repeated, to show whether the recommendation depends on any single weight.',
  ];
}
