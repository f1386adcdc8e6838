// Who is signed in, and whether patient data may be shown. The server locks a session after 15 idle
// minutes; this screen locks itself at the same point (with a warning a minute before), so patient
// data disappears from an unattended screen even while live updates keep the server session busy.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { Loading } from '../components/Loading';
import { api, ApiError, onSessionProblem, setCsrfToken } from '../lib/api';
import type { Me, Role } from '../lib/types';

const IDLE_LOCK_MS = 15 * 60 * 1000;
const IDLE_WARNING_MS = 14 * 60 * 1000;

interface Session {
  me: Me;
  locked: boolean;
  /** Milliseconds until the idle lock, once the warning is due; null otherwise. */
  lockWarningIn: number | null;
  stayActive(): void;
  lockNow(): void;
  unlocked(): void;
  signOut(): Promise<void>;
  hasRole(...roles: Role[]): boolean;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api<Me>('GET', '/api/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export function SessionProvider({
  signedOut,
  children,
}: {
  signedOut: (onSignedIn: () => Promise<void>) => ReactNode;
  children: ReactNode;
}) {
  const queryClient = useQueryClient();
  const meQuery = useQuery({ queryKey: ['me'], queryFn: fetchMe, staleTime: Infinity });
  const [locked, setLocked] = useState(false);
  const [lockWarningIn, setLockWarningIn] = useState<number | null>(null);
  const lastActivity = useRef(Date.now());
  const me = meQuery.data ?? null;

  const forgetPatientData = useCallback(() => {
    void queryClient.cancelQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
  }, [queryClient]);

  const lockNow = useCallback(() => {
    forgetPatientData();
    setLockWarningIn(null);
    setLocked(true);
  }, [forgetPatientData]);

  useEffect(() => {
    if (me?.locked) lockNow();
  }, [me?.locked, lockNow]);

  useEffect(() => {
    onSessionProblem((code) => {
      if (code === 'session_locked') lockNow();
      else {
        forgetPatientData();
        queryClient.setQueryData(['me'], null);
      }
    });
    return () => onSessionProblem(null);
  }, [lockNow, forgetPatientData, queryClient]);

  // Only the person at the screen counts as activity; background refetches do not.
  useEffect(() => {
    if (!me || locked) return;
    lastActivity.current = Date.now();
    const markActive = () => {
      lastActivity.current = Date.now();
    };
    for (const type of ACTIVITY_EVENTS)
      window.addEventListener(type, markActive, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      const idle = Date.now() - lastActivity.current;
      if (idle >= IDLE_LOCK_MS) {
        lockNow();
        // The server locks this session too, so patient data stays refused even if this screen's
        // lock is got round; the screen is locked either way, so a failed call is ignored.
        void api('POST', '/api/auth/lock').catch(() => {});
      } else if (idle >= IDLE_WARNING_MS) setLockWarningIn(IDLE_LOCK_MS - idle);
      else setLockWarningIn(null);
    }, 1000);
    return () => {
      for (const type of ACTIVITY_EVENTS)
        window.removeEventListener(type, markActive, { capture: true });
      window.clearInterval(timer);
    };
  }, [me, locked, lockNow]);

  const session = useMemo<Session | null>(
    () =>
      me && {
        me,
        locked,
        lockWarningIn,
        stayActive: () => {
          lastActivity.current = Date.now();
          setLockWarningIn(null);
        },
        lockNow,
        unlocked: () => {
          lastActivity.current = Date.now();
          setLocked(false);
          void queryClient.invalidateQueries({ queryKey: ['me'] });
        },
        signOut: async () => {
          try {
            await api('POST', '/api/auth/logout');
          } finally {
            forgetPatientData();
            setLocked(false);
            queryClient.setQueryData(['me'], null);
          }
        },
        hasRole: (...roles: Role[]) => roles.some((role) => me.roles.includes(role)),
      },
    [me, locked, lockWarningIn, lockNow, queryClient, forgetPatientData],
  );

  if (meQuery.isPending) return <Loading />;
  if (meQuery.isError)
    return (
      <main id="main">
        <h1>Preflight cannot be reached</h1>
        <p role="alert">Check the network connection, then try again.</p>
        <button type="button" onClick={() => void meQuery.refetch()}>
          Try again
        </button>
      </main>
    );
  if (!session)
    return (
      <>
        {signedOut(async () => {
          setLocked(false);
          await meQuery.refetch();
        })}
      </>
    );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
