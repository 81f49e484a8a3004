import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AppCallResult, CallInput, CallName } from '../../shared/contract';
import type { SessionStatus } from '../../shared/session/sessionSchemas';
import { useApi } from '../api/ApiContext';
import { DataVersionProvider } from './DataVersion';

/** How often the screen asks whether the vault is still open (the question is not activity). */
const statusPollMs = 3000;

interface SessionState {
  readonly status: SessionStatus;
  refresh(): Promise<void>;
  /** A call that refreshes the session when the core says nobody is signed in (idle lock). */
  call<Name extends CallName>(name: Name, input: CallInput<Name>): Promise<AppCallResult<Name>>;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ initial, children }: { initial: SessionStatus; children: ReactNode }) {
  const api = useApi();
  const [status, setStatus] = useState(initial);

  // Only a real change replaces the status: screens that depend on the session must not reload
  // (or lose what is being typed) on every poll.
  // A poll sent before a sign-out may answer after it: only the newest question's answer counts,
  // or the stale "signed in" would flash the app back and remount the sign-in form.
  const latestQuestion = useRef(0);
  const refresh = useCallback(async () => {
    const question = ++latestQuestion.current;
    const result = await api.call('session.status', {});
    if (result.ok && question === latestQuestion.current)
      setStatus((current) => (JSON.stringify(current) === JSON.stringify(result.value) ? current : result.value));
  }, [api]);

  useEffect(() => {
    if (!status.user) return;
    const timer = window.setInterval(() => void refresh(), statusPollMs);
    return () => window.clearInterval(timer);
  }, [status.user, refresh]);

  const call = useCallback(
    async <Name extends CallName>(name: Name, input: CallInput<Name>) => {
      const result = await api.call(name, input);
      if (!result.ok && result.error.code === 'NOT_SIGNED_IN') await refresh();
      return result;
    },
    [api, refresh],
  );

  const value = useMemo(() => ({ status, refresh, call }), [status, refresh, call]);
  return (
    <SessionContext.Provider value={value}>
      <DataVersionProvider>{children}</DataVersionProvider>
    </SessionContext.Provider>
  );
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}
