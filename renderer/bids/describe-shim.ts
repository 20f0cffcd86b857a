// Runtime: browser. The engine's wording for scores and the tie rule, re-exported for the workspace.
export { points } from '../../engine/bids/describe.ts';
export { tieRule as tieRuleText } from '../../engine/bids/score.ts';
