// Who is signed in, and what they may do on a given session (PRODUCT.md section 1).
import { useCallback } from 'react';
import { useGetIdentity, usePermissions } from 'react-admin';
import type { Role } from '../providers/session';
import type { Session } from './api';

export function useActor() {
  const { permissions } = usePermissions<Role>();
  const { identity } = useGetIdentity();
  const role = (permissions ?? null) as Role | null;
  const userId = identity?.id as string | undefined;
  const canActOn = useCallback(
    (session: Pick<Session, 'therapist'>) =>
      role === 'OWNER' || role === 'FRONT_DESK' || (role === 'THERAPIST' && session.therapist.userId === userId),
    [role, userId],
  );
  const canComplete = useCallback(
    (session: Pick<Session, 'therapist'>) => role === 'OWNER' || (role === 'THERAPIST' && session.therapist.userId === userId),
    [role, userId],
  );
  return { role, userId, canActOn, canComplete };
}
