import { appointmentCalendar, appointmentLines, localWhen, type Appointment } from './appointment.js';

const appointment: Appointment = {
  sessionId: '0b7c4c5e-0000-4000-8000-000000000001',
  clinicName: 'Harbour Physio',
  clinicAddress: '12 Quay Street\nPortland, ME 04101',
  timezone: 'America/New_York',
  therapistName: 'Dana Reyes',
  serviceName: 'Deep tissue massage',
  startsAt: new Date('2027-01-12T15:00:00Z'),
  endsAt: new Date('2027-01-12T16:00:00Z'),
  revision: 3,
};

describe('appointment text and calendar', () => {
  it('reads the time on the clinic clock with its zone, in winter and in summer', () => {
    expect(localWhen(appointment.startsAt, appointment.timezone)).toBe('Tuesday 12 January 2027 at 10:00 EST (America/New_York)');
    expect(localWhen(new Date('2027-07-13T14:00:00Z'), appointment.timezone)).toBe('Tuesday 13 July 2027 at 10:00 EDT (America/New_York)');
  });

  it('names service, therapist, clinic and address on one line each', () => {
    expect(appointmentLines(appointment)).toEqual([
      'When: Tuesday 12 January 2027 at 10:00 EST (America/New_York)',
      'What: Deep tissue massage with Dana Reyes',
      'Where: Harbour Physio, 12 Quay Street, Portland, ME 04101',
    ]);
  });

  it('writes an invitation and its cancellation for the same event', () => {
    const request = appointmentCalendar(appointment, 'REQUEST');
    expect(request).toContain('METHOD:REQUEST');
    expect(request).toContain(`UID:${appointment.sessionId}@backtrack`);
    expect(request).toContain('DTSTART:20270112T150000Z');
    expect(request).toContain('SEQUENCE:3');
    const cancel = appointmentCalendar(appointment, 'CANCEL');
    expect(cancel).toContain('METHOD:CANCEL');
    expect(cancel).toContain('STATUS:CANCELLED');
    expect(cancel).toContain(`UID:${appointment.sessionId}@backtrack`);
  });
});
