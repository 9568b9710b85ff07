// Attendance only when it can be true (PRODUCT.md §4): the same domain rule as the API decides when the
// drawer's check-in, no-show and complete buttons open, and an owner can revert a no-show or
// cancellation made by mistake.
import { attendanceRefusal, type AttendanceAction } from '@backtrack/domain';
import { useEffect, useState } from 'react';
import { graphql } from '../graphql';
import type { SessionFieldsFragment } from '../graphql/graphql';
import { callMutation } from '../providers/graphqlClient';
import type { ClinicSettings } from '../shared/catalog';

/** Why each attendance action is not open yet ("Check-in opens at 09:00"), or null when it is. */
export type AttendanceOpening = Record<AttendanceAction, string | null>;

export function attendanceOpening(
  session: Pick<SessionFieldsFragment, 'startsAt'>,
  clinic: Pick<ClinicSettings, 'timezone' | 'checkInWindowMinutes'>,
  now: number,
): AttendanceOpening {
  const start = Date.parse(session.startsAt);
  const why = (action: AttendanceAction) =>
    attendanceRefusal(action, start, now, clinic.checkInWindowMinutes, clinic.timezone)?.short ?? null;
  return { CHECK_IN: why('CHECK_IN'), COMPLETE: why('COMPLETE'), NO_SHOW: why('NO_SHOW') };
}

/** The current time, refreshed every `everyMs` so that a button opens when its time comes. */
export function useNow(everyMs = 15_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

const REVERT = graphql(`
  mutation attendanceRevertSessionStatus($id: ID!, $reason: String!) {
    revertSessionStatus(id: $id, reason: $reason) {
      ...SessionFields
    }
  }
`);

export async function revertSessionStatus(id: string, reason: string): Promise<SessionFieldsFragment> {
  return (await callMutation(REVERT, { id, reason })).revertSessionStatus;
}
