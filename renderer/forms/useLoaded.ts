import { useCallback, useEffect, useState } from 'react';
import type { CallResult } from '../../shared/contract';
import type { ErrorPayload } from '../../shared/errors';
import { useDataVersion } from '../session/DataVersion';

/**
 * Data a screen shows, fetched with `load` (a memoised call) when it changes and again on
 * `reload()`. State is set only when the answer arrives, never during the render or effect.
 */
export function useLoaded<T>(load: () => Promise<CallResult<T>>, initial: T) {
  // Any change made through a form loads every view again (see DataVersion).
  const { version: dataVersion } = useDataVersion();
  const [value, setValue] = useState<T>(initial);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    void load().then((result) => {
      if (!live) return;
      if (result.ok) {
        setValue(result.value);
        setError(null);
      } else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [load, version, dataVersion]);

  const reload = useCallback(() => setVersion((current) => current + 1), []);
  return { value, error, reload };
}
