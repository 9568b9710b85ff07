// The frame every patient page shares: the clinic's name on top, one heading saying where the patient
// is, then the page. Plain elements and one stylesheet (patient-page.css); no UI library.
import { useEffect, useRef, type ReactNode } from 'react';
import type { LinkError } from './api';

export type Tone = 'success' | 'info' | 'warning' | 'error';

interface PageProps {
  /** Unknown until the link has been read, and never for opt-out links. */
  clinicName?: string;
  title: string;
  tone?: Tone;
  /** Focus the heading from the first render: a page that replaces another after the patient's click. */
  announce?: boolean;
  children?: ReactNode;
}

/**
 * A change of title after the first render is the result of the patient's click: focus moves to the
 * heading so a screen reader announces the outcome, and the page scrolls back to it.
 */
export function Page({ clinicName, title, tone, announce = false, children }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(!announce);
  useEffect(() => {
    document.title = clinicName ? `${title} – ${clinicName}` : title;
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [title, clinicName]);

  return (
    <div className="pp-shell">
      <header className="pp-header">
        <div className="pp-header-inner">{clinicName ? <p className="pp-clinic">{clinicName}</p> : null}</div>
      </header>
      <main className="pp-main">
        <div className="pp-title">
          {tone ? <ToneIcon tone={tone} /> : null}
          <h1 ref={heading} tabIndex={-1}>
            {title}
          </h1>
        </div>
        {children}
      </main>
    </div>
  );
}

/** A box of text with a tone; `alert` for a refusal the patient must notice. */
export function Notice({ tone, children, alert = false }: { tone: Tone; children: ReactNode; alert?: boolean }) {
  return (
    <div className={`pp-notice pp-notice-${tone}`} role={alert ? 'alert' : undefined}>
      {children}
    </div>
  );
}

interface ActionButtonProps {
  onClick: () => void;
  busy: boolean;
  label: string;
  busyLabel: string;
  variant?: 'primary' | 'danger';
}

/** The page's one action: big, full width on a phone, and inert while it runs. */
export function ActionButton({ onClick, busy, label, busyLabel, variant = 'primary' }: ActionButtonProps) {
  return (
    <button type="button" className={`pp-button pp-button-${variant}`} onClick={onClick} disabled={busy} aria-busy={busy || undefined}>
      {busy ? busyLabel : label}
    </button>
  );
}

/**
 * A link the server would not open: its own words, and a way to try again only when trying again
 * can help (the server could not be reached, or too many attempts).
 */
export function LinkFailure({ error, onRetry, announce }: { error: LinkError; onRetry: () => void; announce?: boolean }) {
  const retry = error.code === 'UNAVAILABLE' || error.code === 'RATE_LIMITED';
  return (
    <Page title={retry ? 'This link cannot be opened right now' : 'This link cannot be used'} tone="error" announce={announce}>
      <p className="pp-lead">{error.message}</p>
      {retry ? <ActionButton busy={false} label="Try again" busyLabel="Opening…" onClick={onRetry} /> : null}
    </Page>
  );
}

const ICON_PATHS: Record<Tone, string> = {
  success: 'M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z',
  info: 'M11 7h2v2h-2zm0 4h2v6h-2zm1-9a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16z',
  warning: 'M1 21h22L12 2zm12-3h-2v-2h2zm0-4h-2v-4h2z',
  error: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 15h-2v-2h2zm0-4h-2V7h2z',
};

function ToneIcon({ tone }: { tone: Tone }) {
  return (
    <span className={`pp-icon pp-icon-${tone}`} aria-hidden="true">
      <svg viewBox="0 0 24 24" width="24" height="24" focusable="false">
        <path fill="currentColor" d={ICON_PATHS[tone]} />
      </svg>
    </span>
  );
}
