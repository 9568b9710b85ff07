// Follow-up capture in clinicOutcomes (PRODUCT.md section 6, issue 10 item 4) on a cohort whose
// figures are worked out by hand below: requested, answered, captureRate and medianResponseHours per
// instrument, under the period, therapist and own-patients scopes, computed in PostgreSQL.
import { graphql } from '../graphql/index.js';
import type { CaptureFieldsFragment, ClinicOutcomesFilter, Instrument } from '../graphql/graphql.js';
import { setupClinic } from '../support/clinic-setup.js';
import { insertServiceType, insertSession, openEpisode, recordAssessment } from '../support/clinical-factories.js';
import { createPatient } from '../support/factories.js';
import { insertQuestionnaireRequest, markPatientReported } from '../support/questionnaire-fixtures.js';

const CAPTURE = graphql(`
  query CaptureRateSummary($filter: ClinicOutcomesFilter) {
    clinicOutcomes(filter: $filter) {
      measures {
        ...CaptureFields
      }
      byTherapist {
        therapistId
        measures {
          ...CaptureFields
        }
      }
      byModality {
        modality
        measures {
          ...CaptureFields
        }
      }
    }
  }
  fragment CaptureFields on OutcomeStats {
    instrument
    episodes
    withFollowUp
    captureRate
    requested
    answered
    medianResponseHours
    summary
    caution
  }
`);

const PATIENT_SOURCES = graphql(`
  query CaptureRatePatientSources($p: ID!) {
    patientOutcomes(patientId: $p) {
      measures {
        instrument
        baseline {
          source
        }
        latest {
          source
        }
        series {
          source
        }
      }
    }
    allAssessments(filter: { patientId: $p }, sortField: "takenAt", sortOrder: "ASC") {
      instrument
      source
      recordedById
    }
  }
`);

// The cohort (2025; ODI responses give score = 2 × the sum):
//   E1  P1  sessions T1 ×2 + T2 ×1 SWEDISH (→ T1, SWEDISH)
//       ODI 40 → 20 and NPRS 7 → 3; the follow-ups answered by the patient
//       BASELINE [ODI, NPRS] sent 1 Jan 10:00, answered 16:00 (6 h)
//       PROGRESS [ODI, NPRS] sent 20 Jan 08:00, answered 21 Jan 14:00 (30 h)
//   E2  P2  sessions T1 ×1 SWEDISH (→ T1): ODI 30 and NPRS 5, no follow-up
//       BASELINE [ODI, NPRS] sent 2 Jan 09:00, answered 11:00 (2 h)
//       PROGRESS [ODI, NPRS] sent 25 Jan, EXPIRED
//   E3  P3  sessions T2 ×1 DEEP_TISSUE (→ T2): ODI 50 → 30
//       BASELINE [ODI] sent 3 Jan 08:00, answered 5 Jan 08:00 (48 h)
//       PROGRESS [ODI] sent 15 Jan, CANCELLED (withdrawn: not counted)
//       DISCHARGE [ODI] sent 10 Feb, PENDING (asked, not answered)
//       FOLLOW_UP [ODI] sendAt 2099, PENDING (not asked yet: not counted)
//   E4  P4  sessions T2 ×1 DEEP_TISSUE (→ T2): no assessment
//       BASELINE [ODI, NPRS, NDI] sent 1 Mar, EXPIRED
// ODI:  episodes E1 E2 E3 = 3, follow-ups E1 E3 = 2 → capture 2/3; requested 7 (E1 ×2, E2 ×2, E3 ×2, E4),
//       answered 4 at 6, 30, 2, 48 h → median (6 + 30) / 2 = 18
// NPRS: episodes E1 E2 = 2, follow-up E1 → 1/2; requested 5 (E1 ×2, E2 ×2, E4), answered 3 at 6, 30, 2 h → 6
// NDI:  no episode; requested 1 (E4), answered 0 → no capture rate, no median
describe('capture rate on a constructed cohort', () => {
  const clinic = setupClinic();
  let t1: string;
  let t2: string;
  let p1: string;
  let p1OdiFollowUp: string;

  beforeAll(async () => {
    t1 = clinic.therapist.therapistId;
    t2 = clinic.otherTherapist.therapistId;
    const swedish = await insertServiceType(clinic.clinicId, 'SWEDISH');
    const deep = await insertServiceType(clinic.clinicId, 'DEEP_TISSUE');
    const token = clinic.owner.token;

    const episodeWith = async (sessions: [string, string][]) => {
      const patient = await createPatient(clinic.api, token);
      const episode = await openEpisode(clinic.api, token, { patientId: patient.id, startedAt: '2024-12-20T00:00:00Z' });
      for (const [therapistId, serviceTypeId] of sessions) {
        await insertSession({
          clinicId: clinic.clinicId,
          patientId: patient.id,
          therapistId,
          serviceTypeId,
          createdById: clinic.owner.id,
          episodeId: episode.id,
          status: 'COMPLETED',
        });
      }
      const record = (instrument: Instrument, responses: number[], takenAt: string) =>
        recordAssessment(clinic.api, token, { patientId: patient.id, instrument, responses, takenAt });
      const request = (r: {
        instruments: Instrument[];
        sendAt: string;
        occasion?: 'BASELINE' | 'PROGRESS' | 'DISCHARGE' | 'FOLLOW_UP';
        sequence?: number;
        status?: 'PENDING' | 'ANSWERED' | 'EXPIRED' | 'CANCELLED';
        answeredAt?: string;
      }) => insertQuestionnaireRequest({ clinicId: clinic.clinicId, patientId: patient.id, episodeId: episode.id, ...r });
      return { patientId: patient.id, record, request };
    };
    const odi = (score: number) => [5, 5, 5, 5, 5, 5, 5, 5, 5, 5].map((_, i) => Math.max(0, Math.min(5, score / 2 - 5 * i)));

    const e1 = await episodeWith([
      [t1, swedish],
      [t1, swedish],
      [t2, swedish],
    ]);
    p1 = e1.patientId;
    await e1.request({
      instruments: ['ODI', 'NPRS'],
      sendAt: '2025-01-01T10:00:00Z',
      status: 'ANSWERED',
      answeredAt: '2025-01-01T16:00:00Z',
    });
    const progress = await e1.request({
      instruments: ['ODI', 'NPRS'],
      occasion: 'PROGRESS',
      sequence: 4,
      sendAt: '2025-01-20T08:00:00Z',
      status: 'ANSWERED',
      answeredAt: '2025-01-21T14:00:00Z',
    });
    await e1.record('ODI', odi(40), '2025-01-01T16:00:00Z');
    await e1.record('NPRS', [7], '2025-01-01T16:01:00Z');
    p1OdiFollowUp = (await e1.record('ODI', odi(20), '2025-01-21T14:00:00Z')).id;
    const nprsFollowUp = (await e1.record('NPRS', [3], '2025-01-21T14:01:00Z')).id;
    await markPatientReported(p1OdiFollowUp, progress);
    await markPatientReported(nprsFollowUp, progress);

    const e2 = await episodeWith([[t1, swedish]]);
    await e2.request({
      instruments: ['ODI', 'NPRS'],
      sendAt: '2025-01-02T09:00:00Z',
      status: 'ANSWERED',
      answeredAt: '2025-01-02T11:00:00Z',
    });
    await e2.request({
      instruments: ['ODI', 'NPRS'],
      occasion: 'PROGRESS',
      sequence: 4,
      sendAt: '2025-01-25T09:00:00Z',
      status: 'EXPIRED',
    });
    await e2.record('ODI', odi(30), '2025-01-02T11:00:00Z');
    await e2.record('NPRS', [5], '2025-01-02T11:00:00Z');

    const e3 = await episodeWith([[t2, deep]]);
    await e3.request({ instruments: ['ODI'], sendAt: '2025-01-03T08:00:00Z', status: 'ANSWERED', answeredAt: '2025-01-05T08:00:00Z' });
    await e3.request({ instruments: ['ODI'], occasion: 'PROGRESS', sequence: 4, sendAt: '2025-01-15T08:00:00Z', status: 'CANCELLED' });
    await e3.request({ instruments: ['ODI'], occasion: 'DISCHARGE', sendAt: '2025-02-10T08:00:00Z' });
    await e3.request({ instruments: ['ODI'], occasion: 'FOLLOW_UP', sendAt: '2099-05-10T08:00:00Z' });
    await e3.record('ODI', odi(50), '2025-01-05T08:00:00Z');
    await e3.record('ODI', odi(30), '2025-02-01T08:00:00Z');

    const e4 = await episodeWith([[t2, deep]]);
    await e4.request({ instruments: ['ODI', 'NPRS', 'NDI'], sendAt: '2025-03-01T08:00:00Z', status: 'EXPIRED' });
  });

  const summary = async (filter: ClinicOutcomesFilter = {}, token = clinic.owner.token) => {
    const result = await clinic.api.gql(CAPTURE, { filter }, token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.clinicOutcomes;
  };
  const capture = (m: CaptureFieldsFragment) => ({
    instrument: m.instrument,
    episodes: m.episodes,
    withFollowUp: m.withFollowUp,
    captureRate: m.captureRate,
    requested: m.requested,
    answered: m.answered,
    medianResponseHours: m.medianResponseHours,
  });

  it('counts requests, answers, capture and the median response time per instrument', async () => {
    const { measures } = await summary();
    expect(measures.map(capture)).toEqual([
      { instrument: 'NPRS', episodes: 2, withFollowUp: 1, captureRate: 0.5, requested: 5, answered: 3, medianResponseHours: 6 },
      { instrument: 'ODI', episodes: 3, withFollowUp: 2, captureRate: 2 / 3, requested: 7, answered: 4, medianResponseHours: 18 },
      { instrument: 'NDI', episodes: 0, withFollowUp: 0, captureRate: null, requested: 1, answered: 0, medianResponseHours: null },
    ]);
    // ODI percents 50 and 40: the sentence states the 67% follow-up and no interval from 2 changes.
    expect(measures[1]!.summary).toBe(
      'Average ODI improvement 45% (n = 2, 67% of episodes followed up): too few to estimate a 95% CI (fewer than 5) or to judge the 50% claim.',
    );
    expect(measures[2]!.summary).toBe('No NDI episodes with a baseline: nothing to report yet.');
    expect(measures.every((m) => m.caution === null)).toBe(true);
  });

  it('attributes requests through their episode, by therapist and by modality, with each group’s caution', async () => {
    const { byTherapist, byModality } = await summary({ instrument: 'ODI' });
    const odiOf = (g: { measures: CaptureFieldsFragment[] }) => g.measures.find((m) => m.instrument === 'ODI')!;
    const therapists = Object.fromEntries(byTherapist.map((g) => [g.therapistId, odiOf(g)]));
    // T1: E1 and E2, requests E1 ×2 and E2 ×2, answered at 6, 30 and 2 h. T2: E3 (and E4's request), answered at 48 h.
    expect(capture(therapists[t1]!)).toEqual({
      instrument: 'ODI',
      episodes: 2,
      withFollowUp: 1,
      captureRate: 0.5,
      requested: 4,
      answered: 3,
      medianResponseHours: 6,
    });
    expect(capture(therapists[t2]!)).toEqual({
      instrument: 'ODI',
      episodes: 1,
      withFollowUp: 1,
      captureRate: 1,
      requested: 3,
      answered: 1,
      medianResponseHours: 48,
    });
    expect(therapists[t1]!.caution).toBe('Only 1 episode with a follow-up (fewer than 5): too few to compare.');
    expect(byModality.map((g) => [g.modality, odiOf(g).requested])).toEqual([
      ['DEEP_TISSUE', 3],
      ['SWEDISH', 4],
    ]);
  });

  it('counts only requests sent in the period, and only the therapist’s own episodes under a therapist filter', async () => {
    // January: E4's March request and E3's February one fall outside; NDI has nothing left.
    const january = await summary({ from: '2025-01-01T00:00:00Z', to: '2025-02-01T00:00:00Z' });
    expect(january.measures.map(capture)).toEqual([
      { instrument: 'NPRS', episodes: 2, withFollowUp: 1, captureRate: 0.5, requested: 4, answered: 3, medianResponseHours: 6 },
      { instrument: 'ODI', episodes: 3, withFollowUp: 2, captureRate: 2 / 3, requested: 5, answered: 4, medianResponseHours: 18 },
    ]);
    // [1 Jan 10:00, 1 Jan 10:00.001): the first request alone, and E1's baselines taken at 16:00 outside it.
    const instant = await summary({ from: '2025-01-01T10:00:00Z', to: '2025-01-01T10:00:00.001Z', instrument: 'ODI' });
    expect(instant.measures.map(capture)).toEqual([
      { instrument: 'ODI', episodes: 0, withFollowUp: 0, captureRate: null, requested: 1, answered: 1, medianResponseHours: 6 },
    ]);
    const t2Only = await summary({ therapistId: t2, instrument: 'ODI' });
    expect(t2Only.measures.map(capture)).toEqual([
      { instrument: 'ODI', episodes: 1, withFollowUp: 1, captureRate: 1, requested: 3, answered: 1, medianResponseHours: 48 },
    ]);
    const deep = await summary({ modality: 'DEEP_TISSUE', instrument: 'NDI' });
    expect(deep.measures.map(capture)).toEqual([
      { instrument: 'NDI', episodes: 0, withFollowUp: 0, captureRate: null, requested: 1, answered: 0, medianResponseHours: null },
    ]);
  });

  it('shows a therapist the capture over the patients they have sessions with', async () => {
    // T2 has sessions with P1 (E1), P3 and P4: ODI episodes E1 and E3; requests E1 ×2, E3 ×2, E4; answered at 6, 30, 48 h.
    const mine = await summary({ instrument: 'ODI' }, clinic.otherTherapist.token);
    expect(mine.measures.map(capture)).toEqual([
      { instrument: 'ODI', episodes: 2, withFollowUp: 2, captureRate: 1, requested: 5, answered: 3, medianResponseHours: 30 },
    ]);
  });

  it('says which points the patient answered by link', async () => {
    const result = await clinic.api.gql(PATIENT_SOURCES, { p: p1 }, clinic.owner.token);
    const { patientOutcomes, allAssessments } = result.data!;
    for (const m of patientOutcomes.measures) {
      expect(m).toEqual({
        instrument: m.instrument,
        baseline: { source: 'CLINICIAN_ENTERED' },
        latest: { source: 'PATIENT_REPORTED' },
        series: [{ source: 'CLINICIAN_ENTERED' }, { source: 'PATIENT_REPORTED' }],
      });
    }
    expect(patientOutcomes.measures.map((m) => m.instrument)).toEqual(['NPRS', 'ODI']);
    expect(allAssessments.map((a) => [a.instrument, a.source, a.recordedById])).toEqual([
      ['ODI', 'CLINICIAN_ENTERED', clinic.owner.id],
      ['NPRS', 'CLINICIAN_ENTERED', clinic.owner.id],
      ['ODI', 'PATIENT_REPORTED', null],
      ['NPRS', 'PATIENT_REPORTED', null],
    ]);
  });
});
