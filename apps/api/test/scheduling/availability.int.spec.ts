// availableSlots: working hours in clinic local time (8 hours on both DST switch days), time off,
// minimum notice, other sessions with their buffers, and the range cap.
import { DateTime } from 'luxon';
import { graphql } from '../graphql/index.js';
import { codeOf } from '../support/api.js';
import { setupSchedulingClinic } from '../support/clinic-setup.js';
import { createPatient } from '../support/factories.js';
import {
  booked,
  createRoom,
  createServiceType,
  createTherapist,
  localAt,
  nextDstDays,
  onDate,
  plusMinutes,
  schedulingClinic,
  updateClinicSettings,
} from '../support/scheduling-factories.js';

const SLOTS = graphql(`
  query AvailableSlots($t: ID!, $s: ID!, $from: DateTime!, $to: DateTime!, $room: ID, $patient: ID, $exclude: ID) {
    availableSlots(
      therapistId: $t
      serviceTypeId: $s
      from: $from
      to: $to
      roomId: $room
      patientId: $patient
      excludeSessionId: $exclude
    ) {
      startsAt
      endsAt
    }
  }
`);
const ADD_TIME_OFF = graphql(`
  mutation AvailabilityAddTimeOff($t: ID!, $a: DateTime!, $b: DateTime!) {
    addTimeOff(therapistId: $t, startsAt: $a, endsAt: $b) {
      id
    }
  }
`);

describe('availableSlots', () => {
  const s = setupSchedulingClinic();

  const starts = async (
    therapistId: string,
    serviceTypeId: string,
    from: string,
    to: string,
    extra: { room?: string; patient?: string; exclude?: string } = {},
  ): Promise<string[]> => {
    const result = await s.api.gql(SLOTS, { t: therapistId, s: serviceTypeId, from, to, ...extra }, s.owner.token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.availableSlots.map((x) => DateTime.fromISO(x.startsAt, { zone: s.zone }).toFormat('HH:mm'));
  };

  it('gives a 09:00–17:00 therapist 8 hourly slots, 09:00 to 16:00 local, on both daylight-saving switch days', async () => {
    const ny = await schedulingClinic(s.api, 'America/New_York');
    await updateClinicSettings(s.api, ny.owner.token, { slotStepMinutes: 60 });
    const therapist = await createTherapist(
      s.api,
      ny.clinic,
      [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '09:00', end: '17:00' })),
    );
    const hour = await createServiceType(s.api, ny.owner.token, { durationMinutes: 60, bufferMinutes: 0 });
    const { springForward, fallBack } = nextDstDays(ny.zone);
    for (const day of [springForward, fallBack]) {
      const from = onDate(ny.zone, day, '00:00');
      const to = DateTime.fromISO(day, { zone: ny.zone }).plus({ days: 1 }).toUTC().toISO()!;
      const result = await s.api.gql(SLOTS, { t: therapist.id, s: hour.id, from, to }, ny.owner.token);
      const slots = result.data!.availableSlots;
      const local = slots.map((x) => DateTime.fromISO(x.startsAt, { zone: ny.zone }).toFormat('HH:mm'));
      expect({ day, local }).toEqual({ day, local: ['09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00'] });
      // Every slot is a real hour: instants one hour apart, on a 23- or 25-hour day.
      expect(slots.every((x) => Date.parse(x.endsAt) - Date.parse(x.startsAt) === 3_600_000)).toBe(true);
      expect(Date.parse(slots[7]!.startsAt) - Date.parse(slots[0]!.startsAt)).toBe(7 * 3_600_000);
    }
  });

  it('leaves out other sessions with their buffers, time off, and the room or patient busy elsewhere', async () => {
    // 60 min + 15 buffer on a 15-minute step, 08:00–20:00.
    const day = 25;
    const from = localAt(s.zone, day, '08:00');
    const to = localAt(s.zone, day, '12:00');
    expect(await starts(s.therapist.id, s.service.id, from, to)).toEqual([
      '08:00',
      '08:15',
      '08:30',
      '08:45',
      '09:00',
      '09:15',
      '09:30',
      '09:45',
      '10:00',
      '10:15',
      '10:30',
      '10:45',
      '11:00',
      '11:15',
      '11:30',
      '11:45',
    ]);
    const patient = await createPatient(s.api, s.owner.token);
    const at10 = await booked(s.api, s.owner.token, {
      patientId: patient.id,
      therapistId: s.therapist.id,
      serviceTypeId: s.service.id,
      startsAt: localAt(s.zone, day, '10:00'),
    });
    // Blocked 10:00–11:15; a start must leave its own 75 minutes clear before 10:00.
    expect(await starts(s.therapist.id, s.service.id, from, to)).toEqual(['08:00', '08:15', '08:30', '08:45', '11:15', '11:30', '11:45']);
    // Rescheduling that session: its own time does not block the slots around it.
    expect(await starts(s.therapist.id, s.service.id, from, to, { exclude: at10.id, patient: patient.id })).toHaveLength(16);
    await s.api.gql(ADD_TIME_OFF, { t: s.therapist.id, a: localAt(s.zone, day, '08:00'), b: localAt(s.zone, day, '08:30') }, s.owner.token);
    expect(await starts(s.therapist.id, s.service.id, from, to)).toEqual(['08:30', '08:45', '11:15', '11:30', '11:45']);

    // The same patient and a room, busy with another therapist at 11:30.
    const other = await createTherapist(s.api, s.clinic);
    const room = await createRoom(s.api, s.owner.token);
    await booked(s.api, s.owner.token, {
      patientId: patient.id,
      therapistId: other.id,
      serviceTypeId: s.service.id,
      startsAt: localAt(s.zone, day, '11:30'),
      roomId: room.id,
    });
    expect(await starts(s.therapist.id, s.service.id, from, to)).toEqual(['08:30', '08:45', '11:15', '11:30', '11:45']);
    expect(await starts(s.therapist.id, s.service.id, from, to, { patient: patient.id })).toEqual(['08:30', '08:45']);
    expect(await starts(s.therapist.id, s.service.id, from, to, { room: room.id })).toEqual(['08:30', '08:45']);
  });

  it('offers nothing before the minimum notice, and every offered slot can be booked', async () => {
    const from = new Date().toISOString();
    const result = await s.api.gql(SLOTS, { t: s.therapist.id, s: s.service.id, from, to: plusMinutes(from, 3 * 24 * 60) }, s.owner.token);
    const slots = result.data!.availableSlots;
    expect(slots.length).toBeGreaterThan(0);
    expect(Date.parse(slots[0]!.startsAt)).toBeGreaterThanOrEqual(Date.now() + 60 * 60_000 - 5_000);
    const patient = await createPatient(s.api, s.owner.token);
    const first = await booked(s.api, s.owner.token, {
      patientId: patient.id,
      therapistId: s.therapist.id,
      serviceTypeId: s.service.id,
      startsAt: slots[0]!.startsAt,
    });
    expect(first.status).toBe('BOOKED');
  });

  it('refuses ranges over 31 days or backwards, naming `to`, and ids of other clinics', async () => {
    const from = localAt(s.zone, 2, '00:00');
    for (const to of [plusMinutes(from, 32 * 24 * 60), from]) {
      const result = await s.api.gql(SLOTS, { t: s.therapist.id, s: s.service.id, from, to }, s.owner.token);
      expect({ code: codeOf(result), field: result.errors?.[0]?.extensions.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'to' });
    }
    const other = await schedulingClinic(s.api);
    const to = plusMinutes(from, 24 * 60);
    expect(codeOf(await s.api.gql(SLOTS, { t: other.therapist.id, s: s.service.id, from, to }, s.owner.token))).toBe('NOT_FOUND');
    expect(codeOf(await s.api.gql(SLOTS, { t: s.therapist.id, s: other.service.id, from, to }, s.owner.token))).toBe('NOT_FOUND');
    expect(codeOf(await s.api.gql(SLOTS, { t: s.therapist.id, s: s.service.id, from, to, room: other.room.id }, s.owner.token))).toBe(
      'NOT_FOUND',
    );
  });
});
