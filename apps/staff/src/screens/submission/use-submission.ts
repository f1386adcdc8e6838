import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../lib/api';
import type { SubmissionDetail } from '../../lib/types';
import { useSession } from '../../session/session';
import type { WhoIs } from './parts';

export function useSubmission(id: string) {
  return useQuery({
    queryKey: ['submission', id],
    queryFn: () => api<SubmissionDetail>('GET', `/api/submissions/${encodeURIComponent(id)}`),
  });
}

export function useRefreshSubmission(id: string) {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['submission', id] }),
      queryClient.invalidateQueries({ queryKey: ['submissions'] }),
    ]);
  }, [queryClient, id]);
}

/** Staff are named when the API gives a name; the current user is "you". */
export function useWhoIs(): WhoIs {
  const { me } = useSession();
  return useCallback(
    (person) => {
      if (!person) return 'Preflight';
      if (person.id === me.user.id) return `you (${me.user.displayName})`;
      return person.displayName;
    },
    [me],
  );
}
