// A property-based fuzzer over every mutation of the committed schema: argument values are generated
// from each argument's type (wrong types, huge and hostile strings, boundary numbers, impossible
// dates, nulls, input objects with stray fields, enum values valid and not) and sent as variables
// over HTTP, as the fuzzer clinic's owner and sometimes anonymously. Every answer must be a clean
// one: no HTTP 5xx, no INTERNAL_SERVER_ERROR, only known error codes, and an error writes nothing
// (the clinic's rows, compared by checksum before and after). Successful calls may write.
//
// npm test runs a few cases per mutation with a fixed seed; FUZZ_RUNS=<n> runs more, FUZZ_SEED=<n>
// another seed. A failure prints the seed and the counterexample path that replay it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { startApi, type GqlResult, type TestApi } from '../support/api.js';
import { recordAssessment } from '../support/clinical-factories.js';
import { createStaff } from '../support/factories.js';
import { booked, localAt, schedulingClinic, type SchedulingClinic } from '../support/scheduling-factories.js';
import { closeDb, db } from '../support/sql.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 15);
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);

const KNOWN_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'CLEARANCE_REQUIRED',
  'INVALID_TRANSITION',
  'RATE_LIMITED',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
]);

const schema = buildSchema(readFileSync(path.join(__dirname, '../../schema.graphql'), 'utf8'));
const mutations = Object.values(schema.getMutationType()!.getFields());

// ---- hostile values -------------------------------------------------------------------------

const HUGE = 'x'.repeat(100_000);
const nastyString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '   padded   ',
    HUGE,
    '😀👩‍👩‍👧‍👦🏳️‍🌈',
    'مرحبا بالعالم', // right-to-left
    '\u202Eevil\u202C',
    'e\u0301\u0301\u0301\u0301', // stacked combining marks
    'Z̷̢̛̪͓̹̜̘̓̑a̶̧͚̓l̸̢̈́g̴͙̈́o̵̜̅',
    '\uD800', // lone high surrogate
    'a\uDC00b', // lone low surrogate
    'nul\u0000byte',
    '\u0001\u0007\u001b[31m\u007f',
    'line\nbreak\r\ttab',
    '\'; DROP TABLE "Patient"; --',
    '%s%n%x',
    '${7*7}{{7*7}}',
    '<script>alert(1)</script>',
    'NaN',
    'Infinity',
    '-0',
    '1e308',
    'null',
    'undefined',
    'true',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);
const boundaryNumber = fc.oneof(
  fc.constantFrom(0, -1, 1, 2 ** 31, -(2 ** 31), 2 ** 31 - 1, 2 ** 53, 1e308, -1e308, 0.5, -0.000001, Number.MAX_SAFE_INTEGER),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const wrongType = fc.oneof(
  boundaryNumber,
  fc.boolean(),
  nastyString,
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.string({ maxLength: 8 }), fc.integer())),
);
const dateTime = fc.oneof(
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom(
    '2027-02-30T15:00:00Z',
    '2027-13-01T00:00:00Z',
    '2027-01-01T24:00:00Z',
    '2027-01-01T10:00:00', // no offset
    '2027-01-01',
    '1',
    '0000-00-00T00:00:00Z',
    '+275760-09-13T00:00:00.001Z',
    '9999-12-31T23:59:59.999+14:00',
    '2026-03-08T02:30:00-05:00',
  ),
  fc.constantFrom(1, 0, -1, 1e308),
);

// ---- values from types ----------------------------------------------------------------------

interface Context {
  ids: string[];
}

const UNDEFINED = fc.constant(undefined);

function scalarArb(name: string, ctx: Context): fc.Arbitrary<unknown> {
  switch (name) {
    case 'ID':
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...ctx.ids) },
        { weight: 1, arbitrary: fc.uuid() },
        { weight: 1, arbitrary: nastyString },
        { weight: 1, arbitrary: wrongType },
      );
    case 'Int':
      return fc.oneof(
        { weight: 3, arbitrary: fc.integer({ min: -5, max: 200 }) },
        { weight: 2, arbitrary: boundaryNumber },
        { weight: 1, arbitrary: wrongType },
      );
    case 'Float':
      return fc.oneof(boundaryNumber, wrongType);
    case 'Boolean':
      return fc.oneof({ weight: 4, arbitrary: fc.boolean() }, { weight: 1, arbitrary: wrongType });
    case 'DateTime':
      return fc.oneof({ weight: 3, arbitrary: dateTime }, { weight: 1, arbitrary: wrongType });
    default:
      return fc.oneof(
        { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 30 }) },
        {
          weight: 1,
          arbitrary: fc.constantFrom('America/New_York', 'Europe/Paris', 'Not/AZone', '1980-05-17', 'a@b.co', 'pw-correct-horse-1'),
        },
        { weight: 3, arbitrary: nastyString },
        { weight: 1, arbitrary: wrongType },
      );
  }
}

function valueArb(type: GraphQLInputType, ctx: Context, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    return fc.oneof({ weight: 12, arbitrary: valueArb(type.ofType, ctx, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  }
  const nullable = (arb: fc.Arbitrary<unknown>) => fc.oneof({ weight: 8, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(null) });
  if (isListType(type)) {
    const item = valueArb(type.ofType, ctx, depth + 1);
    return nullable(
      fc.oneof(
        { weight: 6, arbitrary: fc.array(item, { maxLength: depth > 1 ? 2 : 6 }) },
        { weight: 1, arbitrary: item }, // a single value where a list is expected (GraphQL coerces it)
        { weight: 1, arbitrary: wrongType },
      ),
    );
  }
  if (isEnumType(type)) {
    const valid = type.getValues().map((v) => v.name);
    return nullable(
      fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...valid) },
        { weight: 1, arbitrary: fc.constantFrom(...valid.map((v) => v.toLowerCase()), 'NOT_A_VALUE', '') },
        { weight: 1, arbitrary: wrongType },
      ),
    );
  }
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant(null);
    const fields = Object.values(type.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) {
      const omit = isNonNullType(field.type) ? 1 : 3;
      record[field.name] = fc.oneof({ weight: 8, arbitrary: valueArb(field.type, ctx, depth + 1) }, { weight: omit, arbitrary: UNDEFINED });
    }
    const object = fc
      .tuple(
        fc.record(record),
        fc.option(fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), wrongType, { maxKeys: 2 }), { nil: undefined }),
      )
      .map(([known, stray]) => ({ ...(stray ?? {}), ...known }));
    return nullable(fc.oneof({ weight: 8, arbitrary: object }, { weight: 1, arbitrary: wrongType }));
  }
  if (isScalarType(type)) return nullable(scalarArb(type.name, ctx));
  throw new Error(`Unhandled input type ${String(type)}`);
}

function argsArb(field: GraphQLField<unknown, unknown>, ctx: Context): fc.Arbitrary<Record<string, unknown>> {
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const arg of field.args) {
    const omit = isNonNullType(arg.type) ? 1 : 4;
    record[arg.name] = fc.oneof({ weight: 10, arbitrary: valueArb(arg.type, ctx) }, { weight: omit, arbitrary: UNDEFINED });
  }
  return fc.record(record);
}

/** `mutation ($a: T!) { field(a: $a) { __typename } }`: every argument a variable, so the values are what varies. */
function documentOf(field: GraphQLField<unknown, unknown>): string {
  const defs = field.args.map((a: GraphQLArgument) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a: GraphQLArgument) => `${a.name}: $${a.name}`).join(', ');
  const selection = isScalarType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `mutation Fuzz${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

// ---- the clinic's state ---------------------------------------------------------------------

/** A checksum of every row of every table that has a clinicId, for one clinic. */
async function clinicChecksumQuery(): Promise<string> {
  const { rows } = await db().query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'clinicId' ORDER BY 1`,
  );
  const parts = rows.map(
    ({ table_name }) =>
      `'${table_name}', (SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM "${table_name}" t WHERE t."clinicId" = $1)`,
  );
  // The clinic's own row too (settings live there).
  parts.push(`'Clinic', (SELECT md5(c::text) FROM "Clinic" c WHERE c.id = $1)`);
  return `SELECT json_build_object(${parts.join(', ')}) AS state`;
}

describe('mutation fuzzer', () => {
  let api: TestApi;
  let s: SchedulingClinic;
  let ctx: Context;
  let stateQuery: string;
  let token: string;
  const state = async (): Promise<Record<string, string>> => (await db().query(stateQuery, [s.clinic.clinicId])).rows[0].state;

  beforeAll(async () => {
    api = await startApi();
    s = await schedulingClinic(api);
    token = s.owner.token;
    const desk = await createStaff(api, s.clinic, 'FRONT_DESK', 'Fuzz Desk');
    const session = await booked(api, token, {
      patientId: s.patientId,
      therapistId: s.therapist.id,
      serviceTypeId: s.service.id,
      roomId: s.room.id,
      startsAt: localAt(s.zone, 2, '10:00'),
    });
    const assessment = await recordAssessment(api, token, { patientId: s.patientId, instrument: 'NPRS', responses: [6] });
    // Never the owner's own user id: updateUser would deactivate the fuzzer's account on the first success.
    ctx = {
      ids: [
        s.patientId,
        s.therapist.id,
        s.therapist.staff.id,
        desk.id,
        s.room.id,
        s.service.id,
        session.id,
        assessment.id,
        assessment.episodeId,
      ].filter((id): id is string => !!id),
    };
    stateQuery = await clinicChecksumQuery();
  });

  afterAll(async () => {
    await closeDb();
    await api?.close();
  });

  it('covers every mutation of the schema', () => {
    expect(mutations.length).toBeGreaterThan(20);
  });

  for (const field of mutations) {
    it(`${field.name}: only clean errors, and an error writes nothing`, async () => {
      const document = documentOf(field);
      await fc.assert(
        fc.asyncProperty(argsArb(field, ctx), fc.integer({ min: 0, max: 9 }), async (variables, who) => {
          const anonymous = who === 0;
          const before = await state();
          let result: GqlResult<unknown>;
          try {
            result = await api.rawGql(document, variables, anonymous ? undefined : token);
          } catch (error) {
            throw new Error(`${field.name}: no JSON answer (${String(error)})`, { cause: error });
          }
          const brief = JSON.stringify({ status: result.status, errors: result.errors });
          expect({ status: result.status < 500, brief }).toEqual({ status: true, brief });
          for (const error of result.errors ?? []) {
            expect({ code: KNOWN_CODES.has(error.extensions?.code), error }).toEqual({ code: true, error });
          }
          if (result.errors?.length) {
            expect({ after: await state(), brief }).toEqual({ after: before, brief });
          }
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    });
  }
});
