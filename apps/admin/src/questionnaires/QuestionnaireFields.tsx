// Read-only renderings of a questionnaire request, shared by the list, its phone cards, the request's
// page and the patient's chart. Times are on the clinic's clock, like every time on the schedule.
import { INSTRUMENTS } from '@backtrack/domain';
import { Box, Chip, Stack, Typography } from '@mui/material';
import { ReferenceField, useRecordContext } from 'react-admin';
import type { Patient } from '../patients/choices';
import { useCatalog } from '../shared/catalog';
import { formatPhone } from '../shared/phone';
import { useFollowUpMonths } from './api';
import { STATE_COLORS, STATE_LABELS, clinicTime, occasionLabel, stateOf, timeLeft, type QuestionnaireState } from './format';
import type { QuestionnaireRequest } from './record';

const Dash = () => (
  <Typography component="span" variant="body2" color="text.secondary">
    —
  </Typography>
);

/** The clinic's zone; null until the catalogue arrives (never the browser's zone meanwhile). */
export function useClinicZone(): string | null {
  return useCatalog().data?.clinic.timezone ?? null;
}

export function OccasionField({ strong = false }: { strong?: boolean }) {
  const record = useRecordContext<QuestionnaireRequest>();
  const followUpMonths = useFollowUpMonths();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap', fontWeight: strong ? 600 : undefined }}>
      {occasionLabel(record, followUpMonths)}
    </Typography>
  );
}

/** The instruments' short names as staff say them, each with its full name on hover. */
export function InstrumentsField({ variant = 'body2' }: { variant?: 'body2' | 'caption' }) {
  const record = useRecordContext<QuestionnaireRequest>();
  if (!record) return null;
  return (
    <Typography component="span" variant={variant} color={variant === 'caption' ? 'text.secondary' : undefined}>
      {record.instruments.map((code, i) => (
        <span key={code}>
          {i > 0 && ', '}
          <Box component="abbr" title={INSTRUMENTS[code].name} sx={{ textDecoration: 'none' }}>
            {code}
          </Box>
        </span>
      ))}
    </Typography>
  );
}

export function TimeField({ source, variant = 'body2' }: { source: 'sendAt' | 'expiresAt' | 'answeredAt'; variant?: 'body2' | 'caption' }) {
  const record = useRecordContext<QuestionnaireRequest>();
  const zone = useClinicZone();
  const value = record?.[source];
  if (!value) return <Dash />;
  if (!zone) return null;
  return (
    <Typography
      component="span"
      variant={variant}
      color={variant === 'caption' ? 'text.secondary' : undefined}
      sx={{ whiteSpace: 'nowrap' }}
    >
      {clinicTime(value, zone)}
    </Typography>
  );
}

/** The deadline, and for a request still waiting, how long the patient has left ("closes in 2 days"). */
export function AnswerByField() {
  const record = useRecordContext<QuestionnaireRequest>();
  if (!record) return null;
  const left = stateOf(record) === 'WAITING' ? timeLeft(record.expiresAt) : null;
  return (
    <Stack spacing={0.25}>
      <TimeField source="expiresAt" />
      {left && (
        <Typography variant="caption" color={left.urgent ? 'warning.dark' : 'text.secondary'} sx={{ fontWeight: left.urgent ? 600 : 400 }}>
          {left.text}
        </Typography>
      )}
    </Stack>
  );
}

export function QuestionnaireStateChip({ state }: { state: QuestionnaireState }) {
  const { bg, fg } = STATE_COLORS[state];
  return <Chip size="small" label={STATE_LABELS[state]} sx={{ bgcolor: bg, color: fg, fontWeight: 600 }} />;
}

/** Why it closed unanswered: the API's reason, or, before the sweep has marked it, that time ran out. */
export function closedReason(request: QuestionnaireRequest): string | null {
  const state = stateOf(request);
  if (state !== 'EXPIRED' && state !== 'WITHDRAWN') return null;
  return request.statusReason ?? (state === 'EXPIRED' ? 'Not answered in time' : null);
}

/** The status chip, with the reason beneath when it closed unanswered (expired or withdrawn). */
export function StatusField({ withReason = true }: { withReason?: boolean }) {
  const record = useRecordContext<QuestionnaireRequest>();
  if (!record) return null;
  const reason = withReason ? closedReason(record) : null;
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      <QuestionnaireStateChip state={stateOf(record)} />
      {reason && (
        <Typography variant="caption" color="text.secondary" sx={{ maxWidth: 220 }}>
          {reason}
        </Typography>
      )}
    </Stack>
  );
}

/**
 * The patient's phone, else email: who to call about an unanswered questionnaire. A patient who agreed
 * to neither email nor SMS never receives the link (its messages are skipped), so only a call will do.
 */
function NameAndContact({ contact }: { contact: boolean }) {
  const patient = useRecordContext<Patient>();
  if (!patient) return null;
  const reach = patient.phone ? formatPhone(patient.phone) : patient.email;
  return (
    <Stack spacing={0.25} sx={{ minWidth: 0 }}>
      <Typography component="span" variant="body2" sx={{ fontWeight: 500 }}>
        {patient.name}
      </Typography>
      {contact && reach && (
        <Typography component="span" variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
          {reach}
        </Typography>
      )}
      {contact && !patient.emailConsent && !patient.smsConsent && (
        <Typography component="span" variant="caption" color="warning.dark" sx={{ fontWeight: 600 }}>
          No consent to messages
        </Typography>
      )}
    </Stack>
  );
}

export function PatientField({ contact = false, link = false }: { contact?: boolean; link?: false | 'show' }) {
  return (
    <ReferenceField<QuestionnaireRequest> source="patientId" reference="patients" link={link}>
      <NameAndContact contact={contact} />
    </ReferenceField>
  );
}
