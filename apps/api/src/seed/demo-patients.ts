import type { ComplaintRegion } from '../generated/prisma/enums.js';

export interface DemoPatient {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  email: string | null;
  phone: string | null;
  complaintRegion: ComplaintRegion;
}

export const DEMO_PATIENTS: DemoPatient[] = [
  {
    firstName: 'Alice',
    lastName: 'Martinez',
    dateOfBirth: '1978-04-12',
    email: 'alice.martinez@example.com',
    phone: '+12025550101',
    complaintRegion: 'LOWER_BACK',
  },
  {
    firstName: 'Ben',
    lastName: 'Carter',
    dateOfBirth: '1985-09-30',
    email: 'ben.carter@example.com',
    phone: '+12025550102',
    complaintRegion: 'LOWER_BACK',
  },
  { firstName: 'Chloe', lastName: 'Nguyen', dateOfBirth: '1969-01-22', email: null, phone: '+12025550103', complaintRegion: 'NECK' },
  {
    firstName: 'David',
    lastName: 'Osei',
    dateOfBirth: '1990-07-04',
    email: 'd.osei@example.com',
    phone: null,
    complaintRegion: 'MID_BACK',
  },
  {
    firstName: 'Elena',
    lastName: 'Rossi',
    dateOfBirth: '1958-11-15',
    email: 'elena.rossi@example.com',
    phone: '+12025550105',
    complaintRegion: 'LOWER_BACK',
  },
  { firstName: 'Farid', lastName: 'Haddad', dateOfBirth: '1972-03-08', email: null, phone: '+12025550106', complaintRegion: 'UPPER_BACK' },
  {
    firstName: 'Grace',
    lastName: 'Kim',
    dateOfBirth: '1981-06-19',
    email: 'grace.kim@example.com',
    phone: '+12025550107',
    complaintRegion: 'LOWER_BACK',
  },
  {
    firstName: 'Henry',
    lastName: 'Walsh',
    dateOfBirth: '1964-12-02',
    email: 'hwalsh@example.com',
    phone: '+12025550108',
    complaintRegion: 'NECK',
  },
  {
    firstName: 'Isla',
    lastName: 'Fraser',
    dateOfBirth: '1995-02-27',
    email: 'isla.f@example.com',
    phone: null,
    complaintRegion: 'LOWER_BACK',
  },
  {
    firstName: 'Jamal',
    lastName: 'Reed',
    dateOfBirth: '1988-08-16',
    email: 'jamal.reed@example.com',
    phone: '+12025550110',
    complaintRegion: 'LOWER_BACK',
  },
  { firstName: 'Keiko', lastName: 'Sato', dateOfBirth: '1976-05-05', email: null, phone: '+12025550111', complaintRegion: 'MID_BACK' },
  {
    firstName: 'Liam',
    lastName: "O'Brien",
    dateOfBirth: '1970-10-10',
    email: 'liam.obrien@example.com',
    phone: '+12025550112',
    complaintRegion: 'LOWER_BACK',
  },
];
