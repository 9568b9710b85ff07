// The rows of a questionnaire list, wherever it is shown (the clinic's list, a patient's chart): a
// sortable table from the small-tablet width up (seven columns on a desktop, five on a tablet), and on a
// phone one card per request with the same facts.
import { Box, List, ListItem, ListItemButton, Stack, Typography, useMediaQuery, type Theme } from '@mui/material';
import type { ReactNode } from 'react';
import { DataTable, Link, RecordContextProvider, useCreatePath, useListContext, useRecordContext } from 'react-admin';
import {
  AnswerByField,
  InstrumentsField,
  OccasionField,
  PatientField,
  StatusField,
  TimeField,
  closedReason,
  useClinicZone,
} from './QuestionnaireFields';
import { clinicTime, stateOf, timeLeft } from './format';
import type { QuestionnaireRequest } from './record';

interface ResultsProps {
  /** The clinic's list names the patient (with a number to call); a patient's chart does not. */
  withPatient: boolean;
  /** Opens the request's page; false for roles without one (therapists). */
  linkToShow: boolean;
  /** Shown when the filters match nothing. */
  empty?: ReactNode;
}

const Col = DataTable.Col<QuestionnaireRequest>;

/** Below the desktop width the instruments go under the occasion, and the answer time under the status. */
function OccasionAndInstruments() {
  return (
    <Stack spacing={0.25}>
      <OccasionField />
      <InstrumentsField variant="caption" />
    </Stack>
  );
}

function StatusAndAnswered() {
  const record = useRecordContext<QuestionnaireRequest>();
  return (
    <Stack spacing={0.25} sx={{ alignItems: 'flex-start' }}>
      <StatusField />
      {record?.answeredAt && <TimeField source="answeredAt" variant="caption" />}
    </Stack>
  );
}

function QuestionnaireTable({ withPatient, linkToShow, empty }: ResultsProps) {
  const wide = useMediaQuery((theme: Theme) => theme.breakpoints.up('lg'), { noSsr: true });
  return (
    <DataTable
      rowClick={linkToShow ? 'show' : false}
      bulkActionButtons={false}
      empty={empty}
      hover={linkToShow}
      // Seven columns beside the menu at 1280 px, and five at 1024, fit with half the usual gutter.
      sx={{ '& .MuiTableCell-root': { px: 1 }, '& .MuiTableCell-root:first-of-type': { pl: 2 } }}
    >
      {withPatient && <Col source="patientId" label="Patient" disableSort render={() => <PatientField contact />} />}
      <Col source="occasion" label="Occasion" render={() => (wide ? <OccasionField /> : <OccasionAndInstruments />)} />
      {wide && <Col source="instruments" label="Instruments" disableSort render={() => <InstrumentsField />} />}
      <Col source="sendAt" label="Sent" render={() => <TimeField source="sendAt" />} />
      <Col source="expiresAt" label="Answer by" render={() => <AnswerByField />} />
      <Col source="status" label="Status" render={() => (wide ? <StatusField /> : <StatusAndAnswered />)} />
      {wide && <Col source="answeredAt" label="Answered" render={() => <TimeField source="answeredAt" />} />}
    </DataTable>
  );
}

/** One line of a card: what it is, then when (the clinic's clock). */
function CardLine({ children }: { children: ReactNode }) {
  return (
    <Typography component="div" variant="body2" color="text.secondary" sx={{ fontVariantNumeric: 'tabular-nums' }}>
      {children}
    </Typography>
  );
}

function QuestionnaireCard({ request, withPatient }: { request: QuestionnaireRequest; withPatient: boolean }) {
  const zone = useClinicZone();
  const state = stateOf(request);
  const reason = closedReason(request);
  const at = (instant: string) => (zone ? clinicTime(instant, zone) : '');
  const left = state === 'WAITING' ? timeLeft(request.expiresAt) : null;
  return (
    <Box sx={{ flex: 1, minWidth: 0 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', justifyContent: 'space-between' }}>
        <Box sx={{ minWidth: 0 }}>{withPatient ? <PatientField contact /> : <OccasionField strong />}</Box>
        <StatusField withReason={false} />
      </Stack>
      <Box sx={{ mt: 0.5 }}>
        <CardLine>
          {withPatient && (
            <>
              <OccasionField /> ·{' '}
            </>
          )}
          <InstrumentsField />
        </CardLine>
        <CardLine>
          {state === 'NOT_SENT' ? 'Goes out' : 'Sent'} {at(request.sendAt)}
        </CardLine>
        {state === 'ANSWERED' && request.answeredAt ? (
          <CardLine>Answered {at(request.answeredAt)}</CardLine>
        ) : (
          <CardLine>
            Answer by {at(request.expiresAt)}
            {left && (
              <Typography
                component="span"
                variant="body2"
                color={left.urgent ? 'warning.dark' : 'text.secondary'}
                sx={{ fontWeight: left.urgent ? 600 : 400 }}
              >
                {' '}
                · {left.text}
              </Typography>
            )}
          </CardLine>
        )}
        {reason && <CardLine>{reason}</CardLine>}
      </Box>
    </Box>
  );
}

function QuestionnaireCards({ withPatient, linkToShow, empty }: ResultsProps) {
  const { data, isPending } = useListContext<QuestionnaireRequest>();
  const createPath = useCreatePath();
  if (isPending) return null;
  if (!data?.length) return <>{empty}</>;
  return (
    <List disablePadding aria-label="Questionnaires">
      {data.map((request) => (
        <RecordContextProvider key={request.id} value={request}>
          <ListItem disablePadding divider>
            {linkToShow ? (
              <ListItemButton
                component={Link}
                to={createPath({ resource: 'questionnaires', id: request.id, type: 'show' })}
                sx={{ py: 1.25 }}
              >
                <QuestionnaireCard request={request} withPatient={withPatient} />
              </ListItemButton>
            ) : (
              <Box sx={{ px: 2, py: 1.25, width: '100%' }}>
                <QuestionnaireCard request={request} withPatient={withPatient} />
              </Box>
            )}
          </ListItem>
        </RecordContextProvider>
      ))}
    </List>
  );
}

export function QuestionnaireResults(props: ResultsProps) {
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });
  return phone ? <QuestionnaireCards {...props} /> : <QuestionnaireTable {...props} />;
}
