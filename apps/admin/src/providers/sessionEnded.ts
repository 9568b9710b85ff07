// A session the server has ended (the password was changed elsewhere, or the account deactivated:
// every token the account had is refused with UNAUTHENTICATED) must leave the admin at once, whatever
// page asked. react-admin's own queries go through authProvider.checkError; the pages' own queries
// (the schedule's catalogue, the clinical tabs, …) come here: the stored session is dropped and the
// browser goes to the sign-in page, instead of retrying a refused token behind a spinner.
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isUnauthenticated } from './graphqlErrors';
import { clearSession, readSession } from './session';

function leaveIfSessionEnded(error: unknown): void {
  if (!isUnauthenticated(error) || !readSession()) return;
  clearSession();
  window.location.hash = '#/login';
}

/** The query client of the admin: react-query's defaults, except that a refused session is not retried. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: leaveIfSessionEnded }),
    mutationCache: new MutationCache({ onError: leaveIfSessionEnded }),
    defaultOptions: {
      queries: { retry: (failures, error) => !isUnauthenticated(error) && failures < 3 },
    },
  });
}
