// The demo clinic's schedule: working hours, rooms, service types and a realistic week of sessions
// around today (computed in the clinic's time zone when the seed runs): completed ones with treatment
// notes, one in progress, upcoming bookings, a cancellation, a late cancellation and a no-show.
// Written through the tenant-scoped client, so the exclusion constraints vouch that nothing overlaps.
import { randomUUID } from 'node:crypto';
import { containsInterval, expandWorkingHours, localToInstant, type LocalDate, type WorkingBlock } from '@backtrack/domain';
import { DateTime } from 'luxon';
import type { TenantClient } from '../database/prisma.service.js';
import { tenantCreate } from '../database/tenant-scope.js';
import type { Prisma } from '../generated/prisma/client.js';
import { ensureOpenEpisode } from '../episodes/open-episode.repository.js';
import type { ComplaintRegion, Modality, Pressure } from '../generated/prisma/enums.js';

const MINUTE_MS = 60_000;

const SERVICES = [
  { key: 'deep', name: 'Deep tissue massage (60 min)', modality: 'DEEP_TISSUE', durationMinutes: 60, bufferMinutes: 15 },
  { key: 'swedish', name: 'Swedish massage (45 min)', modality: 'SWEDISH', durationMinutes: 45, bufferMinutes: 10 },
  { key: 'trigger', name: 'Trigger point therapy (30 min)', modality: 'TRIGGER_POINT', durationMinutes: 30, bufferMinutes: 10 },
  { key: 'myofascial', name: 'Myofascial release (60 min)', modality: 'MYOFASCIAL_RELEASE', durationMinutes: 60, bufferMinutes: 15 },
  { key: 'hotstone', name: 'Hot stone massage (90 min)', modality: 'HOT_STONE', durationMinutes: 90, bufferMinutes: 15 },
] as const;
type ServiceKey = (typeof SERVICES)[number]['key'];

const ROOMS = ['Cedar room', 'Maple room', 'Willow room'];

interface TherapistPlan {
  credentials: string;
  modalities: Modality[];
  hours: WorkingBlock[];
  /** A typical day: local start time, service, room index. */
  day: { time: string; service: ServiceKey; room: number }[];
}

const weekdays = (start: string, end: string): WorkingBlock[] => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start, end }));

// Indexed like the demo therapists (Maya Chen, Sam Okafor). Each therapist keeps to their own rooms,
// except the hot stone room, which only Sam uses.
const PLANS: TherapistPlan[] = [
  {
    credentials: 'LMT, NCBTMB',
    modalities: ['DEEP_TISSUE', 'MYOFASCIAL_RELEASE', 'TRIGGER_POINT', 'NEUROMUSCULAR'],
    hours: [...weekdays('09:00', '12:30'), ...weekdays('13:30', '17:00'), { weekday: 6, start: '09:00', end: '13:00' }],
    day: [
      { time: '09:00', service: 'deep', room: 0 },
      { time: '10:30', service: 'myofascial', room: 0 },
      { time: '13:30', service: 'trigger', room: 0 },
      { time: '15:00', service: 'deep', room: 0 },
    ],
  },
  {
    credentials: 'LMT',
    modalities: ['SWEDISH', 'HOT_STONE', 'DEEP_TISSUE', 'TRIGGER_POINT'],
    hours: [...weekdays('10:00', '13:00'), ...weekdays('14:00', '18:00')],
    day: [
      { time: '10:00', service: 'swedish', room: 1 },
      { time: '11:15', service: 'hotstone', room: 2 },
      { time: '14:30', service: 'deep', room: 1 },
      { time: '16:00', service: 'trigger', room: 1 },
    ],
  },
];

const PRESSURE: Record<string, Pressure> = {
  DEEP_TISSUE: 'FIRM',
  MYOFASCIAL_RELEASE: 'MODERATE',
  TRIGGER_POINT: 'DEEP',
  SWEDISH: 'LIGHT',
  HOT_STONE: 'MODERATE',
};
const RESPONSES = [
  'Reported less stiffness when bending forward afterwards.',
  'Tender over the left paraspinals; eased by the end of the session.',
  'Slept better since the last visit; pain 4/10 today, 2/10 after.',
  'Some soreness expected for a day; advised heat and gentle walking.',
];

export interface DemoScheduleContext {
  clinicId: string;
  timezone: string;
  bookedById: string;
  /** The demo therapists in PLANS order. */
  therapists: { id: string; userId: string }[];
  patients: { id: string; complaintRegion: ComplaintRegion }[];
  now?: number;
}

export async function seedDemoSchedule(tenant: TenantClient, context: DemoScheduleContext): Promise<number> {
  const now = context.now ?? Date.now();
  const zone = context.timezone;
  const rooms = [];
  for (const name of ROOMS) rooms.push(await tenant.room.create({ data: tenantCreate<Prisma.RoomUncheckedCreateInput>({ name }) }));
  const services = new Map<ServiceKey, { id: string; modality: Modality; durationMinutes: number; bufferMinutes: number }>();
  for (const { key, ...service } of SERVICES)
    services.set(key, await tenant.serviceType.create({ data: tenantCreate<Prisma.ServiceTypeUncheckedCreateInput>(service) }));

  const episodes = new Map<string, string>();
  const episodeOf = async (patientId: string, region: ComplaintRegion) => {
    if (!episodes.has(patientId))
      episodes.set(patientId, (await ensureOpenEpisode(tenant, { clinicId: context.clinicId, patientId, region })).id);
    return episodes.get(patientId)!;
  };

  // Every planned session from four local days ago to four days ahead, earliest first.
  const today = DateTime.fromMillis(now, { zone }).startOf('day');
  const localDate = (offset: number): LocalDate => {
    const d = today.plus({ days: offset });
    return { year: d.year, month: d.month, day: d.day };
  };
  const planned: { therapist: number; start: number; item: TherapistPlan['day'][number] }[] = [];
  for (const [index, therapist] of context.therapists.entries()) {
    const plan = PLANS[index]!;
    await tenant.therapist.updateMany({
      where: { id: therapist.id },
      data: { credentials: plan.credentials, modalities: plan.modalities },
    });
    await tenant.workingHours.createMany({
      data: plan.hours.map((h) =>
        tenantCreate<Prisma.WorkingHoursCreateManyInput>({
          therapistId: therapist.id,
          weekday: h.weekday,
          startTime: h.start,
          endTime: h.end,
        }),
      ),
    });
    for (let offset = -4; offset <= 4; offset++) {
      const date = localDate(offset);
      const working = expandWorkingHours(plan.hours, zone, {
        start: localToInstant(date, '00:00', zone),
        end: localToInstant(date, '24:00', zone),
      });
      for (const item of plan.day) {
        const start = localToInstant(date, item.time, zone);
        const service = services.get(item.service)!;
        if (containsInterval(working, { start, end: start + service.durationMinutes * MINUTE_MS }))
          planned.push({ therapist: index, start, item });
      }
    }
  }
  planned.sort((a, b) => a.start - b.start || a.therapist - b.therapist);

  let past = 0;
  let future = 0;
  for (const [i, p] of planned.entries()) {
    const service = services.get(p.item.service)!;
    // Consecutive sessions rotate through the patients, so one patient is never in two rooms at once.
    const patient = context.patients[i % context.patients.length]!;
    const end = p.start + service.durationMinutes * MINUTE_MS;
    const base = {
      patientId: patient.id,
      therapistId: context.therapists[p.therapist]!.id,
      serviceTypeId: service.id,
      roomId: rooms[p.item.room]!.id,
      episodeId: await episodeOf(patient.id, patient.complaintRegion),
      startsAt: new Date(p.start),
      endsAt: new Date(end),
      blockedUntil: new Date(end + service.bufferMinutes * MINUTE_MS),
      createdById: context.bookedById,
      createdAt: new Date(Math.min(now, p.start) - 7 * 86_400_000),
    };
    let state: Record<string, unknown>;
    let note = false;
    if (end <= now) {
      past++;
      if (past === 3) state = { status: 'NO_SHOW', noShowAt: new Date(p.start + 15 * MINUTE_MS) };
      else if (past === 6)
        state = {
          status: 'CANCELLED',
          cancelReason: 'Child sick at home',
          cancelledAt: new Date(p.start - 3 * 3_600_000),
          lateCancel: true,
        };
      else {
        state = { status: 'COMPLETED', checkedInAt: new Date(p.start - 5 * MINUTE_MS), completedAt: new Date(end) };
        note = true;
      }
    } else if (p.start <= now) {
      state = { status: 'CHECKED_IN', checkedInAt: new Date(p.start - 5 * MINUTE_MS) };
    } else {
      future++;
      state =
        future === 4 && p.start - now > 24 * 3_600_000
          ? { status: 'CANCELLED', cancelReason: 'Travelling for work', cancelledAt: new Date(now), lateCancel: false }
          : { status: 'BOOKED', notes: future === 1 ? 'First visit: arrive 10 minutes early for screening' : '' };
    }
    const session = await tenant.session.create({ data: tenantCreate<Prisma.SessionUncheckedCreateInput>({ ...base, ...state }) });
    if (note) {
      const noteId = randomUUID(); // version 1 is its own root
      await tenant.treatmentNote.create({
        data: tenantCreate<Prisma.TreatmentNoteUncheckedCreateInput>({
          id: noteId,
          rootId: noteId,
          sessionId: session.id,
          authorId: context.therapists[p.therapist]!.userId,
          techniques: [service.modality],
          regions: [patient.complaintRegion],
          pressure: PRESSURE[service.modality] ?? 'MODERATE',
          patientResponse: RESPONSES[i % RESPONSES.length]!,
        }),
      });
    }
  }
  return planned.length;
}
