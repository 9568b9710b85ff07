// The clinic's follow-up interval, to say "3-month follow-up" as the clinic has set it (read by every
// role: clinicSettings is open to all staff). The catalogue's fragment is left alone because every
// schedule test builds its ClinicSettings whole.
import { useQuery } from '@tanstack/react-query';
import { graphql } from '../graphql';
import { callQuery } from '../providers/graphqlClient';

const FOLLOW_UP_MONTHS = graphql(`
  query StaffQuestionnaireFollowUpMonths {
    clinicSettings {
      id
      questionnaireFollowUpMonths
    }
  }
`);

export async function fetchFollowUpMonths(): Promise<number> {
  return (await callQuery(FOLLOW_UP_MONTHS, {})).clinicSettings.questionnaireFollowUpMonths;
}

/** Undefined while it loads (or if it cannot be read): the occasion then says "Follow-up" without a number. */
export function useFollowUpMonths(): number | undefined {
  return useQuery({ queryKey: ['backtrack', 'questionnaireFollowUpMonths'], queryFn: fetchFollowUpMonths, staleTime: 5 * 60_000 }).data;
}
