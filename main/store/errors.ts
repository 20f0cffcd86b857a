// Runtime: node. Store failures a caller can act on; handlers turn them into API errors.
export type StoreErrorCode = 'not-found' | 'conflict' | 'quarantined' | 'invalid';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    /** the input field at fault (e.g. "revision"), so the API error can name it */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
