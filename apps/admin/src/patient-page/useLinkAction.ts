import { useCallback, useRef, useState } from 'react';
import { LinkError, UNAVAILABLE_MESSAGE } from './api';

/**
 * One click's worth of work: busy while it runs (a second click does nothing), then the result handed
 * to `done`, or the refusal kept for the page to show.
 */
export function useLinkAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<LinkError | null>(null);
  const running = useRef(false);

  const run = useCallback(async <T>(work: () => Promise<T>, done: (result: T) => void | Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      await done(await work());
    } catch (caught) {
      setError(caught instanceof LinkError ? caught : new LinkError(UNAVAILABLE_MESSAGE, 'UNAVAILABLE'));
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);

  return { busy, error, run };
}
