// Amendments never overwrite: version n+1 with a reason, the old version readable, lists showing the
// latest version only, and concurrent amendments of one version resolved by the database.
import { codeOf } from '../support/api.js';
import { setupClinic } from '../support/clinic-setup.js';
import { AMEND, patientOfTherapist, recordAssessment } from '../support/clinical-factories.js';
import { countRows } from '../support/sql.js';
import { graphql } from '../graphql/index.js';
import type { Instrument } from '../graphql/graphql.js';

const GET = graphql(`
  query AmendmentsAssessment($id: ID!) {
    Assessment(id: $id) {
      id
      rootId
      version
      isLatest
      score
      responses
      amendReason
    }
  }
`);
const LIST = graphql(`
  query AmendmentsList($filter: AssessmentFilter) {
    allAssessments(filter: $filter) {
      id
      version
      score
    }
    _allAssessmentsMeta(filter: $filter) {
      count
    }
  }
`);
const HISTORY = graphql(`
  query AmendmentsHistory($rootId: ID!) {
    assessmentHistory(rootId: $rootId) {
      id
      version
      isLatest
      score
      amendReason
    }
  }
`);
const GET_PSFS = graphql(`
  query AmendmentsPsfs($id: ID!) {
    Assessment(id: $id) {
      version
      isLatest
      responses
      activities
    }
  }
`);
const PSFS_HISTORY = graphql(`
  query AmendmentsPsfsHistory($rootId: ID!) {
    assessmentHistory(rootId: $rootId) {
      version
      responses
      activities
    }
  }
`);
const ACTIVITIES = ['Lifting my toddler', 'Gardening', 'Sitting through a work meeting'];

describe('assessment amendments', () => {
  const clinic = setupClinic();
  let patientId: string;

  beforeAll(async () => {
    patientId = (await patientOfTherapist(clinic)).id;
  });

  it('creates version 2 with the reason and keeps version 1 readable; lists show the latest only', async () => {
    const v1 = await recordAssessment(clinic.api, clinic.therapist.token, { patientId, instrument: 'NPRS', responses: [8] });
    const amended = await clinic.api.gql(AMEND, { id: v1.id, responses: [6], reason: 'Patient meant 6, typo' }, clinic.therapist.token);
    const v2 = amended.data!.amendAssessment;
    expect(v2).toMatchObject({ rootId: v1.id, version: 2, isLatest: true, score: 6, normalized: 60, amendReason: 'Patient meant 6, typo' });
    expect(v2.id).not.toBe(v1.id);

    const old = await clinic.api.gql(GET, { id: v1.id }, clinic.owner.token);
    expect(old.data!.Assessment).toEqual({
      id: v1.id,
      rootId: v1.id,
      version: 1,
      isLatest: false,
      score: 8,
      responses: [8],
      amendReason: null,
    });

    const latest = await clinic.api.gql(LIST, { filter: { patientId, instrument: 'NPRS' } }, clinic.owner.token);
    expect(latest.data!.allAssessments).toEqual([{ id: v2.id, version: 2, score: 6 }]);
    expect(latest.data!._allAssessmentsMeta.count).toBe(1);

    const all = await clinic.api.gql(LIST, { filter: { rootId: v1.id, allVersions: true } }, clinic.owner.token);
    expect(all.data!._allAssessmentsMeta.count).toBe(2);

    const v3 = (await clinic.api.gql(AMEND, { id: v2.id, responses: [5], reason: 'Re-asked the patient' }, clinic.owner.token)).data!
      .amendAssessment;
    const history = await clinic.api.gql(HISTORY, { rootId: v1.id }, clinic.therapist.token);
    expect(history.data!.assessmentHistory).toEqual([
      { id: v1.id, version: 1, isLatest: false, score: 8, amendReason: null },
      { id: v2.id, version: 2, isLatest: false, score: 6, amendReason: 'Patient meant 6, typo' },
      { id: v3.id, version: 3, isLatest: true, score: 5, amendReason: 'Re-asked the patient' },
    ]);
  });

  it('refuses to amend a superseded version (CONFLICT) and refuses invalid responses storing nothing', async () => {
    const v1 = await recordAssessment(clinic.api, clinic.owner.token, {
      patientId,
      instrument: 'ODI',
      responses: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3],
    });
    await clinic.api.gql(AMEND, { id: v1.id, responses: [2, 3, 3, 3, 3, 3, 3, 3, 3, 3], reason: 'Wrong box ticked' }, clinic.owner.token);
    expect(
      codeOf(
        await clinic.api.gql(AMEND, { id: v1.id, responses: [1, 3, 3, 3, 3, 3, 3, 3, 3, 3], reason: 'stale edit' }, clinic.owner.token),
      ),
    ).toBe('CONFLICT');

    const before = await countRows('Assessment', `"rootId" = $1`, [v1.id]);
    const bad = await clinic.api.gql(
      AMEND,
      {
        id: (await clinic.api.gql(HISTORY, { rootId: v1.id }, clinic.owner.token)).data!.assessmentHistory[1]!.id,
        responses: [1, null, null, null, 3, 3, 3, 3, 3, 3],
        reason: 'skip three',
      },
      clinic.owner.token,
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions.field).toBe('responses');
    expect(await countRows('Assessment', `"rootId" = $1`, [v1.id])).toBe(before);
  });

  it('keeps the PSFS activity names unless new ones are given; each version keeps its own', async () => {
    const v1 = await recordAssessment(clinic.api, clinic.therapist.token, {
      patientId,
      instrument: 'PSFS',
      responses: [2, 3, 4],
      activities: ACTIVITIES,
    });
    const kept = await clinic.api.gql(
      AMEND,
      { id: v1.id, responses: [2, 3, 5], reason: 'Misread the third rating' },
      clinic.therapist.token,
    );
    expect(kept.data!.amendAssessment).toMatchObject({ version: 2, responses: [2, 3, 5], activities: ACTIVITIES, score: 3.33 });

    const renamed = ['Lifting my toddler', 'Weeding the garden', 'Sitting through a work meeting', 'Driving an hour'];
    const replaced = await clinic.api.gql(
      AMEND,
      {
        id: kept.data!.amendAssessment.id,
        responses: [2, 3, 5, 6],
        activities: [' Lifting my toddler', 'Weeding the garden ', 'Sitting through a work meeting', 'Driving an hour'],
        reason: 'Patient named a fourth activity',
      },
      clinic.therapist.token,
    );
    expect(replaced.data!.amendAssessment).toMatchObject({ version: 3, responses: [2, 3, 5, 6], activities: renamed, score: 4 });

    expect((await clinic.api.gql(GET_PSFS, { id: v1.id }, clinic.owner.token)).data!.Assessment).toEqual({
      version: 1,
      isLatest: false,
      responses: [2, 3, 4],
      activities: ACTIVITIES,
    });
    expect((await clinic.api.gql(PSFS_HISTORY, { rootId: v1.id }, clinic.owner.token)).data!.assessmentHistory).toEqual([
      { version: 1, responses: [2, 3, 4], activities: ACTIVITIES },
      { version: 2, responses: [2, 3, 5], activities: ACTIVITIES },
      { version: 3, responses: [2, 3, 5, 6], activities: renamed },
    ]);
  });

  it.each([
    ['a fourth rating without a fourth name', 'PSFS', [2, 3, 4, 5], undefined, 'activities', /one activity name per response: 4, got 3/],
    ['a blank new name', 'PSFS', [2, 3, 4], ['Gardening', 'Driving', '  '], 'activities[2]', /Activity 3 needs a name/],
    ['names on NPRS', 'NPRS', [4], ['Pain'], 'activities', /only PSFS/],
  ] as [string, Instrument, number[], string[] | undefined, string, RegExp][])(
    'refuses an amendment with %s naming the item, and stores nothing',
    async (_name, instrument, responses, activities, field, message) => {
      const v1 = await recordAssessment(clinic.api, clinic.owner.token, {
        patientId,
        instrument,
        responses: instrument === 'PSFS' ? [2, 3, 4] : [5],
        activities: instrument === 'PSFS' ? ACTIVITIES : undefined,
      });
      const result = await clinic.api.gql(AMEND, { id: v1.id, responses, activities, reason: 'Corrected' }, clinic.owner.token);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.extensions.field).toBe(field);
      const issues = result.errors![0]!.extensions.issues as { field: string; message: string }[];
      expect(issues.some((i) => i.field === field && message.test(i.message))).toBe(true);
      expect(await countRows('Assessment', `"rootId" = $1`, [v1.id])).toBe(1);
      expect(await countRows('Assessment', `"rootId" = $1 AND "isLatest"`, [v1.id])).toBe(1);
    },
  );

  it('requires a reason', async () => {
    const v1 = await recordAssessment(clinic.api, clinic.owner.token, { patientId, instrument: 'NPRS', responses: [3] });
    const result = await clinic.api.gql(AMEND, { id: v1.id, responses: [4], reason: '' }, clinic.owner.token);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions.field).toBe('reason');
  });

  it('lets exactly one of 8 concurrent amendments of the same version win', async () => {
    const v1 = await recordAssessment(clinic.api, clinic.owner.token, { patientId, instrument: 'NPRS', responses: [9] });
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        clinic.api.gql(AMEND, { id: v1.id, responses: [i], reason: `concurrent ${i}` }, clinic.owner.token),
      ),
    );
    expect(results.filter((r) => r.data?.amendAssessment).length).toBe(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT').length).toBe(7);
    expect(await countRows('Assessment', `"rootId" = $1`, [v1.id])).toBe(2);
    expect(await countRows('Assessment', `"rootId" = $1 AND "isLatest"`, [v1.id])).toBe(1);
  });
});
