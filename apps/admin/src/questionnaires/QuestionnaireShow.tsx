// One questionnaire request, for the front desk chasing it: who to reach and how, what was asked and
// by when, and whether its messages reached the patient (a message skipped for want of consent or an
// address means the patient never saw the link, and only a call will ask them).
import { INSTRUMENTS } from '@backtrack/domain';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  Divider,
  LinearProgress,
  Link as MuiLink,
  List,
  ListItem,
  ListItemButton,
  Stack,
  Typography,
} from '@mui/material';
import { Labeled, Link, ListButton, ReferenceField, Show, TopToolbar, useGetList, useGetOne, useRecordContext } from 'react-admin';
import type { Message } from '../messages/record';
import type { Patient } from '../patients/choices';
import { CHANNEL_LABELS, MESSAGE_STATUS_COLORS, MESSAGE_STATUS_LABELS } from '../shared/labels';
import { formatPhone } from '../shared/phone';
import { useFollowUpMonths } from './api';
import { clinicTime, occasionLabel, stateOf } from './format';
import { AnswerByField, QuestionnaireStateChip, TimeField, closedReason, useClinicZone } from './QuestionnaireFields';
import type { QuestionnaireRequest } from './record';

function QuestionnaireTitle() {
  const record = useRecordContext<QuestionnaireRequest>();
  const followUpMonths = useFollowUpMonths();
  return <span>{record ? `Questionnaire: ${occasionLabel(record, followUpMonths).toLowerCase()}` : 'Questionnaire'}</span>;
}

const grid = {
  display: 'grid',
  gap: 2,
  gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', md: 'repeat(3, minmax(0, 1fr))' },
} as const;

const text = (value: string | null | undefined) => (
  <Typography component="span" variant="body2" color={value ? 'text.primary' : 'text.secondary'} sx={{ overflowWrap: 'anywhere' }}>
    {value || '—'}
  </Typography>
);

/** The phone (to call from a phone) and email, each with whether messages may use it: who to reach, and why a message was skipped. */
function Contact({ patientId }: { patientId: string }) {
  const { data: patient } = useGetOne<Patient>('patients', { id: patientId });
  const noConsent = (consent: boolean | undefined) => (consent ? null : ' (no consent to messages)');
  return (
    <>
      <Labeled label="Phone">
        {patient?.phone ? (
          <Typography component="span" variant="body2">
            <MuiLink href={`tel:${patient.phone}`}>{formatPhone(patient.phone)}</MuiLink>
            {noConsent(patient.smsConsent)}
          </Typography>
        ) : (
          text(null)
        )}
      </Labeled>
      <Labeled label="Email">{text(patient?.email ? `${patient.email}${noConsent(patient.emailConsent) ?? ''}` : null)}</Labeled>
    </>
  );
}

function PatientName() {
  const patient = useRecordContext<Patient>();
  return patient ? (
    <Typography component="span" variant="body2">
      {patient.name}
    </Typography>
  ) : null;
}

const ORDINAL = ['Questionnaire', '1st reminder', '2nd reminder', '3rd reminder'];

/**
 * The patient's questionnaire messages sent while this request was open. Messages do not name their
 * request, so they are matched by time: from its send time to its answer-by.
 */
function RequestMessages({ request }: { request: QuestionnaireRequest }) {
  const zone = useClinicZone();
  const { data, isPending, error } = useGetList<Message>('messages', {
    filter: { patientId: request.patientId, kind: 'QUESTIONNAIRE' },
    sort: { field: 'sendAt', order: 'ASC' },
    pagination: { page: 1, perPage: 200 },
  });
  if (isPending || !zone) return <LinearProgress aria-label="Loading messages" sx={{ my: 1 }} />;
  if (error) {
    return <Alert severity="warning">The messages could not be loaded: {(error as Error).message}</Alert>;
  }
  const from = Date.parse(request.sendAt);
  const until = Date.parse(request.expiresAt);
  const messages = (data ?? []).filter((m) => Date.parse(m.sendAt) >= from && Date.parse(m.sendAt) < until);
  // Each send (the request, then each reminder) goes by every channel the patient agreed to.
  const sends = [...new Set(messages.map((m) => m.sendAt))];
  const state = stateOf(request);
  const unreached = (state === 'WAITING' || state === 'EXPIRED') && messages.length > 0 && !messages.some((m) => m.status === 'SENT');

  if (messages.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        No questionnaire message was written for this request.
      </Typography>
    );
  }
  return (
    <Stack spacing={1}>
      {unreached && (
        <Alert severity="warning">None of these messages reached the patient (see why below): call them to ask for their answers.</Alert>
      )}
      <List dense disablePadding aria-label="Messages about this questionnaire">
        {messages.map((message) => (
          <ListItem key={message.id} disablePadding>
            <ListItemButton
              component={Link}
              to={`/messages/${message.id}/show`}
              sx={{ px: 1, mx: -1, borderRadius: 1, alignItems: 'flex-start', gap: 1 }}
            >
              <Box sx={{ flex: 1, minWidth: 0 }}>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {ORDINAL[sends.indexOf(message.sendAt)] ?? 'Reminder'} · {CHANNEL_LABELS[message.channel]}
                </Typography>
                <Typography variant="body2" color="text.secondary" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                  {clinicTime(message.sentAt ?? message.sendAt, zone)}
                </Typography>
                {message.statusReason && (
                  <Typography variant="caption" color="text.secondary" component="p">
                    {message.statusReason}
                  </Typography>
                )}
              </Box>
              <Stack direction="row" sx={{ pt: 0.25, alignItems: 'center' }}>
                <Chip
                  size="small"
                  label={MESSAGE_STATUS_LABELS[message.status]}
                  sx={{
                    bgcolor: MESSAGE_STATUS_COLORS[message.status].bg,
                    color: MESSAGE_STATUS_COLORS[message.status].fg,
                    fontWeight: 600,
                  }}
                />
                <ChevronRightIcon fontSize="small" sx={{ color: 'text.secondary', mr: -0.5 }} aria-hidden />
              </Stack>
            </ListItemButton>
          </ListItem>
        ))}
      </List>
    </Stack>
  );
}

function QuestionnaireDetail() {
  const record = useRecordContext<QuestionnaireRequest>();
  const followUpMonths = useFollowUpMonths();
  if (!record) return null;
  const reason = closedReason(record);
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ alignItems: { sm: 'center' }, mb: 2 }}>
          <Typography variant="h5" component="h2" sx={{ fontWeight: 600 }}>
            {occasionLabel(record, followUpMonths)}
          </Typography>
          <Box>
            <QuestionnaireStateChip state={stateOf(record)} />
          </Box>
        </Stack>

        <Box component="section" aria-label="Questionnaire" sx={grid}>
          <Labeled label="Patient">
            <ReferenceField source="patientId" reference="patients" link="show">
              <PatientName />
            </ReferenceField>
          </Labeled>
          <Contact patientId={record.patientId} />
          <Labeled label="Instruments">
            <Typography component="span" variant="body2">
              {record.instruments.map((code) => `${INSTRUMENTS[code].name} (${code})`).join(', ')}
            </Typography>
          </Labeled>
          <Labeled label="Sent">
            <TimeField source="sendAt" />
          </Labeled>
          <Labeled label="Answer by">
            <AnswerByField />
          </Labeled>
          <Labeled label="Answered">
            <TimeField source="answeredAt" />
          </Labeled>
          {reason && <Labeled label="Reason">{text(reason)}</Labeled>}
        </Box>

        <Divider sx={{ my: 2 }} />
        <Box component="section" aria-label="Messages">
          <Typography variant="overline" color="text.secondary" component="h3">
            Messages to the patient
          </Typography>
          <RequestMessages request={record} />
        </Box>
      </CardContent>
    </Card>
  );
}

export function QuestionnaireShow() {
  return (
    <Show
      title={<QuestionnaireTitle />}
      actions={
        <TopToolbar>
          <ListButton label="All questionnaires" />
        </TopToolbar>
      }
      component="div"
    >
      <QuestionnaireDetail />
    </Show>
  );
}
