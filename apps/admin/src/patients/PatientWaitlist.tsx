// The patient's wait-list entries (front desk and owner; the API refuses therapists): what they wait for,
// when they can come, and where the offers stand, with a way to add another.
import AddIcon from '@mui/icons-material/Add';
import { Alert, Box, Button, Card, CardContent, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { OFFER_STATUS_LABELS, WAITLIST_STATUS_COLORS, WAITLIST_STATUS_LABELS, formatDateRange, formatWindows } from '../waitlist/format';
import { fetchPatientWaitlist, patientPageKey, type PatientWaitlistEntry } from './api';

function EntryRow({ entry }: { entry: PatientWaitlistEntry }) {
  const { bg, fg } = WAITLIST_STATUS_COLORS[entry.status];
  const range = formatDateRange(entry.earliestDate ?? null, entry.latestDate ?? null);
  const lastOffer = entry.offers[0];
  return (
    <Box component="li" sx={{ py: 1, borderTop: '1px solid', borderColor: 'divider', '&:first-of-type': { borderTop: 0 } }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Link to={`/waitlist/${entry.id}/show`} variant="body2" sx={{ fontWeight: 600, minWidth: 0 }}>
          {entry.serviceType.name}
        </Link>
        <Chip size="small" label={WAITLIST_STATUS_LABELS[entry.status]} sx={{ bgcolor: bg, color: fg, fontWeight: 600 }} />
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {entry.therapist ? `With ${entry.therapist.displayName}` : 'Any therapist'} · {formatWindows(entry.windows)}
      </Typography>
      {range && (
        <Typography variant="body2" color="text.secondary">
          {range}
        </Typography>
      )}
      {entry.status === 'WAITING' && (
        <Typography variant="body2" color="text.secondary">
          {lastOffer ? `Last offer: ${OFFER_STATUS_LABELS[lastOffer.status].toLowerCase()}` : 'No offer yet'}
        </Typography>
      )}
    </Box>
  );
}

export function PatientWaitlist({ patientId }: { patientId: string }) {
  const { data, error } = useQuery({
    queryKey: [...patientPageKey(patientId), 'waitlist'],
    queryFn: () => fetchPatientWaitlist(patientId),
  });
  return (
    <Card variant="outlined" component="section" aria-labelledby="patient-waitlist-heading">
      <CardContent sx={{ display: 'grid', gap: 1 }}>
        <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography id="patient-waitlist-heading" variant="h6" component="h2">
            Wait list
          </Typography>
          {/* Not react-admin's CreateButton: on a phone that floats over the page as the page's own action. */}
          <Button component={RouterLink} to="/waitlist/create" state={{ record: { patientId } }} size="small" startIcon={<AddIcon />}>
            Add to wait list
          </Button>
        </Stack>
        {error && <Alert severity="warning">{error.message}</Alert>}
        {!data && !error && <LinearProgress aria-label="Loading wait-list entries" />}
        {data && data.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            Not on the wait list. Add them when they would take an earlier time that frees up.
          </Typography>
        )}
        {data && data.length > 0 && (
          <Box component="ul" aria-labelledby="patient-waitlist-heading" sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {data.map((entry) => (
              <EntryRow key={entry.id} entry={entry} />
            ))}
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
