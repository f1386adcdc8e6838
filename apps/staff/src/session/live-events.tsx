// One EventSource per screen: refetches what changed, keeps the count of open urgent flags per
// submission (events carry ids and counts only, so this works behind the lock screen too), and
// reports when the connection is lost and when it is back.
import { useQueryClient } from '@tanstack/react-query';
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
import { playTone, soundEnabled, wakeSoundOnFirstGesture } from '../lib/alert-sound';
import type { FlagCounts } from '../lib/types';

export type ConnectionState = 'connecting' | 'open' | 'lost' | 'restored';

interface LiveEvents {
  connection: ConnectionState;
  /** Open urgent flags per submission id (only those above zero). */
  urgent: ReadonlyMap<string, number>;
  /** Replace what the events said with a fresh list from the server. */
  reconcileUrgent(counts: { id: string; urgent: number }[], complete: boolean): void;
  tonesPlayed: number;
}

const LiveEventsContext = createContext<LiveEvents | null>(null);

export function useLiveEvents(): LiveEvents {
  const value = useContext(LiveEventsContext);
  if (!value) throw new Error('useLiveEvents outside LiveEventsProvider');
  return value;
}

type EventData =
  | { type: 'submission.created'; submissionId: string; counts: FlagCounts }
  | { type: 'submission.updated'; submissionId: string; counts: FlagCounts; status: string }
  | { type: 'flag.urgent'; submissionId: string; count: number };

const REMINDER_MS = 60_000;
const RESTORED_NOTICE_MS = 6_000;

export function LiveEventsProvider({
  enabled,
  children,
}: {
  enabled: boolean;
  children: ReactNode;
}) {
  const queryClient = useQueryClient();
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [urgent, setUrgent] = useState<ReadonlyMap<string, number>>(new Map());
  const [tonesPlayed, setTonesPlayed] = useState(0);
  const urgentRef = useRef(urgent);
  urgentRef.current = urgent;

  const sound = useCallback(() => {
    if (soundEnabled() && playTone()) setTonesPlayed((n) => n + 1);
  }, []);

  const setCount = useCallback(
    (id: string, count: number) => {
      const previous = urgentRef.current.get(id) ?? 0;
      if (count === previous) return;
      const next = new Map(urgentRef.current);
      if (count > 0) next.set(id, count);
      else next.delete(id);
      urgentRef.current = next;
      setUrgent(next);
      if (count > previous) sound();
    },
    [sound],
  );

  useEffect(() => {
    if (!enabled) return;
    let source: EventSource | null = null;
    let wasLost = false;
    let retry: number | undefined;
    let restoredTimer: number | undefined;

    const handle = (raw: MessageEvent<string>) => {
      let data: EventData;
      try {
        data = JSON.parse(raw.data) as EventData;
      } catch {
        return;
      }
      void queryClient.invalidateQueries({ queryKey: ['submissions'] });
      void queryClient.invalidateQueries({ queryKey: ['submission', data.submissionId] });
      // A submission closes its visit: it leaves the "waiting for the tablet" list.
      if (data.type === 'submission.created')
        void queryClient.invalidateQueries({ queryKey: ['visits'] });
      if (data.type === 'flag.urgent') setCount(data.submissionId, data.count);
      else setCount(data.submissionId, data.counts.urgent);
    };

    const connect = () => {
      source = new EventSource('/api/events', { withCredentials: true });
      for (const type of ['submission.created', 'submission.updated', 'flag.urgent'])
        source.addEventListener(type, handle as EventListener);
      source.onopen = () => {
        // An event sent while no stream was attached went to no one (away, or before this first
        // one opened, after the screen read its lists): every open fetches the lists again.
        void queryClient.invalidateQueries();
        if (wasLost) {
          wasLost = false;
          setConnection('restored');
          window.clearTimeout(restoredTimer);
          restoredTimer = window.setTimeout(() => setConnection('open'), RESTORED_NOTICE_MS);
        } else setConnection('open');
      };
      source.onerror = () => {
        wasLost = true;
        setConnection('lost');
        if (source?.readyState === EventSource.CLOSED) {
          // The browser gave up (e.g. the session ended): check the session, then try again.
          source.close();
          void queryClient.invalidateQueries({ queryKey: ['me'] });
          retry = window.setTimeout(connect, 5_000);
        }
      };
    };
    connect();
    return () => {
      source?.close();
      window.clearTimeout(retry);
      window.clearTimeout(restoredTimer);
    };
  }, [enabled, queryClient, setCount]);

  useEffect(() => (enabled ? wakeSoundOnFirstGesture() : undefined), [enabled]);

  // While an urgent flag stays open, remind every minute.
  const anyUrgent = urgent.size > 0;
  useEffect(() => {
    if (!anyUrgent) return;
    const timer = window.setInterval(sound, REMINDER_MS);
    return () => window.clearInterval(timer);
  }, [anyUrgent, sound]);

  const reconcileUrgent = useCallback(
    (counts: { id: string; urgent: number }[], complete: boolean) => {
      const seen = new Set<string>();
      for (const { id, urgent: count } of counts) {
        seen.add(id);
        setCount(id, count);
      }
      if (complete) for (const id of urgentRef.current.keys()) if (!seen.has(id)) setCount(id, 0);
    },
    [setCount],
  );

  const value = useMemo(
    () => ({ connection, urgent, reconcileUrgent, tonesPlayed }),
    [connection, urgent, reconcileUrgent, tonesPlayed],
  );
  return <LiveEventsContext.Provider value={value}>{children}</LiveEventsContext.Provider>;
}
