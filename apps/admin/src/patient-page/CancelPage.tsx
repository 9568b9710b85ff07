// /p/cancel: the patient cancels, after reading the clinic's late-cancel policy when it applies. The
// reason is optional and goes to the clinic in the patient's words.
import { useEffect, useId, useState } from 'react';
import { AppointmentDetails } from './AppointmentDetails';
import type { LinkPageProps } from './ConfirmPage';
import { policyWindow } from './format';
import { ActionButton, Notice, Page } from './Layout';
import { sessionStateOf } from './session-state';
import { useLinkAction } from './useLinkAction';

const REASON_MAX = 500;

export function CancelPage({ view, token, api, onView, reload }: LinkPageProps) {
  const action = useLinkAction();
  const [reason, setReason] = useState('');
  const reasonId = useId();
  const conflict = action.error?.code === 'CONFLICT';
  useEffect(() => {
    if (conflict) reload();
  }, [conflict, reload]);

  const state = sessionStateOf(view, Date.now());
  const { clinicName, lateCancelWindowHours: lateWindow } = view;
  if (state === 'cancelled' && view.usedAt) {
    return (
      <Page clinicName={clinicName} title="Your appointment is cancelled" tone="success">
        <p className="pp-lead">Thank you for letting {clinicName} know. The time can now go to someone else.</p>
        {view.lateCancel ? (
          <Notice tone="warning">
            It was cancelled less than {policyWindow(lateWindow)} before the start, so the clinic records it as a late cancellation under
            its policy.
          </Notice>
        ) : null}
        <AppointmentDetails view={view} struck />
      </Page>
    );
  }
  if (state === 'cancelled') {
    return (
      <Page clinicName={clinicName} title="This appointment is already cancelled" tone="info">
        <p className="pp-lead">There is nothing more to do. Please contact {clinicName} if you would like to book another time.</p>
        <AppointmentDetails view={view} struck />
      </Page>
    );
  }
  if (state === 'past') {
    return (
      <Page clinicName={clinicName} title="This appointment has passed" tone="info">
        <p className="pp-lead">It can no longer be cancelled online. Please contact {clinicName} if something is wrong.</p>
        <AppointmentDetails view={view} />
      </Page>
    );
  }
  const late = view.cancelWouldBeLate && lateWindow > 0;
  return (
    <Page clinicName={clinicName} title="Cancel your appointment">
      <AppointmentDetails view={view} />
      {late ? (
        <Notice tone="warning">
          <strong>This would be a late cancellation.</strong> Cancelling less than {policyWindow(lateWindow)} before an appointment may
          incur a late-cancellation fee under the clinic’s policy.
        </Notice>
      ) : null}
      <div className="pp-field">
        <label htmlFor={reasonId}>Reason (optional)</label>
        <textarea
          id={reasonId}
          value={reason}
          maxLength={REASON_MAX}
          rows={3}
          aria-describedby={`${reasonId}-hint`}
          onChange={(event) => setReason(event.target.value)}
        />
        <span id={`${reasonId}-hint`} className="pp-hint">
          Only the clinic sees this.
        </span>
      </div>
      {action.error ? (
        <Notice tone="error" alert>
          {action.error.message}
        </Notice>
      ) : null}
      <ActionButton
        variant="danger"
        busy={action.busy}
        label="Cancel appointment"
        busyLabel="Cancelling…"
        onClick={() => void action.run(() => api.cancel(token, reason), onView)}
      />
      <p className="pp-hint pp-after-button">To keep your appointment, just close this page.</p>
    </Page>
  );
}
