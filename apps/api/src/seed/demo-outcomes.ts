// The demo clinic's clinical history: for each demo patient, screening (and clearance where needed),
// a few weeks of completed weekly sessions before the scheduled week, all in the patient's open
// episode (the one the schedule seed opened, moved back to when care began), and assessments along
// the trajectories of demo-trajectories.ts. Alice also has an earlier, discharged episode.
// Scores are never typed in: item responses are built for each target and scored by scoreResponses.
import { randomUUID } from 'node:crypto';
import {
  CURRENT_SCREENING_VERSION,
  localToInstant,
  scoreResponses,
  screeningForm,
  type Instrument,
  type LocalDate,
} from '@backtrack/domain';
import { DateTime } from 'luxon';
import type { TenantClient } from '../database/prisma.service.js';
import { tenantCreate } from '../database/tenant-scope.js';
import type { Prisma } from '../generated/prisma/client.js';
import { ensureOpenEpisode } from '../episodes/open-episode.repository.js';
import type { ComplaintRegion, Modality } from '../generated/prisma/enums.js';
import { refreshEpisodeMeasure } from '../outcomes/episode-measure.repository.js';
import { DEMO_TRAJECTORIES, type DemoTrajectory } from './demo-trajectories.js';

const DAY_MS = 86_400_000;
// Each patient gets its own weekly (day, time) slot, so history sessions never overlap.
const SLOT_TIMES = ['09:00', '11:00', '14:00', '16:00'];
// The activities a demo patient names for PSFS, one per response (responsesFor gives PSFS three).
const PSFS_ACTIVITIES = ['Lifting my toddler', 'Gardening', 'Sitting through a work meeting'];
const NOTES = [
  'Tolerated treatment well; less guarding by the end.',
  'Reported easier mornings this week.',
  'Tight through the thoracolumbar fascia; eased with sustained pressure.',
  'Some soreness after the last visit; lighter pressure today.',
];

export interface DemoOutcomesContext {
  clinicId: string;
  timezone: string;
  ownerId: string;
  frontDeskId: string;
  therapists: { id: string; userId: string }[];
  patients: { id: string; firstName: string; complaintRegion: ComplaintRegion }[];
  now?: number;
}

/** `count` integers from 0 to `max` summing to `total`, as even as possible. */
function spread(total: number, count: number, max: number): number[] {
  const base = Math.floor(total / count);
  return Array.from({ length: count }, (_, i) => Math.min(max, base + (i < total - base * count ? 1 : 0)));
}

/** Item responses whose score is the target (to the precision the instrument allows). */
export function responsesFor(instrument: Instrument, target: number): number[] {
  switch (instrument) {
    case 'NPRS':
      return [Math.round(target)];
    case 'PEG':
    case 'PSFS':
      return spread(Math.round(target * 3), 3, 10);
    case 'ODI':
    case 'NDI':
      return spread(Math.round(target / 2), 10, 5);
    case 'RMDQ':
      return Array.from({ length: 24 }, (_, i) => (i < target ? 1 : 0));
  }
}

async function serviceTypes(tenant: TenantClient): Promise<{ id: string; modality: Modality }[]> {
  const existing = await tenant.serviceType.findMany({ where: { active: true }, orderBy: { name: 'asc' } });
  if (existing.length > 0) return existing;
  // Without the schedule seed, a minimal catalogue of our own.
  const created = [];
  for (const modality of ['DEEP_TISSUE', 'SWEDISH', 'MYOFASCIAL_RELEASE'] as const) {
    created.push(
      await tenant.serviceType.create({
        data: tenantCreate<Prisma.ServiceTypeUncheckedCreateInput>({
          name: `${modality.replace('_', ' ').toLowerCase()} (60 min)`,
          modality,
          durationMinutes: 60,
          bufferMinutes: 15,
        }),
      }),
    );
  }
  return created;
}

export async function seedDemoOutcomes(tenant: TenantClient, context: DemoOutcomesContext): Promise<void> {
  const now = context.now ?? Date.now();
  const zone = context.timezone;
  const services = await serviceTypes(tenant);
  const today = DateTime.fromMillis(now, { zone }).startOf('day');
  const dateAt = (offsetDays: number): LocalDate => {
    const d = today.plus({ days: offsetDays });
    return { year: d.year, month: d.month, day: d.day };
  };

  for (const [i, plan] of DEMO_TRAJECTORIES.entries()) {
    const patient = context.patients.find((p) => p.firstName === plan.firstName);
    if (!patient) continue;
    const therapist = context.therapists[i % context.therapists.length]!;
    const service = services[i % services.length]!;
    // The last history session is 6 to 8 days ago, before the schedule seed's week around today.
    const starts = Array.from({ length: plan.weeks }, (_, k) =>
      localToInstant(dateAt(-6 - (i % 3) - 7 * (plan.weeks - 1 - k)), SLOT_TIMES[Math.floor(i / 3) % SLOT_TIMES.length]!, zone),
    );
    const careBegan = new Date(starts[0]! - 30 * 60_000);

    await screen(tenant, context, patient.id, plan, careBegan);
    if (plan.firstName === 'Alice') await earlierEpisode(tenant, context, patient, careBegan.getTime() - 200 * DAY_MS);

    const { id: episodeId } = await ensureOpenEpisode(tenant, {
      clinicId: context.clinicId,
      patientId: patient.id,
      region: patient.complaintRegion,
    });
    await tenant.episodeOfCare.updateMany({
      where: { id: episodeId },
      data: { startedAt: careBegan, chronicity: plan.chronicity, goal: plan.goal },
    });

    const sessionIds: string[] = [];
    for (const start of starts) {
      const endsAt = new Date(start + 60 * 60_000);
      const session = await tenant.session.create({
        data: tenantCreate<Prisma.SessionUncheckedCreateInput>({
          patientId: patient.id,
          therapistId: therapist.id,
          serviceTypeId: service.id,
          episodeId,
          startsAt: new Date(start),
          endsAt,
          blockedUntil: endsAt,
          status: 'COMPLETED',
          checkedInAt: new Date(start - 5 * 60_000),
          completedAt: endsAt,
          createdById: context.frontDeskId,
          createdAt: new Date(start - 7 * DAY_MS),
        }),
      });
      sessionIds.push(session.id);
      const noteId = randomUUID(); // version 1 is its own root
      await tenant.treatmentNote.create({
        data: tenantCreate<Prisma.TreatmentNoteUncheckedCreateInput>({
          id: noteId,
          rootId: noteId,
          sessionId: session.id,
          authorId: therapist.userId,
          techniques: [service.modality],
          regions: [patient.complaintRegion],
          pressure: 'MODERATE',
          patientResponse: NOTES[sessionIds.length % NOTES.length]!,
          createdAt: endsAt,
        }),
      });
    }

    for (const [instrument, values] of Object.entries(plan.series) as [Instrument, number[]][]) {
      for (const [j, target] of values.entries()) {
        // Points spread over the sessions, each taken just before its session starts.
        const k = values.length === 1 ? 0 : Math.round((j * (starts.length - 1)) / (values.length - 1));
        const itemLabels = instrument === 'PSFS' ? PSFS_ACTIVITIES : [];
        await assess(tenant, {
          patientId: patient.id,
          episodeId,
          sessionId: sessionIds[k]!,
          instrument,
          responses: responsesFor(instrument, target),
          itemLabels,
          takenAt: new Date(starts[k]! - 10 * 60_000),
          recordedById: therapist.userId,
        });
      }
    }
  }
}

async function screen(
  tenant: TenantClient,
  context: DemoOutcomesContext,
  patientId: string,
  plan: DemoTrajectory,
  at: Date,
): Promise<void> {
  const flags = { acuteInjury: false, suspectedFracture: false, severeNerveSymptoms: false, recentSpinalSurgery: false };
  if (plan.contraindication) flags[plan.contraindication] = true;
  // The current form, every question answered: no red flags, a precaution for some
  const answers: Record<string, boolean> = Object.fromEntries(
    screeningForm(CURRENT_SCREENING_VERSION).questions.map((q) => [q.key, false]),
  );
  Object.assign(answers, flags);
  if (plan.precaution) answers[plan.precaution] = true;
  await tenant.screening.create({
    data: tenantCreate<Prisma.ScreeningUncheckedCreateInput>({
      patientId,
      recordedById: context.frontDeskId,
      ...flags,
      formVersion: CURRENT_SCREENING_VERSION,
      answers,
      notes: plan.contraindication ? 'Reported at intake' : plan.precaution ? 'Takes warfarin' : '',
      recordedAt: new Date(at.getTime() - 2 * DAY_MS),
    }),
  });
  if (plan.contraindication) {
    await tenant.clearance.create({
      data: tenantCreate<Prisma.ClearanceUncheckedCreateInput>({
        patientId,
        recordedById: context.ownerId,
        clinician: 'Dr. Rachel Moss, MD',
        note: 'Cleared for gentle massage; avoid deep pressure over the surgical site.',
        clearedAt: new Date(at.getTime() - DAY_MS),
      }),
    });
  }
  await tenant.patient.updateMany({
    where: { id: patientId },
    data: { clearanceStatus: plan.contraindication ? 'CLEARED' : 'NOT_REQUIRED' },
  });
}

async function earlierEpisode(
  tenant: TenantClient,
  context: DemoOutcomesContext,
  patient: { id: string; complaintRegion: ComplaintRegion },
  startedAt: number,
): Promise<void> {
  const episode = await tenant.episodeOfCare.create({
    data: tenantCreate<Prisma.EpisodeOfCareUncheckedCreateInput>({
      patientId: patient.id,
      region: patient.complaintRegion,
      chronicity: 'SUBACUTE',
      goal: 'Return to work',
      startedAt: new Date(startedAt),
      dischargedAt: new Date(startedAt + 63 * DAY_MS),
      dischargeNote: 'Goals met; home exercise programme.',
    }),
  });
  for (const [j, target] of [40, 28, 16].entries()) {
    await assess(tenant, {
      patientId: patient.id,
      episodeId: episode.id,
      sessionId: null,
      instrument: 'ODI',
      responses: responsesFor('ODI', target),
      itemLabels: [],
      takenAt: new Date(startedAt + j * 28 * DAY_MS),
      recordedById: context.ownerId,
    });
  }
}

async function assess(
  tenant: TenantClient,
  a: {
    patientId: string;
    episodeId: string;
    sessionId: string | null;
    instrument: Instrument;
    responses: number[];
    itemLabels: string[];
    takenAt: Date;
    recordedById: string;
  },
): Promise<void> {
  const { score, normalized, exact } = scoreResponses(a.instrument, a.responses);
  const id = randomUUID();
  const assessment = await tenant.assessment.create({
    data: tenantCreate<Prisma.AssessmentUncheckedCreateInput>({
      id,
      rootId: id,
      ...a,
      score,
      normalized,
      scoreExact: exact.score,
      normalizedExact: exact.normalized,
    }),
  });
  await refreshEpisodeMeasure(tenant, assessment);
}
