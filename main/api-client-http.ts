// Runtime: browser. The web-mode transport of the API: every operation becomes a POST to
// /api/<name> carrying the per-launch token. The server prints the app's address as
// http://127.0.0.1:<port>/#token=<token>; the fragment never reaches the server or its logs,
// and the token is kept in sessionStorage so a reload of the tab keeps working.
import { apiTokenHeader, ApiErrorSchema, httpRoute, operationNames, parseInput, type ApiResult, type MandateApi, type OperationName } from './api.ts';

const storageKey = 'mandate.token';

/** The token from `#token=…` (then removed from the address bar), else the one kept for this tab. */
export function tokenFromLocation(loc: Pick<Location, 'hash'> = location, storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.sessionStorage): string {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(loc.hash);
  if (match) {
    storage?.setItem(storageKey, match[1]!);
    if (typeof history !== 'undefined') history.replaceState(null, '', location.pathname + location.search);
    return match[1]!;
  }
  return storage?.getItem(storageKey) ?? '';
}

export interface HttpClientOptions {
  token: string;
  /** defaults to the page's own origin */
  baseUrl?: string;
  fetch?: typeof fetch;
}

export function createHttpClient(options: HttpClientOptions): MandateApi {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const base = options.baseUrl ?? '';

  async function call(name: OperationName, input: unknown): Promise<ApiResult<unknown>> {
    // Refuse bad input before the round trip, with the same field paths the server would give.
    const parsed = parseInput(name, input);
    if (!parsed.ok) return parsed;
    let response: Response;
    try {
      response = await doFetch(base + httpRoute(name), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [apiTokenHeader]: options.token },
        body: JSON.stringify(input ?? {}),
      });
    } catch (e) {
      return { ok: false, error: { code: 'unavailable', message: `Mandate's local server did not answer (${(e as Error).message}). Is "npm run web" still running?`, issues: [] } };
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return { ok: false, error: { code: 'internal', message: `The server answered ${response.status} without a readable body.`, issues: [] } };
    }
    if (response.ok) return { ok: true, value: (body as { value: unknown }).value };
    const error = ApiErrorSchema.safeParse((body as { error?: unknown }).error);
    return {
      ok: false,
      error: error.success ? error.data : { code: response.status === 401 ? 'refused' : 'internal', message: `The server refused the call (HTTP ${response.status}).`, issues: [] },
    };
  }

  return Object.fromEntries(operationNames.map((name) => [name, (input: unknown) => call(name, input)])) as unknown as MandateApi;
}
