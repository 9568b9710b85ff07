// Which page a patient link opens: the path names the action, the query string carries the token.
// Anything else (an unknown path, a token cut off by a mail client) is an incomplete link.

export type PatientAction = 'confirm' | 'cancel' | 'claim' | 'opt-out' | 'questionnaire';

export type PatientRoute = { action: PatientAction; token: string } | { action: null };

const ACTIONS: readonly PatientAction[] = ['confirm', 'cancel', 'claim', 'opt-out', 'questionnaire'];

export function routeOf(location: { pathname: string; search: string }): PatientRoute {
  const name = location.pathname.replace(/^\/p\//, '').replace(/\/+$/, '');
  const action = ACTIONS.find((a) => a === name);
  const token = new URLSearchParams(location.search).get('token')?.trim() ?? '';
  return action && token ? { action, token } : { action: null };
}
