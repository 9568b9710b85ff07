// The patient's questionnaires at home, in the chart: which were answered from home (their scores are
// in Assessments, marked patient-reported), which are still awaited and until when, and which closed
// unanswered. The owner opens a request's page (its messages); a therapist reads the rows only.
import { Alert, Stack, Typography } from '@mui/material';
import { ListBase, Pagination, usePermissions, useListContext } from 'react-admin';
import { can } from '../access';
import { stateOf, type QuestionnaireState } from '../questionnaires/format';
import { QuestionnaireResults } from '../questionnaires/QuestionnaireResults';
import type { QuestionnaireRequest } from '../questionnaires/record';

const PER_PAGE = 25;

const COUNTED: { state: QuestionnaireState; words: (n: number) => string }[] = [
  { state: 'ANSWERED', words: (n) => `${n} answered at home` },
  { state: 'WAITING', words: (n) => `${n} waiting for an answer` },
  { state: 'NOT_SENT', words: (n) => `${n} not sent yet` },
  { state: 'EXPIRED', words: (n) => `${n} expired unanswered` },
  { state: 'WITHDRAWN', words: (n) => `${n} withdrawn` },
];

/** "4 answered at home · 1 waiting for an answer · 2 expired unanswered" (of the page shown). */
function Summary() {
  const { data, total, error } = useListContext<QuestionnaireRequest>();
  if (error) return <Alert severity="warning">{error.message}</Alert>;
  if (!data?.length) return null;
  const now = Date.now();
  const counts = new Map<QuestionnaireState, number>();
  for (const request of data) counts.set(stateOf(request, now), (counts.get(stateOf(request, now)) ?? 0) + 1);
  const parts = COUNTED.filter(({ state }) => counts.get(state)).map(({ state, words }) => words(counts.get(state)!));
  return (
    <Typography variant="body2" color="text.secondary">
      {parts.join(' · ')}
      {total !== undefined && total > data.length && ` (of the ${data.length} most recent)`}
    </Typography>
  );
}

function MorePages() {
  const { total } = useListContext();
  return total !== undefined && total > PER_PAGE ? <Pagination rowsPerPageOptions={[]} /> : null;
}

const Empty = (
  <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
    No questionnaires yet. When they are on in Clinic settings, the patient is asked before their first visit, after every few sessions, at
    discharge and months later.
  </Typography>
);

export function QuestionnairesPanel({ patientId }: { patientId: string }) {
  const { permissions } = usePermissions();
  return (
    // Its own list, not the page's: no URL or stored parameters, and no resource-level access check,
    // because therapists read these rows here though they have no Questionnaires page (the API limits
    // them to their own patients, as the chart around it).
    <ListBase
      resource="questionnaires"
      filter={{ patientId }}
      sort={{ field: 'sendAt', order: 'DESC' }}
      perPage={PER_PAGE}
      disableSyncWithLocation
      storeKey={false}
      disableAuthentication
    >
      <Stack spacing={1.5} component="section" aria-label="Questionnaires at home">
        <Summary />
        <QuestionnaireResults withPatient={false} linkToShow={can(permissions, 'questionnaires', 'show')} empty={Empty} />
        <MorePages />
      </Stack>
    </ListBase>
  );
}
