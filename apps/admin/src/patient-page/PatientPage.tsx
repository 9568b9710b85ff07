// The patient page: what a link in a message opens, without an account. The path says what the link
// is for; the token in it is the only authority. Reading the link shows what it is about; only a click
// acts, because mail scanners open links too.
import { useCallback, useEffect, useState } from 'react';
import { LinkError, UNAVAILABLE_MESSAGE, type LinkView, type PatientApi } from './api';
import { CancelPage } from './CancelPage';
import { ClaimPage } from './ClaimPage';
import { ConfirmPage } from './ConfirmPage';
import { LinkFailure, Page } from './Layout';
import { OptOutPage } from './OptOutPage';
import { QuestionnairePage } from './QuestionnairePage';
import { routeOf } from './route';
import type { StaffInviteApi } from './staff-invite-api';
import { StaffInvitePage } from './StaffInvitePage';

const PURPOSE_OF = { confirm: 'CONFIRM', cancel: 'CANCEL', claim: 'CLAIM' } as const;

type Loaded = { status: 'loading' } | { status: 'ready'; view: LinkView } | { status: 'failed'; error: LinkError };

interface Props {
  location: { pathname: string; search: string };
  api: PatientApi;
  /** The staff invitation page's calls (the tests pass a fake). */
  staffInviteApi?: StaffInviteApi;
}

export function PatientPage({ location, api, staffInviteApi }: Props) {
  const route = routeOf(location);
  if (!route.action) return <IncompleteLink />;
  if (route.action === 'opt-out') return <OptOutPage token={route.token} api={api} />;
  if (route.action === 'questionnaire') return <QuestionnairePage token={route.token} api={api} />;
  if (route.action === 'staff-invite') return <StaffInvitePage token={route.token} api={staffInviteApi} />;
  return <LinkPage action={route.action} token={route.token} api={api} />;
}

function LinkPage({ action, token, api }: { action: keyof typeof PURPOSE_OF; token: string; api: PatientApi }) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setLoaded({ status: 'loading' });
    api.view(token).then(
      (view) => live && setLoaded({ status: 'ready', view }),
      (error: unknown) =>
        live &&
        setLoaded({ status: 'failed', error: error instanceof LinkError ? error : new LinkError(UNAVAILABLE_MESSAGE, 'UNAVAILABLE') }),
    );
    return () => {
      live = false;
    };
  }, [api, token, attempt]);

  const onView = useCallback((view: LinkView) => setLoaded({ status: 'ready', view }), []);
  // After a refusal, what is true now; the page keeps the refusal's message if this read fails too.
  const reload = useCallback(() => {
    api.view(token).then(onView, () => undefined);
  }, [api, token, onView]);

  if (loaded.status === 'loading') {
    return (
      <Page title="Opening your link…">
        <p className="pp-lead" role="status">
          One moment.
        </p>
      </Page>
    );
  }
  if (loaded.status === 'failed') return <LinkFailure error={loaded.error} onRetry={() => setAttempt((n) => n + 1)} />;
  const { view } = loaded;
  if (view.purpose !== PURPOSE_OF[action]) {
    return (
      <Page clinicName={view.clinicName} title="This link cannot be used here" tone="error">
        <p className="pp-lead">Please open the link exactly as it is in your message, or contact {view.clinicName}.</p>
      </Page>
    );
  }
  const props = { view, token, api, onView, reload };
  if (action === 'confirm') return <ConfirmPage {...props} />;
  if (action === 'cancel') return <CancelPage {...props} />;
  return <ClaimPage {...props} />;
}

export function IncompleteLink() {
  return (
    <Page title="This link is not complete" tone="error">
      <p className="pp-lead">Part of the link seems to be missing.</p>
      <p>
        Please open it again from your message. If your email or text app split it over two lines, copy the whole link into your browser. If
        it still does not open, contact the clinic.
      </p>
    </Page>
  );
}
