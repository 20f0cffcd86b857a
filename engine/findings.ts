// Runtime: any (pure types). A finding of validation, written for a lawyer, not a programmer.
export type Severity = 'blocking' | 'warning' | 'info';

export interface FindingLocation {
  /** the clause or annex concerned */
  clauseId?: string;
  /** a variable of that clause, or of the document when clauseId is absent */
  variable?: string;
  /** a matter field path, e.g. "parties[1].signatory.name", "values.effectiveDate", "facts.armedPersonnel" */
  field?: string;
  /** the provision of the standards concerned */
  provisionId?: string;
}

export interface Finding {
  severity: Severity;
  /** stable machine code, e.g. "provision-missing", "value-missing" */
  code: string;
  message: string;
  where: FindingLocation;
  /** the standard and paragraph the finding rests on, where there is one */
  source?: string;
  /** what to do about it, in one sentence */
  fix: string;
}

export const isSignatureReady = (findings: Finding[]) => !findings.some((f) => f.severity === 'blocking');
