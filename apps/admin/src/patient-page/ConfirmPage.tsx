// /p/confirm: the patient says they are coming. Opening the link only shows the appointment (mail
// scanners open links too); the button records it.
import { useEffect } from 'react';
import type { LinkView, PatientApi } from './api';
import { AppointmentDetails, When } from './AppointmentDetails';
import { ActionButton, Notice, Page } from './Layout';
import { sessionStateOf } from './session-state';
import { useLinkAction } from './useLinkAction';

export interface LinkPageProps {
  view: LinkView;
  token: string;
  api: PatientApi;
  /** The view after an action, or after a refusal (read again, to show what is now true). */
  onView: (view: LinkView) => void;
  reload: () => void;
}

export function ConfirmPage({ view, token, api, onView, reload }: LinkPageProps) {
  const action = useLinkAction();
  const conflict = action.error?.code === 'CONFLICT';
  useEffect(() => {
    if (conflict) reload();
  }, [conflict, reload]);

  const state = sessionStateOf(view, Date.now());
  const { clinicName } = view;
  if (state === 'cancelled') {
    return (
      <Page clinicName={clinicName} title="This appointment was cancelled" tone="info">
        <p className="pp-lead">There is nothing to confirm. Please contact {clinicName} if you would like to book another time.</p>
        <AppointmentDetails view={view} struck />
      </Page>
    );
  }
  if (state === 'past') {
    return (
      <Page clinicName={clinicName} title="This appointment has passed" tone="info">
        <p className="pp-lead">There is nothing left to confirm.</p>
        <AppointmentDetails view={view} />
      </Page>
    );
  }
  if (view.confirmedAt || view.usedAt) {
    return (
      <Page clinicName={clinicName} title="You’re confirmed" tone="success">
        <p className="pp-lead">
          Thank you. {clinicName} expects you on <When instant={view.startsAt} zone={view.timezone} />.
        </p>
        <AppointmentDetails view={view} />
      </Page>
    );
  }
  return (
    <Page clinicName={clinicName} title="Please confirm your appointment">
      <AppointmentDetails view={view} />
      {action.error ? (
        <Notice tone="error" alert>
          {action.error.message}
        </Notice>
      ) : null}
      <ActionButton
        busy={action.busy}
        label="Confirm I’m coming"
        busyLabel="Confirming…"
        onClick={() => void action.run(() => api.confirm(token), onView)}
      />
      <p className="pp-hint pp-after-button">If you cannot come, please use the cancel link in the same message.</p>
    </Page>
  );
}
