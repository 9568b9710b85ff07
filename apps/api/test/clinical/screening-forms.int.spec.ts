// The screening form asked in practice, over the real API: red flags need a clearance before booking
// like contraindications, precautions only warn the therapist for the modalities they concern, the
// answers are stored against the form version asked, and a missing or unknown answer is refused by
// name with nothing written.
import { CURRENT_SCREENING_VERSION, screeningForm } from '@backtrack/domain';
import { graphql } from '../graphql/index.js';
import { codeOf } from '../support/api.js';
import { setupSchedulingClinic } from '../support/clinic-setup.js';
import { createPatient } from '../support/factories.js';
import { book, booked, createServiceType, localAt } from '../support/scheduling-factories.js';
import { countRows, closeDb } from '../support/sql.js';

const SCREEN = graphql(`
  mutation ScreeningFormRecord($input: RecordScreeningInput!) {
    recordScreening(input: $input) {
      id
      formVersion
      contraindications
      patientClearanceStatus
      answers {
        key
        kind
        label
        yes
      }
    }
  }
`);

const SESSION_PRECAUTIONS = graphql(`
  query ScreeningFormPrecautions($id: ID!) {
    Session(id: $id) {
      id
      precautions {
        key
        label
        advice
        modalities
      }
    }
  }
`);

const FOUR = { acuteInjury: false, suspectedFracture: false, severeNerveSymptoms: false, recentSpinalSurgery: false };

function answers(yes: string[] = []) {
  return screeningForm(CURRENT_SCREENING_VERSION).questions.map((q) => ({ key: q.key, yes: yes.includes(q.key) }));
}

describe('screening forms', () => {
  const s = setupSchedulingClinic();
  afterAll(closeDb);

  it('asks for clearance on a red flag, and booking waits for it', async () => {
    const { id: patientId } = await createPatient(s.api, s.owner.token);
    const screened = await s.api.gql(SCREEN, { input: { patientId, ...FOUR, answers: answers(['saddleNumbness']) } }, s.owner.token);
    expect(screened.errors).toBeUndefined();
    expect(screened.data?.recordScreening).toMatchObject({
      formVersion: CURRENT_SCREENING_VERSION,
      contraindications: [],
      patientClearanceStatus: 'NEEDS_MEDICAL_CLEARANCE',
    });
    const saddle = screened.data?.recordScreening.answers.find((a) => a.key === 'saddleNumbness');
    expect(saddle).toEqual({ key: 'saddleNumbness', kind: 'RED_FLAG', label: expect.stringMatching(/saddle/), yes: true });
    const refused = await book(s.api, s.owner.token, {
      patientId,
      therapistId: s.therapist.id,
      serviceTypeId: s.service.id,
      startsAt: localAt(s.zone, 3, '10:00'),
    });
    expect(codeOf(refused)).toBe('CLEARANCE_REQUIRED');
  });

  it('books a patient with a precaution, and warns for the modalities it concerns only', async () => {
    const { id: patientId } = await createPatient(s.api, s.owner.token);
    const screened = await s.api.gql(SCREEN, { input: { patientId, ...FOUR, answers: answers(['anticoagulants']) } }, s.owner.token);
    expect(screened.data?.recordScreening.patientClearanceStatus).toBe('NOT_REQUIRED');
    // The suite's service is deep tissue: blood thinners matter there
    const deep = await booked(s.api, s.owner.token, {
      patientId,
      therapistId: s.therapist.id,
      serviceTypeId: s.service.id,
      startsAt: localAt(s.zone, 4, '10:00'),
    });
    const warned = await s.api.gql(SESSION_PRECAUTIONS, { id: deep.id }, s.therapist.staff.token);
    expect(warned.data?.Session.precautions).toEqual([
      {
        key: 'anticoagulants',
        label: 'Takes blood thinners (anticoagulants)',
        advice: expect.stringMatching(/light pressure/),
        modalities: expect.arrayContaining(['DEEP_TISSUE']),
      },
    ]);
    const swedish = await createServiceType(s.api, s.owner.token, { modality: 'SWEDISH' });
    const gentle = await booked(s.api, s.owner.token, {
      patientId,
      therapistId: s.therapist.id,
      serviceTypeId: swedish.id,
      startsAt: localAt(s.zone, 5, '10:00'),
    });
    expect((await s.api.gql(SESSION_PRECAUTIONS, { id: gentle.id }, s.owner.token)).data?.Session.precautions).toEqual([]);
  });

  it('refuses a missing, unknown or contradicting answer by name, writing nothing', async () => {
    const { id: patientId } = await createPatient(s.api, s.owner.token);
    const before = await countRows('Screening', '"patientId" = $1', [patientId]);
    const partial = answers().filter((a) => a.key !== 'suspectedDvt');
    const bad = await s.api.gql(
      SCREEN,
      { input: { patientId, ...FOUR, acuteInjury: true, answers: [...partial, { key: 'starSign', yes: false }] } },
      s.owner.token,
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect((bad.errors?.[0]?.extensions.issues as { field: string }[]).map((i) => i.field)).toEqual([
      'input.answers.starSign',
      'input.answers.suspectedDvt',
      'input.answers.acuteInjury',
    ]);
    expect(await countRows('Screening', '"patientId" = $1', [patientId])).toBe(before);
  });

  it('keeps recording the four contraindications alone as form 1', async () => {
    const { id: patientId } = await createPatient(s.api, s.owner.token);
    const screened = await s.api.gql(SCREEN, { input: { patientId, ...FOUR, acuteInjury: true } }, s.owner.token);
    expect(screened.data?.recordScreening).toMatchObject({
      formVersion: 1,
      contraindications: ['acuteInjury'],
      patientClearanceStatus: 'NEEDS_MEDICAL_CLEARANCE',
    });
    expect(screened.data?.recordScreening.answers.map((a) => [a.key, a.yes])).toEqual([
      ['acuteInjury', true],
      ['suspectedFracture', false],
      ['severeNerveSymptoms', false],
      ['recentSpinalSurgery', false],
    ]);
  });
});
