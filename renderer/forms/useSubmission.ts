import { useCallback, useState } from 'react';
import type { AppCallResult, CallName } from '../../shared/contract';
import type { ErrorPayload } from '../../shared/errors';

/**
 * Runs one call for a form: remembers whether it is under way (to disable the button and say
 * so) and the typed error the core answered, to show beside the form.
 */
export function useSubmission() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ErrorPayload | null>(null);

  const submit = useCallback(async <Name extends CallName>(run: () => Promise<AppCallResult<Name>>) => {
    setPending(true);
    setError(null);
    try {
      const result = await run();
      if (!result.ok) setError(result.error);
      return result;
    } finally {
      setPending(false);
    }
  }, []);

  return { pending, error, submit, clearError: () => setError(null) };
}
