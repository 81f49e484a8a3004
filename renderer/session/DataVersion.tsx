import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/**
 * The one invalidation rule of the screens: every change made through a form (a successful
 * submission) moves the data version on, and every view loaded with `useLoaded` loads again.
 * So a reconciliation, a badge or a list derived from other calls is never left stale after a
 * save, an acknowledgement or an import, and no screen needs its own reload wiring.
 */
interface DataVersion {
  readonly version: number;
  changed(): void;
}

const DataVersionContext = createContext<DataVersion>({ version: 0, changed: () => undefined });

export function DataVersionProvider({ children }: { children: ReactNode }) {
  const [version, setVersion] = useState(0);
  const changed = useCallback(() => setVersion((current) => current + 1), []);
  const value = useMemo(() => ({ version, changed }), [version, changed]);
  return <DataVersionContext.Provider value={value}>{children}</DataVersionContext.Provider>;
}

export function useDataVersion(): DataVersion {
  return useContext(DataVersionContext);
}
