// The triage list, as the server orders it (urgent first, then waiting longest).
import { useQuery } from '@tanstack/react-query';
import type { Severity } from '@preflight/screening';
import { api, query } from './api';
import type { Paged, SubmissionStatus, TriageItem } from './types';

export interface TriageFilters {
  status?: SubmissionStatus | undefined;
  severity?: Severity | undefined;
}

export function useTriage(filters: TriageFilters, enabled = true) {
  return useQuery({
    queryKey: ['submissions', filters.status ?? 'open', filters.severity ?? 'any'],
    queryFn: () =>
      api<Paged<TriageItem>>(
        'GET',
        `/api/submissions${query({ status: filters.status, severity: filters.severity })}`,
      ),
    enabled,
  });
}
