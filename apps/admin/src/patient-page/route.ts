// Which page a link in a message opens: the path names the action, the query string carries the token.
// Besides the patients' links, a staff invitation (/p/staff-invite) opens its password page here.
// Anything else (an unknown path, a token cut off by a mail client) is an incomplete link.

export type PatientAction = 'confirm' | 'cancel' | 'claim' | 'opt-out' | 'questionnaire' | 'staff-invite';

export type PatientRoute = { action: PatientAction; token: string } | { action: null };

const ACTIONS: readonly PatientAction[] = ['confirm', 'cancel', 'claim', 'opt-out', 'questionnaire', 'staff-invite'];

export function routeOf(location: { pathname: string; search: string }): PatientRoute {
  const name = location.pathname.replace(/^\/p\//, '').replace(/\/+$/, '');
  const action = ACTIONS.find((a) => a === name);
  const token = new URLSearchParams(location.search).get('token')?.trim() ?? '';
  return action && token ? { action, token } : { action: null };
}
