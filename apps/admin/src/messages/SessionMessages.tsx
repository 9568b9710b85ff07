// The messages about one session (its reminders, and any cancellation notice), in the order they go
// out, for the session drawer. Each opens the message as sent. Only OWNER and FRONT_DESK may read
// messages (see ../access.ts): the drawer leaves this out for therapists, and so does the API.
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Alert, Box, LinearProgress, List, ListItem, ListItemButton, Stack, Typography } from '@mui/material';
import { useEffect, useRef } from 'react';
import { Link, useGetList } from 'react-admin';
import { CHANNEL_LABELS, MESSAGE_KIND_LABELS } from '../shared/labels';
import { inZone } from '../shared/time';
import { MessageStatusChip } from './MessageFields';
import type { Message } from './record';

const at = (instant: string, zone: string) => inZone(instant, zone).toFormat('ccc d LLL yyyy, HH:mm');

/** When it went out, or is (was) due to, in the clinic's time. */
function when(message: Message, zone: string): string {
  switch (message.status) {
    case 'SENT':
      return `Sent ${at(message.sentAt ?? message.sendAt, zone)}`;
    case 'SCHEDULED':
      return `Goes out ${at(message.sendAt, zone)}`;
    case 'FAILED':
      return `Due ${at(message.sendAt, zone)}`;
    default:
      return `Was due ${at(message.sendAt, zone)}`;
  }
}

export function SessionMessages({
  sessionId,
  zone,
  revision,
}: {
  sessionId: string;
  /** The clinic's time zone: every time is shown on its clock. */
  zone: string;
  /** Changes when the session does (moved, cancelled): its messages are read again. */
  revision: string;
}) {
  const { data, isPending, error, refetch } = useGetList<Message>('messages', {
    filter: { sessionId },
    sort: { field: 'sendAt', order: 'ASC' },
    pagination: { page: 1, perPage: 50 },
  });

  const seen = useRef(revision);
  useEffect(() => {
    if (seen.current === revision) return;
    seen.current = revision;
    void refetch();
  }, [revision, refetch]);

  if (isPending) return <LinearProgress aria-label="Loading messages" sx={{ my: 1 }} />;
  if (error) {
    return (
      <Alert severity="warning" sx={{ my: 1 }}>
        The messages could not be loaded: {(error as Error).message}
      </Alert>
    );
  }
  if (!data?.length) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ py: 0.5 }}>
        No messages about this session. Reminders are planned when it is booked, at the hours set in Clinic settings, unless that time has
        already passed.
      </Typography>
    );
  }
  return (
    <List dense disablePadding aria-label="Messages about this session">
      {data.map((message) => (
        <ListItem key={message.id} disablePadding>
          <ListItemButton
            component={Link}
            to={`/messages/${message.id}/show`}
            sx={{ px: 1, mx: -1, borderRadius: 1, alignItems: 'flex-start', gap: 1 }}
          >
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {MESSAGE_KIND_LABELS[message.kind]} · {CHANNEL_LABELS[message.channel]}
              </Typography>
              <Typography variant="body2" color="text.secondary" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                {when(message, zone)}
              </Typography>
              {message.statusReason && (
                <Typography variant="caption" color="text.secondary" component="p">
                  {message.statusReason}
                </Typography>
              )}
            </Box>
            <Stack direction="row" sx={{ pt: 0.25, alignItems: 'center' }}>
              <MessageStatusChip status={message.status} />
              <ChevronRightIcon fontSize="small" sx={{ color: 'text.secondary', mr: -0.5 }} aria-hidden />
            </Stack>
          </ListItemButton>
        </ListItem>
      ))}
    </List>
  );
}
