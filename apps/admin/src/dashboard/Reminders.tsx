// Whether reminders work (issue 9): no-shows of sessions with and without a reminder, and how many
// patients confirmed, over the weeks up to the shown one. Every share carries its n, and the card says
// when the groups are too small to compare.
import { Alert, Box, LinearProgress, Stack, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { graphql } from '../graphql';
import { callQuery } from '../providers/graphqlClient';
import type { IsoDate } from '../shared/time';
import { Kpi } from './Kpi';
import { REMINDER_WEEKS, rateHint, rateValue, reminderCaution, reminderPeriod } from './reminderSummaries';

const DASHBOARD_REMINDER_EFFECT = graphql(`
  query dashboardReminderEffect($from: DateTime!, $to: DateTime!) {
    reminderEffect(from: $from, to: $to) {
      confirmed {
        count
        n
        rate
      }
      noShowsReminded {
        count
        n
        rate
      }
      noShowsNotReminded {
        count
        n
        rate
      }
    }
  }
`);

/** The reminder figures for the REMINDER_WEEKS weeks ending with the week of `weekOf` (a Monday). */
export function Reminders({ weekOf, timezone }: { weekOf: IsoDate; timezone: string }) {
  const { from, to, label } = reminderPeriod(weekOf, timezone);
  const { data, error, isFetching } = useQuery({
    queryKey: ['backtrack', 'dashboardReminderEffect', from, to],
    queryFn: async () => (await callQuery(DASHBOARD_REMINDER_EFFECT, { from, to })).reminderEffect,
    placeholderData: keepPreviousData,
  });
  const caution = data && reminderCaution(data);
  return (
    <Box component="section" aria-label="Reminders">
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        Reminders
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        Sessions that have happened in the {REMINDER_WEEKS} weeks {label}
      </Typography>
      {error && <Alert severity="error">{error.message}</Alert>}
      {isFetching && <LinearProgress aria-label="Loading the reminder figures" />}
      {data && (
        <Stack spacing={1.5}>
          <Box
            sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', sm: 'repeat(3, minmax(0, 1fr))' } }}
          >
            <Kpi
              label="No-shows with a reminder"
              value={rateValue(data.noShowsReminded)}
              hint={rateHint(data.noShowsReminded, 'sessions')}
            />
            <Kpi
              label="No-shows without a reminder"
              value={rateValue(data.noShowsNotReminded)}
              hint={rateHint(data.noShowsNotReminded, 'sessions')}
            />
            <Kpi label="Confirmed by link" value={rateValue(data.confirmed)} hint={rateHint(data.confirmed, 'sessions')} />
          </Box>
          {caution && (
            <Alert severity="warning" data-testid="reminder-caution">
              {caution}
            </Alert>
          )}
          <Typography variant="caption" color="text.secondary">
            Observational: sessions without a reminder may differ in other ways, such as being booked at short notice.
          </Typography>
        </Stack>
      )}
    </Box>
  );
}
