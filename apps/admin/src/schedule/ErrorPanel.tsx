import { Alert, AlertTitle } from '@mui/material';
import { useEffect, useRef } from 'react';
import { Link } from 'react-admin';
import type { FriendlyError } from '../shared/errors';

/** A refused booking, in plain words; announced to screen readers. */
export function ErrorPanel({ error }: { error: FriendlyError }) {
  const ref = useRef<HTMLDivElement>(null);
  // The dialog scrolls on small screens: bring the refusal into view rather than leave it below the fold.
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'start' });
  }, [error]);
  return (
    <Alert ref={ref} severity="error" role="alert" data-testid="booking-error" sx={{ '& ul': { m: 0, pl: 2.5 } }}>
      <AlertTitle sx={{ fontWeight: 700 }}>{error.title}</AlertTitle>
      {error.lines.length === 1 ? (
        <div>{error.lines[0]}</div>
      ) : (
        <ul>
          {error.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {error.clearancePatientId && (
        <div>
          <Link to={`/patients/${error.clearancePatientId}/show`}>Open the patient’s record</Link>
        </div>
      )}
      {error.hint && <div style={{ marginTop: 4, opacity: 0.85 }}>{error.hint}</div>}
    </Alert>
  );
}
