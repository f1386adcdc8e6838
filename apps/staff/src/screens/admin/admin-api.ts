import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { Site, StaffUser } from '../../lib/types';

export const useUsers = () =>
  useQuery({
    queryKey: ['admin', 'users'],
    queryFn: () => api<{ items: StaffUser[] }>('GET', '/api/users'),
  });

export const useSites = () =>
  useQuery({
    queryKey: ['admin', 'sites'],
    queryFn: () => api<{ items: Site[] }>('GET', '/api/sites'),
  });

export const ROLES = [
  { value: 'nurse', label: 'Nurse' },
  { value: 'clinician', label: 'Clinician' },
  { value: 'admin', label: 'Admin' },
] as const;
