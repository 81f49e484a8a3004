import { useCallback, useState } from 'react';
import type { AppCallResult, CallName } from '../../shared/contract';
import type { ErrorPayload } from '../../shared/errors';
import { useDataVersion } from '../session/DataVersion';

/**
 * Runs one call for a form: remembers whether it is under way (to disable the button and say
 * so) and the typed error the core answered, to show beside the form. A success moves the data
 * version on, so every loaded view shows the change.
 */
export function useSubmission() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const { changed } = useDataVersion();

  const submit = useCallback(
    async <Name extends CallName>(run: () => Promise<AppCallResult<Name>>) => {
      setPending(true);
      setError(null);
      try {
        const result = await run();
        if (!result.ok) setError(result.error);
        else changed();
        return result;
      } finally {
        setPending(false);
      }
    },
    [changed],
  );

  return { pending, error, submit, clearError: () => setError(null) };
}
