// Runtime: browser. Picks the API transport once at start: the Electron preload's
// `window.mandate` when present, else the web-mode HTTP client with the per-launch token
// (read from the address fragment, then kept for the tab). Exposes `call`, which turns an
// ApiResult into a value or an ApiFailure carrying the plain-language message.
import { createContext, useContext } from 'react';
import { ApiFailure, type ApiInput, type ApiOutput, type MandateApi, type MandateMenu, type OperationName } from '../main/api.ts';
import { createHttpClient, tokenFromLocation } from '../main/api-client-http.ts';

declare global {
  interface Window {
    mandate?: MandateApi;
    mandateMenu?: MandateMenu;
  }
}

export function connectApi(): { api: MandateApi; transport: 'electron' | 'web' } {
  if (window.mandate) return { api: window.mandate, transport: 'electron' };
  return { api: createHttpClient({ token: tokenFromLocation() }), transport: 'web' };
}

export interface ApiHandle {
  api: MandateApi;
  transport: 'electron' | 'web';
}
export const ApiContext = createContext<ApiHandle | null>(null);

export function useApi(): ApiHandle {
  const handle = useContext(ApiContext);
  if (!handle) throw new Error('useApi outside ApiContext');
  return handle;
}

/** One operation, unwrapped: resolves to the value or rejects with an ApiFailure. */
export async function call<N extends OperationName>(api: MandateApi, name: N, input: ApiInput<N>): Promise<ApiOutput<N>> {
  const fn = api[name] as unknown as (i: ApiInput<N>) => ReturnType<MandateApi[N]>;
  const result = await fn(input);
  if (result.ok) return result.value as ApiOutput<N>;
  throw new ApiFailure(result.error);
}

/** The message to show a person for any failure: never a stack trace. */
export function messageOf(e: unknown): string {
  if (e instanceof ApiFailure) return e.error.message;
  if (e instanceof Error) return e.message;
  return String(e);
}
