// The page an invitation link opens: who is invited to which clinic and as what, then the invitee
// chooses their password (twice) and is sent to sign in. The token is the only authority; a used,
// expired or replaced link gets the server's own words and nothing else.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { LinkError, UNAVAILABLE_MESSAGE } from './api';
import { LinkFailure, Notice, Page } from './Layout';
import { httpStaffInviteApi, type StaffInviteApi, type StaffInviteView } from './staff-invite-api';
import { useLinkAction } from './useLinkAction';

/** The API's rule (auth.inputs.ts); the server applies the rest of the policy. */
export const PASSWORD_MIN = 10;

const ROLE_NAMES: Record<StaffInviteView['role'], string> = { OWNER: 'Owner', FRONT_DESK: 'Front desk', THERAPIST: 'Therapist' };

type Loaded = { status: 'loading' } | { status: 'ready'; view: StaffInviteView } | { status: 'failed'; error: LinkError };

export function StaffInvitePage({ token, api = httpStaffInviteApi }: { token: string; api?: StaffInviteApi }) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [accepted, setAccepted] = useState<StaffInviteView | null>(null);

  useEffect(() => {
    let live = true;
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

  if (accepted) return <Accepted view={accepted} />;
  if (loaded.status === 'loading') {
    return (
      <Page title="Opening your invitation…">
        <p className="pp-lead" role="status">
          One moment.
        </p>
      </Page>
    );
  }
  if (loaded.status === 'failed') return <LinkFailure error={loaded.error} onRetry={() => setAttempt((n) => n + 1)} />;
  return <ChoosePassword view={loaded.view} token={token} api={api} onAccepted={setAccepted} />;
}

function ChoosePassword({
  view,
  token,
  api,
  onAccepted,
}: {
  view: StaffInviteView;
  token: string;
  api: StaffInviteApi;
  onAccepted: (view: StaffInviteView) => void;
}) {
  const id = useId();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<{ field: 'password' | 'confirm'; message: string } | null>(null);
  const action = useLinkAction();
  // A refusal of the password itself (the policy) belongs beside the field; any other beneath the form.
  const passwordIssue = action.error?.issues.find((issue) => issue.field === 'password');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password.length < PASSWORD_MIN) return setProblem({ field: 'password', message: `Use at least ${PASSWORD_MIN} characters.` });
    if (password !== confirm) return setProblem({ field: 'confirm', message: 'The two passwords are not the same.' });
    setProblem(null);
    void action.run(() => api.accept(token, password), onAccepted);
  };

  // The API names the field and says what is wrong with it ("is too common; …").
  const passwordError = problem?.field === 'password' ? problem.message : passwordIssue && `This password ${passwordIssue.message}.`;
  const confirmError = problem?.field === 'confirm' ? problem.message : undefined;
  return (
    <Page clinicName={view.clinicName} title="Set your password">
      <p className="pp-lead">
        Welcome, {view.name}. You are invited to {view.clinicName} on Backtrack. Choose a password to activate your account.
      </p>
      <div className="pp-card">
        <dl className="pp-details">
          <div>
            <dt>Sign-in email</dt>
            <dd>{view.email}</dd>
          </div>
          <div>
            <dt>Role</dt>
            <dd>{ROLE_NAMES[view.role]}</dd>
          </div>
        </dl>
      </div>
      <form onSubmit={submit} noValidate className="pp-form">
        {/* For password managers: the account this password belongs to. */}
        <input type="email" name="username" autoComplete="username" value={view.email} readOnly hidden />
        <div className="pp-field">
          <label htmlFor={`${id}-password`}>New password</label>
          <input
            id={`${id}-password`}
            type="password"
            autoComplete="new-password"
            value={password}
            maxLength={200}
            aria-invalid={passwordError ? true : undefined}
            aria-describedby={`${id}-password-hint`}
            onChange={(event) => setPassword(event.target.value)}
          />
          <span id={`${id}-password-hint`} className={passwordError ? 'pp-hint pp-hint-error' : 'pp-hint'}>
            {passwordError ?? `At least ${PASSWORD_MIN} characters; a phrase of a few words is easy to remember and hard to guess.`}
          </span>
        </div>
        <div className="pp-field">
          <label htmlFor={`${id}-confirm`}>Confirm password</label>
          <input
            id={`${id}-confirm`}
            type="password"
            autoComplete="new-password"
            value={confirm}
            maxLength={200}
            aria-invalid={confirmError ? true : undefined}
            aria-describedby={confirmError ? `${id}-confirm-hint` : undefined}
            onChange={(event) => setConfirm(event.target.value)}
          />
          {confirmError ? (
            <span id={`${id}-confirm-hint`} className="pp-hint pp-hint-error">
              {confirmError}
            </span>
          ) : null}
        </div>
        {action.error && !passwordIssue ? (
          <Notice tone="error" alert>
            {action.error.message}
          </Notice>
        ) : null}
        <button type="submit" className="pp-button pp-button-primary" disabled={action.busy} aria-busy={action.busy || undefined}>
          {action.busy ? 'Setting your password…' : 'Set password'}
        </button>
      </form>
      <p className="pp-hint pp-after-button">This link works once. It expires {expiryText(view.expiresAt)}.</p>
    </Page>
  );
}

function Accepted({ view }: { view: StaffInviteView }) {
  return (
    <Page clinicName={view.clinicName} title="Your password is set" tone="success" announce>
      <p className="pp-lead">
        Your account at {view.clinicName} is ready. Sign in with <strong>{view.email}</strong> and the password you just chose.
      </p>
      <a className="pp-button pp-button-primary pp-button-link" href="/#/login">
        Sign in to Backtrack
      </a>
    </Page>
  );
}

function expiryText(expiresAt: string): string {
  const date = new Date(expiresAt);
  return `on ${date.toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' })} at ${date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}`;
}
