// /p/opt-out: withdraws the patient's consent for the channel the message came by. The link is not a
// session link, so there is no appointment (nor clinic name) to show before the click.
import { useState } from 'react';
import type { MessageChannel } from '../graphql/graphql';
import type { PatientApi } from './api';
import { ActionButton, Notice, Page } from './Layout';
import { useLinkAction } from './useLinkAction';

const CHANNEL_WORDS: Record<MessageChannel, string> = { EMAIL: 'emails', SMS: 'text messages' };

export function OptOutPage({ token, api }: { token: string; api: PatientApi }) {
  const action = useLinkAction();
  const [channel, setChannel] = useState<MessageChannel | null>(null);

  if (channel) {
    return (
      <Page title="You’re unsubscribed" tone="success">
        <p className="pp-lead">You will no longer receive {CHANNEL_WORDS[channel]} from the clinic.</p>
        <p>If you change your mind, tell the clinic.</p>
      </Page>
    );
  }
  const refused = action.error && action.error.code !== 'UNAVAILABLE' && action.error.code !== 'RATE_LIMITED';
  if (refused) {
    return (
      <Page title={action.error?.code === 'CONFLICT' ? 'Nothing more to do' : 'This link cannot be used'} tone="info">
        <p className="pp-lead">{action.error?.message}</p>
      </Page>
    );
  }
  return (
    <Page title="Stop messages from the clinic">
      <p className="pp-lead">You got this link in an email or a text message from the clinic.</p>
      <p>Press the button to stop receiving messages that way, such as appointment reminders. Your appointments are not affected.</p>
      {action.error ? (
        <Notice tone="error" alert>
          {action.error.message}
        </Notice>
      ) : null}
      <ActionButton
        busy={action.busy}
        label="Stop these messages"
        busyLabel="Stopping…"
        onClick={() => void action.run(() => api.optOut(token), setChannel)}
      />
    </Page>
  );
}
