// Runtime: node. Store failures a caller can act on; handlers turn them into API errors.
export type StoreErrorCode = 'not-found' | 'conflict' | 'quarantined' | 'invalid';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
