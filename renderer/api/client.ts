import type { AppCallResult, CallInput, CallName } from '../../shared/contract';
import { errorPayload } from '../../shared/errors';
import { detectTransport, type Transport } from './transport';

export interface ApiClient {
  call<Name extends CallName>(name: Name, input: CallInput<Name>): Promise<AppCallResult<Name>>;
}

function looksLikeResult(value: unknown): value is { ok: boolean } {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * The renderer's only way to the core, typed from the contract. A broken connection becomes
 * an error result like any other, so screens handle one shape.
 */
export function createApiClient(transport: Transport = detectTransport()): ApiClient {
  return {
    async call(name, input) {
      try {
        const result = await transport(name, input);
        if (looksLikeResult(result)) return result as AppCallResult<typeof name>;
      } catch {
        // Falls through to the error result below.
      }
      return { ok: false, error: errorPayload('CORE_UNREACHABLE') };
    },
  };
}
