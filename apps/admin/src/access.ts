// What each role may do in the admin, per react-admin resource. The API enforces the same rules; this table only
// decides what the interface offers (menu entries, buttons, routes) so staff never meet a dead end.
import type { Role } from './providers/session';

export type Action = 'list' | 'show' | 'create' | 'edit' | 'delete' | 'export' | 'clone';

type Policy = Partial<Record<Action, readonly Role[]>>;

const ALL: readonly Role[] = ['OWNER', 'FRONT_DESK', 'THERAPIST'];
const OWNER: readonly Role[] = ['OWNER'];
const CLINICAL: readonly Role[] = ['OWNER', 'THERAPIST'];
const DESK: readonly Role[] = ['OWNER', 'FRONT_DESK'];

export const ACCESS: Record<string, Policy> = {
  patients: { list: ALL, show: ALL, create: ALL, edit: ALL, delete: OWNER },
  // Scheduling and the clinic's catalogue: everyone sees the schedule, therapists, services and rooms;
  // only the owner changes the catalogue, staff accounts and clinic settings (PRODUCT.md section 1).
  sessions: { list: ALL },
  // Patients' correspondence carries their contact details: the desk and the owner, not therapists.
  messages: { list: DESK, show: DESK },
  // Questionnaires at home: the desk chases unanswered ones (a request holds no scores). Therapists see
  // their own patients' requests in the chart only, and have no page for a request (its messages are the desk's).
  questionnaires: { list: DESK, show: DESK },
  // The wait list is the front desk's tool; the API refuses therapists (FORBIDDEN).
  waitlist: { list: DESK, show: DESK, create: DESK, delete: DESK },
  therapists: { list: ALL, show: ALL, edit: OWNER },
  'service-types': { list: ALL, create: OWNER, edit: OWNER, delete: OWNER },
  rooms: { list: ALL, create: OWNER, edit: OWNER, delete: OWNER },
  staff: { list: OWNER, create: OWNER, edit: OWNER },
  settings: { list: OWNER },
  // Clinical data (scores, notes, outcomes): OWNER and THERAPIST only (the API limits a therapist to patients
  // they have a session with). The front desk may record a screening but never reads one back.
  clinical: { show: CLINICAL },
  screening: { create: ALL },
  outcomes: { list: CLINICAL },
  audit: { list: OWNER },
};

export function can(role: Role | null | undefined, resource: string, action: string): boolean {
  if (!role) return false;
  const roles = ACCESS[resource]?.[action as Action];
  return roles?.includes(role) ?? false;
}

/** Resources the role may open from the menu, in menu order. */
export function menuResources(role: Role | null | undefined): string[] {
  return Object.keys(ACCESS).filter((resource) => can(role, resource, 'list'));
}

export const ROLE_LABELS: Record<Role, string> = {
  OWNER: 'Owner',
  FRONT_DESK: 'Front desk',
  THERAPIST: 'Therapist',
};
