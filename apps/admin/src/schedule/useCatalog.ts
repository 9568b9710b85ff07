// Clinic settings, therapists, rooms and services: read once per page visit and shared by the
// schedule, its dialogs and the owner pages (which invalidate it after a change).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useGetIdentity, usePermissions } from 'react-admin';
import type { Role } from '../providers/session';
import { fetchCatalog } from './api';
import type { Session } from './types';

export const CATALOG_KEY = ['backtrack', 'schedulingCatalog'] as const;
export const SCHEDULE_KEY = ['backtrack', 'schedule'] as const;

export function useCatalog() {
  return useQuery({ queryKey: CATALOG_KEY, queryFn: fetchCatalog, staleTime: 60_000 });
}

export function useInvalidateScheduling() {
  const client = useQueryClient();
  return useCallback(() => {
    void client.invalidateQueries({ queryKey: SCHEDULE_KEY });
    void client.invalidateQueries({ queryKey: CATALOG_KEY });
  }, [client]);
}

/** Who is signed in, and what they may do on a given session (PRODUCT.md section 1). */
export function useActor() {
  const { permissions } = usePermissions<Role>();
  const { identity } = useGetIdentity();
  const role = (permissions ?? null) as Role | null;
  const userId = identity?.id as string | undefined;
  const canActOn = useCallback(
    (session: Pick<Session, 'therapist'>) => role === 'OWNER' || role === 'FRONT_DESK' || (role === 'THERAPIST' && session.therapist.userId === userId),
    [role, userId],
  );
  const canComplete = useCallback(
    (session: Pick<Session, 'therapist'>) => role === 'OWNER' || (role === 'THERAPIST' && session.therapist.userId === userId),
    [role, userId],
  );
  return { role, userId, canActOn, canComplete };
}
