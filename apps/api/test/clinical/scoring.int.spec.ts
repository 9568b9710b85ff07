// Scoring vectors through the API for every instrument (PRODUCT.md section 5): the server computes
// score, normalized and band from the responses, and refuses bad responses naming the item, storing
// nothing (no assessment, and no episode opened for it either).
import { graphql } from '../graphql/index.js';
import type { Instrument } from '../graphql/graphql.js';
import { codeOf } from '../support/api.js';
import { setupClinic } from '../support/clinic-setup.js';
import { patientOfTherapist, RECORD, recordAssessment } from '../support/clinical-factories.js';
import { countRows } from '../support/sql.js';

const rmdq = (yes: number) => Array.from({ length: 24 }, (_, i) => (i < yes ? 1 : 0));
const ACTIVITIES = ['Lifting my toddler', 'Gardening', 'Sitting through a work meeting', 'Driving an hour', 'Running for the bus'];
const GET = graphql(`
  query ScoringAssessment($id: ID!) {
    Assessment(id: $id) {
      id
      instrument
      responses
      activities
    }
  }
`);
const SCORE_ONLY = graphql(`
  mutation ScoringRecordScoreOnly($input: RecordAssessmentInput!) {
    recordAssessment(input: $input) {
      score
    }
  }
`);
const INSTRUMENT_DEFINITIONS = graphql(`
  query ScoringInstruments {
    instruments {
      code
      name
      domain
      minItems
      maxItems
      maxMissing
      mcid
      higherIsBetter
      items {
        key
        label
        min
        max
        optional
      }
    }
  }
`);

describe('assessment scoring through the API', () => {
  const clinic = setupClinic();
  let patientId: string;

  beforeAll(async () => {
    patientId = (await patientOfTherapist(clinic)).id;
  });

  it.each([
    ['NPRS', [7], 7, 70, null],
    ['NPRS', [0], 0, 0, null],
    ['PEG', [1, 1, 2], 1.33, 13.33, null],
    ['PEG', [10, 10, 10], 10, 100, null],
    ['ODI', [5, 4, 3, 2, 1, 0, 1, 2, 3, 4], 50, 50, 'SEVERE'],
    // one skipped section: 21 / (5 × 9) = 46.666…
    ['ODI', [5, 4, 3, 2, 1, 0, 1, 2, 3, null], 46.67, 46.67, 'SEVERE'],
    // two skipped sections: 16 / (5 × 8) = 40, still MODERATE at the band's upper bound
    ['ODI', [2, 2, null, 2, 2, 2, 2, null, 2, 2], 40, 40, 'MODERATE'],
    ['ODI', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1], 20, 20, 'MINIMAL'],
    ['ODI', [5, 5, 5, 5, 5, 5, 5, 5, 5, 4], 98, 98, 'BED_BOUND'],
    ['NDI', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1], 20, 20, null],
    ['NDI', [3, 3, 3, null, 3, 3, 3, 3, 3, 3], 60, 60, null],
    ['RMDQ', rmdq(9), 9, 37.5, null],
    ['RMDQ', rmdq(24), 24, 100, null],
    ['PSFS', [3, 4, 5], 4, 60, null],
    ['PSFS', [2, 4, 6, 8, 10], 6, 40, null],
    ['PSFS', [10, 10, 10, 10], 10, 0, null],
  ] as [Instrument, (number | null)[], number, number, string | null][])(
    '%s %j scores %d (normalized %d, band %s)',
    async (instrument, responses, score, normalized, band) => {
      const activities = instrument === 'PSFS' ? ACTIVITIES.slice(0, responses.length) : undefined;
      const a = await recordAssessment(clinic.api, clinic.therapist.token, { patientId, instrument, responses, activities });
      expect(a).toMatchObject({ instrument, responses, activities: activities ?? [], score, normalized, band, version: 1, isLatest: true });
      expect(a.rootId).toBe(a.id);
      expect(a.domain).toBe(instrument === 'NPRS' || instrument === 'PEG' ? 'PAIN' : 'FUNCTION');
    },
  );

  it.each([
    ['ODI with three skipped sections', 'ODI', [1, null, 1, null, 1, null, 1, 1, 1, 1], 'responses', /at most 2 missing/],
    ['NDI with three skipped items', 'NDI', [null, null, null, 1, 1, 1, 1, 1, 1, 1], 'responses', /at most 2 missing/],
    ['NPRS above 10', 'NPRS', [11], 'responses[0]', /from 0 to 10/],
    ['NPRS below 0', 'NPRS', [-1], 'responses[0]', /from 0 to 10/],
    ['an ODI section of 6', 'ODI', [0, 0, 0, 6, 0, 0, 0, 0, 0, 0], 'responses[3]', /Walking/],
    ['ODI with 9 sections', 'ODI', [0, 0, 0, 0, 0, 0, 0, 0, 0], 'responses', /expects 10 responses, got 9/],
    ['PEG with a skipped item', 'PEG', [3, null, 4], 'responses[1]', /missing/],
    ['RMDQ with a 2', 'RMDQ', rmdq(3).map((v, i) => (i === 5 ? 2 : v)), 'responses[5]', /from 0 to 1/],
    ['RMDQ with 23 items', 'RMDQ', rmdq(3).slice(1), 'responses', /expects 24/],
    ['PSFS with 2 activities', 'PSFS', [4, 5], 'responses', /3 to 5/],
    ['PSFS with 6 activities', 'PSFS', [4, 5, 5, 5, 5, 5], 'responses', /3 to 5/],
    ['no responses at all', 'NPRS', [], 'responses', /expects 1/],
  ] as [string, Instrument, (number | null)[], string, RegExp][])(
    'refuses %s naming the item, and stores nothing',
    async (_name, instrument, responses, field, message) => {
      const before = await countRows('Assessment', `"patientId" = $1`, [patientId]);
      const episodesBefore = await countRows('EpisodeOfCare', `"patientId" = $1`, [patientId]);
      const result = await clinic.api.gql(RECORD, { input: { patientId, instrument, responses } }, clinic.therapist.token);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.extensions.field).toBe(field);
      const issues = result.errors![0]!.extensions.issues as { field: string; message: string }[];
      expect(issues.some((i) => i.field === field && message.test(i.message))).toBe(true);
      expect(await countRows('Assessment', `"patientId" = $1`, [patientId])).toBe(before);
      expect(await countRows('EpisodeOfCare', `"patientId" = $1`, [patientId])).toBe(episodesBefore);
    },
  );

  describe('PSFS activity names', () => {
    it('stores the names trimmed, one per response, and returns them', async () => {
      const a = await recordAssessment(clinic.api, clinic.therapist.token, {
        patientId,
        instrument: 'PSFS',
        responses: [2, 5, 7],
        activities: ['  Lifting my toddler ', 'Gardening', 'Sitting through a work meeting'],
      });
      expect(a).toMatchObject({
        responses: [2, 5, 7],
        activities: ['Lifting my toddler', 'Gardening', 'Sitting through a work meeting'],
        score: 4.67,
      });
      const read = await clinic.api.gql(GET, { id: a.id }, clinic.owner.token);
      expect(read.data!.Assessment).toEqual({
        id: a.id,
        instrument: 'PSFS',
        responses: [2, 5, 7],
        activities: ['Lifting my toddler', 'Gardening', 'Sitting through a work meeting'],
      });
    });

    it('returns no names for other instruments', async () => {
      expect(
        (await recordAssessment(clinic.api, clinic.therapist.token, { patientId, instrument: 'NPRS', responses: [5], activities: [] }))
          .activities,
      ).toEqual([]);
    });

    it.each([
      ['no names at all', 'PSFS', [3, 4, 5], undefined, 'input.activities', /one activity name per response: 3, got 0/],
      [
        'fewer names than responses',
        'PSFS',
        [3, 4, 5, 6],
        ACTIVITIES.slice(0, 3),
        'input.activities',
        /one activity name per response: 4, got 3/,
      ],
      [
        'more names than responses',
        'PSFS',
        [3, 4, 5],
        ACTIVITIES.slice(0, 4),
        'input.activities',
        /one activity name per response: 3, got 4/,
      ],
      ['a blank name', 'PSFS', [3, 4, 5], ['Gardening', '   ', 'Driving an hour'], 'input.activities[1]', /Activity 2 needs a name/],
      ['an empty name', 'PSFS', [3, 4, 5], ['Gardening', 'Driving an hour', ''], 'input.activities[2]', /Activity 3 needs a name/],
      ['a name over 80 characters', 'PSFS', [3, 4, 5], ['Gardening', 'x'.repeat(81), 'Driving'], 'input.activities', /80 characters/],
      ['names on NPRS', 'NPRS', [4], ['Pain'], 'input.activities', /only PSFS takes activity names/],
      ['names on ODI', 'ODI', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1], ACTIVITIES.slice(0, 1), 'input.activities', /only PSFS/],
    ] as [string, Instrument, number[], string[] | undefined, string, RegExp][])(
      'refuses %s naming the item, and stores nothing',
      async (_name, instrument, responses, activities, field, message) => {
        const before = await countRows('Assessment', `"patientId" = $1`, [patientId]);
        const episodesBefore = await countRows('EpisodeOfCare', `"patientId" = $1`, [patientId]);
        const result = await clinic.api.gql(RECORD, { input: { patientId, instrument, responses, activities } }, clinic.therapist.token);
        expect(codeOf(result)).toBe('BAD_USER_INPUT');
        expect(result.errors![0]!.extensions.field).toBe(field);
        const issues = result.errors![0]!.extensions.issues as { field: string; message: string }[];
        expect(issues.some((i) => i.field === field && message.test(i.message))).toBe(true);
        expect(await countRows('Assessment', `"patientId" = $1`, [patientId])).toBe(before);
        expect(await countRows('EpisodeOfCare', `"patientId" = $1`, [patientId])).toBe(episodesBefore);
      },
    );

    it('names every blank activity at once', async () => {
      const result = await clinic.api.gql(
        RECORD,
        { input: { patientId, instrument: 'PSFS', responses: [3, 4, 5, 6], activities: ['', 'Gardening', ' ', 'Driving'] } },
        clinic.owner.token,
      );
      const issues = result.errors![0]!.extensions.issues as { field: string }[];
      expect(issues.map((i) => i.field)).toEqual(['input.activities[0]', 'input.activities[2]']);
    });
  });

  it('lists every issue at once', async () => {
    const result = await clinic.api.gql(
      RECORD,
      { input: { patientId, instrument: 'ODI', responses: [9, 0, 0, -2, 0, 0, 0, 0, 0, 0] } },
      clinic.owner.token,
    );
    const issues = result.errors![0]!.extensions.issues as { field: string }[];
    expect(issues.map((i) => i.field)).toEqual(['responses[0]', 'responses[3]']);
  });

  it.each([
    ['a fraction', [1.5]],
    ['a string', ['3']],
    ['a boolean', [true]],
  ])('refuses %s at the GraphQL layer with BAD_USER_INPUT and stores nothing', async (_name, responses) => {
    const before = await countRows('Assessment', `"patientId" = $1`, [patientId]);
    // Not a typed call: the variables are of the wrong type on purpose.
    const result = await clinic.api.rawGql(String(RECORD), { input: { patientId, instrument: 'NPRS', responses } }, clinic.owner.token);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toMatch(/responses\[0\]/);
    expect(await countRows('Assessment', `"patientId" = $1`, [patientId])).toBe(before);
  });

  it('refuses an unknown instrument', async () => {
    const result = await clinic.api.rawGql(String(RECORD), { input: { patientId, instrument: 'VAS', responses: [3] } }, clinic.owner.token);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
  });

  it('ignores a score sent by the client: the input has no such field', async () => {
    const result = await clinic.api.rawGql(
      String(SCORE_ONLY),
      { input: { patientId, instrument: 'NPRS', responses: [4], score: 0 } },
      clinic.owner.token,
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
  });

  it('exposes the instrument definitions with section names and ranges', async () => {
    const result = await clinic.api.gql(INSTRUMENT_DEFINITIONS, {}, clinic.frontDesk.token);
    const byCode = Object.fromEntries(result.data!.instruments.map((d) => [d.code, d]));
    expect(Object.keys(byCode)).toEqual(['NPRS', 'PEG', 'ODI', 'NDI', 'RMDQ', 'PSFS']);
    expect(byCode.ODI).toMatchObject({ maxMissing: 2, mcid: 10, domain: 'FUNCTION' });
    expect(byCode.ODI!.items.map((i) => i.label)).toContain('Lifting');
    expect(byCode.PSFS).toMatchObject({ minItems: 3, maxItems: 5, higherIsBetter: true });
    expect(byCode.PSFS!.items[3]).toMatchObject({ optional: true, min: 0, max: 10 });
    expect(byCode.PEG!.mcid).toBeNull();
  });
});
