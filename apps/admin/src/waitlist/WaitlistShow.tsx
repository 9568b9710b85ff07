// One wait-list entry: what the patient waits for, and every time offered to them with what became of it.
import { Box, Card, CardContent, Divider, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import {
  DeleteButton,
  Labeled,
  ListButton,
  RecordContextProvider,
  ReferenceField,
  Show,
  TextField,
  TopToolbar,
  useCreatePath,
  useRecordContext,
} from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { useCatalog } from '../shared/catalog';
import { inZone } from '../shared/time';
import type { WaitlistEntry, WaitlistOffer } from './record';
import { EntryStatusField, StatusChip, TherapistField, WhenField } from './WaitlistFields';

const grid = {
  display: 'grid',
  gap: 2,
  gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', md: 'repeat(3, minmax(0, 1fr))' },
} as const;

function OfferRow({ offer, zone }: { offer: WaitlistOffer; zone: string }) {
  const createPath = useCreatePath();
  const entry = useRecordContext<WaitlistEntry>();
  return (
    <TableRow>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{inZone(offer.startsAt, zone).toFormat('ccc d LLL yyyy, HH:mm')}</TableCell>
      <TableCell>
        <RecordContextProvider value={offer}>
          <ReferenceField source="therapistId" reference="therapists" link={false}>
            <TextField source="displayName" />
          </ReferenceField>
        </RecordContextProvider>
      </TableCell>
      <TableCell>
        <StatusChip status={offer.status} />
      </TableCell>
      <TableCell>
        {offer.messageId ? (
          <Link component={RouterLink} to={createPath({ resource: 'messages', id: offer.messageId, type: 'show' })}>
            Message
          </Link>
        ) : (
          '—'
        )}
      </TableCell>
      <TableCell>
        {/* The schedule has no page per session: the booked session is found on the patient's page. */}
        {offer.sessionId && entry ? (
          <Link component={RouterLink} to={createPath({ resource: 'patients', id: entry.patientId, type: 'show' })}>
            Booked session
          </Link>
        ) : (
          '—'
        )}
      </TableCell>
    </TableRow>
  );
}

function Offers() {
  const record = useRecordContext<WaitlistEntry>();
  const catalog = useCatalog();
  const zone = catalog.data?.clinic.timezone;
  if (!record || !zone) return null; // the zone arrives with the catalogue; never fall back to the browser's
  if (!record.offers.length) {
    return (
      <Typography variant="body2" color="text.secondary">
        No time has been offered yet. A matching cancellation is offered by message to the longest-waiting patient first.
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label="Offers">
      <TableHead>
        <TableRow>
          <TableCell>Time offered</TableCell>
          <TableCell>Therapist</TableCell>
          <TableCell>Status</TableCell>
          <TableCell>Message</TableCell>
          <TableCell>Session</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {record.offers.map((offer) => (
          <OfferRow key={offer.id} offer={offer} zone={zone} />
        ))}
      </TableBody>
    </Table>
  );
}

function EntryDetail() {
  const record = useRecordContext<WaitlistEntry>();
  if (!record) return null;
  return (
    <Card variant="outlined">
      <CardContent>
        <Box component="section" aria-label="Wish" sx={grid}>
          <Labeled label="Patient">
            <ReferenceField source="patientId" reference="patients" link="show">
              <TextField source="name" />
            </ReferenceField>
          </Labeled>
          <Labeled label="Service">
            <ReferenceField source="serviceTypeId" reference="service-types" link={false}>
              <TextField source="name" />
            </ReferenceField>
          </Labeled>
          <Labeled label="Therapist">
            <TherapistField />
          </Labeled>
          <Labeled label="When">
            <WhenField />
          </Labeled>
          <Labeled label="Status">
            <EntryStatusField />
          </Labeled>
          {record.notes && (
            <Labeled label="Notes">
              <Typography component="span" variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                {record.notes}
              </Typography>
            </Labeled>
          )}
        </Box>
        <Divider sx={{ my: 2 }} />
        <Box component="section" aria-label="Offers made">
          <Typography variant="overline" color="text.secondary">
            Offers, newest first
          </Typography>
          <Offers />
        </Box>
      </CardContent>
    </Card>
  );
}

export function WaitlistShow() {
  return (
    <Show
      title="Wait list entry"
      actions={
        <TopToolbar>
          <ListButton label="Wait list" />
          <DeleteButton
            mutationMode="pessimistic"
            label="Remove from wait list"
            confirmTitle="Remove from the wait list?"
            confirmContent="The patient will get no further offers; an offer still open is withdrawn."
          />
        </TopToolbar>
      }
      component="div"
    >
      <EntryDetail />
    </Show>
  );
}
