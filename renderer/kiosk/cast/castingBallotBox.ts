import type { CallResult } from '../../../shared/contract';
import type { ErrorPayload } from '../../../shared/errors';
import { message } from '../../../shared/i18n/messages';
import { castingPaths } from '../../../shared/kiosk/castingPaths';
import type { BallotBox } from '../ballotBox';

/**
 * What a phone sees when the hall network does not answer, or answers with something that is no
 * call result (a Wi-Fi login page, a proxy's error): words the voter can act on. Whether a cast
 * got through before the answer was lost cannot be known here, so the words do not guess.
 */
export function unreachablePayload(): ErrorPayload<'CORE_UNREACHABLE'> {
  return { code: 'CORE_UNREACHABLE', message: message('kiosk.castUnreachable') };
}

function isBilingual(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const text = value as { vi?: unknown; en?: unknown };
  return typeof text.vi === 'string' && typeof text.en === 'string';
}

/** A call result's shape: a value, or an error with its code and words in both languages. */
function isCallResult(value: unknown): value is CallResult<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const result = value as { ok?: unknown; value?: unknown; error?: unknown };
  if (result.ok === true) return 'value' in result;
  if (result.ok !== false || typeof result.error !== 'object' || result.error === null) return false;
  const error = result.error as { code?: unknown; message?: unknown };
  return typeof error.code === 'string' && isBilingual(error.message);
}

/**
 * One POST to the listener, same origin: JSON in, a call result out, whatever the status (a
 * refusal for too many attempts comes with its own). No cookie goes (there is none to send),
 * nothing is cached, and no redirect is followed.
 */
async function post<Value>(fetcher: typeof fetch, path: string, body: unknown): Promise<CallResult<Value>> {
  try {
    const response = await fetcher(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
      referrerPolicy: 'no-referrer',
    });
    const answer: unknown = await response.json();
    if (isCallResult(answer)) return answer as CallResult<Value>;
  } catch {
    // No answer, or one that is not JSON: the same words below.
  }
  return { ok: false, error: unreachablePayload() };
}

/** A phone's ballot box: the hall network listener's two casting calls. */
export function castingBallotBox(fetcher: typeof fetch = (...args) => fetch(...args)): BallotBox {
  return {
    ballotPaper: (code) => post(fetcher, castingPaths.ballotPaper, { code }),
    cast: (code, ballots) => post(fetcher, castingPaths.cast, { code, ballots }),
  };
}
