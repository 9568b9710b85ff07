import { useNotify, useRedirect } from 'react-admin';
import { useInvalidateScheduling } from './catalog';

/**
 * onSuccess for the catalogue forms (service types, rooms, therapists, staff): say what was saved,
 * go back to the list, and let the schedule re-read the catalogue it caches.
 */
export function useSavedHandler(resource: string, message: (record: Record<string, unknown>) => string) {
  const notify = useNotify();
  const redirect = useRedirect();
  const invalidate = useInvalidateScheduling();
  return (record: Record<string, unknown>) => {
    invalidate();
    notify(message(record), { type: 'success' });
    redirect('list', resource);
  };
}
