// The open submissions, as the server orders them (urgent first, then waiting longest).
import { useQuery } from '@tanstack/react-query';
import { api } from './api';
import type { Paged, TriageItem } from './types';

export function useTriage(enabled: boolean) {
  return useQuery({
    queryKey: ['submissions', 'open', 'any'],
    queryFn: () => api<Paged<TriageItem>>('GET', '/api/submissions'),
    enabled,
  });
}
