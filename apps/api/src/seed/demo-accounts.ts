// The demo clinic's accounts, listed in the README. Demo only: never used outside an empty database.
export const DEMO_PASSWORD = 'backtrack-demo';

export const DEMO_CLINIC = { name: 'Riverside Back Care (demo)', timezone: 'America/New_York' };

export const DEMO_STAFF = [
  { email: 'owner@demo.backtrack.app', name: 'Olivia Owens', role: 'OWNER' },
  { email: 'frontdesk@demo.backtrack.app', name: 'Frank Desmond', role: 'FRONT_DESK' },
  { email: 'maya@demo.backtrack.app', name: 'Maya Chen', role: 'THERAPIST' },
  { email: 'sam@demo.backtrack.app', name: 'Sam Okafor', role: 'THERAPIST' },
] as const;
