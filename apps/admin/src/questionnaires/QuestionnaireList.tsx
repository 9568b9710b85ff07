// Questionnaires at home (OWNER and FRONT_DESK): every request the clinic sent, newest first, and the
// front desk's view for chasing: those still waiting for an answer, soonest to close first, and those
// that expired unanswered. A request holds no scores; the answers are in the patient's chart.
import AssignmentIcon from '@mui/icons-material/AssignmentOutlined';
import { Box, Chip, Stack, Typography } from '@mui/material';
import { AutocompleteInput, List, ReferenceInput, SelectInput, useGetList, useListContext } from 'react-admin';
import type { QuestionnaireStatus } from '../graphql/graphql';
import { OCCASION_CHOICES, STATUS_CHOICES } from './format';
import { QuestionnaireResults } from './QuestionnaireResults';
import type { QuestionnaireRequest } from './record';

// The API sorts patients by name (not by id, react-admin's default, which it refuses).
const BY_NAME = { field: 'name', order: 'ASC' } as const;

const filters = [
  <SelectInput
    key="status"
    source="status"
    label="Status"
    choices={STATUS_CHOICES}
    alwaysOn
    emptyText="Any status"
    sx={{ minWidth: 200 }}
  />,
  <SelectInput
    key="occasion"
    source="occasion"
    label="Occasion"
    choices={OCCASION_CHOICES}
    alwaysOn
    emptyText="Any occasion"
    sx={{ minWidth: 180 }}
  />,
  <ReferenceInput key="patientId" source="patientId" reference="patients" sort={BY_NAME} alwaysOn>
    <AutocompleteInput label="Patient" optionText="name" sx={{ minWidth: 200 }} />
  </ReferenceInput>,
];

interface QuickFilter {
  label: string;
  status?: QuestionnaireStatus;
  /** The order that serves this view: who to chase first. */
  sort: { field: string; order: 'ASC' | 'DESC' };
}

const QUICK_FILTERS: QuickFilter[] = [
  { label: 'All', sort: { field: 'sendAt', order: 'DESC' } },
  // The answer-by soonest first: those about to close are the ones a call still helps.
  { label: 'Waiting for an answer', status: 'PENDING', sort: { field: 'expiresAt', order: 'ASC' } },
  { label: 'Expired', status: 'EXPIRED', sort: { field: 'expiresAt', order: 'DESC' } },
];

/** How many requests the other filters leave in a status, for its quick filter's label. */
function useCount(filter: Record<string, unknown>, status: QuestionnaireStatus | undefined): number | undefined {
  const { total } = useGetList<QuestionnaireRequest>(
    'questionnaires',
    { filter: { ...filter, status }, pagination: { page: 1, perPage: 1 }, sort: { field: 'sendAt', order: 'DESC' } },
    { enabled: status !== undefined },
  );
  return total;
}

function QuickFilterChip({ quick }: { quick: QuickFilter }) {
  const { filterValues, setFilters, setSort } = useListContext();
  const others: Record<string, unknown> = { ...filterValues };
  delete others.status;
  const count = useCount(others, quick.status);
  const selected = (filterValues as { status?: string }).status === quick.status;
  const label = count === undefined ? quick.label : `${quick.label} (${count})`;
  return (
    <Chip
      label={label}
      clickable
      color={selected ? 'primary' : 'default'}
      variant={selected ? 'filled' : 'outlined'}
      aria-pressed={selected}
      onClick={() => {
        setFilters(quick.status ? { ...others, status: quick.status } : others);
        setSort(quick.sort);
      }}
    />
  );
}

function QuickFilters() {
  return (
    <Stack
      direction="row"
      role="group"
      aria-label="Quick filters"
      sx={{ flexWrap: 'wrap', gap: 1, px: 2, py: 1.5, borderBottom: 1, borderColor: 'divider' }}
    >
      {QUICK_FILTERS.map((quick) => (
        <QuickFilterChip key={quick.label} quick={quick} />
      ))}
    </Stack>
  );
}

/** What the filters left: for "waiting", that is good news, and says so. */
function NoMatch() {
  const { filterValues } = useListContext();
  const waiting = (filterValues as { status?: string }).status === 'PENDING';
  return (
    <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
      {waiting
        ? 'Nobody is waiting to answer: every questionnaire sent has been answered or has closed.'
        : 'No questionnaires match these filters.'}
    </Typography>
  );
}

function Empty() {
  return (
    <Box sx={{ textAlign: 'center', py: 8, px: 2, m: 'auto' }}>
      <AssignmentIcon sx={{ fontSize: 64, color: 'text.disabled' }} />
      <Typography variant="h6" component="p" sx={{ mt: 1 }}>
        No questionnaires yet
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ maxWidth: 460, mx: 'auto', mt: 1 }}>
        When questionnaires at home are on (Clinic settings), patients are asked before their first visit, after every few sessions, at
        discharge and months later; each request appears here until it is answered or closes.
      </Typography>
    </Box>
  );
}

export function QuestionnaireList() {
  return (
    <List
      title="Questionnaires"
      filters={filters}
      sort={{ field: 'sendAt', order: 'DESC' }}
      perPage={25}
      exporter={false}
      empty={<Empty />}
    >
      <QuickFilters />
      <QuestionnaireResults withPatient linkToShow empty={<NoMatch />} />
    </List>
  );
}
