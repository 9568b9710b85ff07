// /p/claim: a time freed by a cancellation, offered to the wait list. The first patient to book it
// gets it (the server decides races); the others are told plainly and stay on the list.
import { useEffect } from 'react';
import { AppointmentDetails, When } from './AppointmentDetails';
import type { LinkPageProps } from './ConfirmPage';
import { ActionButton, Notice, Page } from './Layout';
import { useLinkAction } from './useLinkAction';

const TAKEN = 'Sorry, this time was just taken by someone else. You are still on the wait list.';
const EXPIRED = 'This offer has expired. You are still on the wait list.';

export function ClaimPage({ view, token, api, onView, reload }: LinkPageProps) {
  const action = useLinkAction();
  const conflict = action.error?.code === 'CONFLICT' ? action.error : null;
  useEffect(() => {
    if (conflict) reload();
  }, [conflict, reload]);

  const { clinicName } = view;
  if (view.usedAt && view.offerStatus === 'CLAIMED') {
    return (
      <Page clinicName={clinicName} title="You’re booked" tone="success">
        <p className="pp-lead">
          Booked: <When instant={view.startsAt} zone={view.timezone} />.
        </p>
        <AppointmentDetails view={view} />
      </Page>
    );
  }
  // The server's own words when the click was refused (taken, already booked from the list, expired).
  if (conflict || view.offerStatus !== 'OPEN') {
    const expired = view.offerStatus === 'EXPIRED';
    return (
      <Page clinicName={clinicName} title={expired ? 'This offer has expired' : 'This time is no longer available'} tone="info">
        <p className="pp-lead">{conflict?.message ?? (expired ? EXPIRED : TAKEN)}</p>
        <AppointmentDetails view={view} struck />
      </Page>
    );
  }
  return (
    <Page clinicName={clinicName} title="A time has become available">
      <p className="pp-lead">You are on the wait list at {clinicName}, and this time is free. It goes to the first person who books it.</p>
      <AppointmentDetails view={view} />
      {action.error ? (
        <Notice tone="error" alert>
          {action.error.message}
        </Notice>
      ) : null}
      <ActionButton
        busy={action.busy}
        label="Book this time"
        busyLabel="Booking…"
        onClick={() => void action.run(() => api.claim(token), onView)}
      />
      <p className="pp-hint pp-after-button">If this time does not suit you, just close this page: you stay on the wait list.</p>
    </Page>
  );
}
