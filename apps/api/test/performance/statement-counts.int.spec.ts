// Issue 13 ("Scale"): the SQL statements a request sends must not grow with the rows it returns. With
// SQL_STATEMENT_COUNT on, every /graphql response says how many statements it sent (x-sql-statements);
// each case below asks the same shape for a page of SMALL rows and of LARGE rows and expects the same
// count. The cases are checked against the schema: every list query, every object field of a type
// a list returns, and every field with a resolver of its own needs a case, or an entry in NO_CASE
// saying why none is needed, so a field added later without one fails here ("no case for X").
//
// Operations are built from the schema at run time (one case per field), so they are sent as text,
// not through the generated graphql() documents the other suites use.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { startApi, type TestApi } from '../support/api.js';
import { therapistIdOf } from '../support/clinic-setup.js';
import { insertSession, insertTreatmentNote } from '../support/clinical-factories.js';
import { createPatient, createStaff, signUpClinic, type Staff, type TestClinic } from '../support/factories.js';
import { insertQuestionnaireRequest } from '../support/questionnaire-fixtures.js';
import { createRoom, createServiceType, EVERY_DAY_8_TO_20, localAt } from '../support/scheduling-factories.js';
import { closeDb } from '../support/sql.js';

const SMALL = 5;
const LARGE = 55;
const HEADER = 'x-sql-statements';

const sdl = buildSchema(readFileSync(path.join(__dirname, '../../schema.graphql'), 'utf8'));

/** Fields that need no case, with the reason; each must have no resolver of its own (checked below). */
const NO_CASE: Record<string, string> = {
  instruments: 'a fixed catalogue from libs/domain: its length never depends on stored rows',
  'InstrumentDefinition.items': 'part of the fixed instrument catalogue (libs/domain), built in memory',
  'OutcomeSummary.byModality': 'an aggregate computed in one service call (clinicOutcomes), not rows of a list',
  'OutcomeSummary.byTherapist': 'an aggregate computed in one service call (clinicOutcomes), not rows of a list',
  'OutcomeSummary.measures': 'an aggregate computed in one service call (clinicOutcomes), not rows of a list',
  'OutcomeSummary.reference': 'a published constant',
  'ModalityOutcomes.measures': 'part of the clinicOutcomes aggregate',
  'TherapistOutcomes.measures': 'part of the clinicOutcomes aggregate',
  'OutcomeStats.completers': 'part of the clinicOutcomes aggregate',
  'OutcomeStats.intentionToTreat': 'part of the clinicOutcomes aggregate',
  'PatientOutcomes.episode': "one patient's outcome, computed in one service call (patientOutcomes)",
  'PatientOutcomes.measures': "one patient's outcome, computed in one service call (patientOutcomes)",
  'MeasureOutcome.baseline': 'part of the patientOutcomes result',
  'MeasureOutcome.latest': 'part of the patientOutcomes result',
  'MeasureOutcome.series': 'part of the patientOutcomes result',
  'ReminderEffect.confirmed': 'an aggregate computed in one service call (reminderEffect)',
  'ReminderEffect.noShowsNotReminded': 'an aggregate computed in one service call (reminderEffect)',
  'ReminderEffect.noShowsReminded': 'an aggregate computed in one service call (reminderEffect)',
  'PatientQuestionnaire.licensedItemText': 'one questionnaire read by a patient link; the settings row is read once',
  'WeekStatistics.byTherapist': 'an aggregate computed in one service call (weekStatistics), not rows of a list',
  'WeekStatistics.confirmation': 'an aggregate computed in one service call (weekStatistics)',
};

/** Fields with a resolver of their own that compute from the parent alone (no database), with the reason. */
const PURE_RESOLVERS: Record<string, string> = {
  'ClinicSettings.questionnaireInstruments': 'one settings row per request; maps its stored list',
  'ClinicSettings.licensedItemText': 'one settings row per request; maps its stored list',
};

interface Sized {
  query: string;
  variables?: Record<string, unknown>;
}

interface Case {
  /** The operation for a result of `size` rows (SMALL or LARGE). */
  build(size: 'small' | 'large'): Sized;
  /** The rows the result holds, to prove each page really has its size. */
  rows(data: Record<string, unknown>): number;
}

interface Response {
  data: Record<string, unknown> | null;
  errors?: { message: string }[];
  statements: number;
}

let api: TestApi;
let clinic: TestClinic;
let owner: Staff;
let runtime: GraphQLSchema;
const ids = {
  bigPatient: '',
  smallPatient: '',
  bigNoteRoot: '',
  smallNoteRoot: '',
  bigAssessmentRoot: '',
  smallAssessmentRoot: '',
  bigSeries: '',
  smallSeries: '',
  slotTherapist: '',
  slotService: '',
};

async function send(query: string, variables: Record<string, unknown> = {}, token = owner.token): Promise<Response> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<Response, 'statements'>;
  const header = response.headers.get(HEADER);
  if (header === null) throw new Error(`no ${HEADER} header on the response`);
  return { ...body, statements: Number(header) };
}

async function must(query: string, variables: Record<string, unknown> = {}, token = owner.token): Promise<Record<string, any>> {
  const result = await send(query, variables, token);
  if (!result.data || result.errors) throw new Error(`${query.slice(0, 80)}: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** Runs `count` calls, `width` at a time. */
async function inBatches<T>(count: number, width: number, fn: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += width) {
    results.push(...(await Promise.all(Array.from({ length: Math.min(width, count - start) }, (_, k) => fn(start + k)))));
  }
  return results;
}

// ---------------------------------------------------------------------------------------------------
// Selections built from the schema

const isLeaf = (type: GraphQLNamedType) => isScalarType(type) || isEnumType(type);

/** Every leaf field without required arguments: what a client asking for "everything" of a row sends. */
function leaves(type: GraphQLObjectType): string {
  return Object.values(type.getFields())
    .filter((f) => isLeaf(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)))
    .map((f) => f.name)
    .join(' ');
}

/** The field with its leaves (or nothing more, for a leaf). */
function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  return isObjectType(named) ? `${field.name} { ${leaves(named)} }` : field.name;
}

// ---------------------------------------------------------------------------------------------------
// Where the rows of each type come from: a paged list, or a list of one parent with SMALL or LARGE rows

interface Source {
  /** The root field and its arguments for a size; `inner` is what each row selects. */
  build(size: 'small' | 'large', inner: string): Sized;
  rows(data: Record<string, unknown>): number;
}

const paged = (list: string): Source => ({
  build: (size, inner) => ({
    query: `query Q($n: Int) { ${list}(perPage: $n) { ${inner} } }`,
    variables: { n: size === 'small' ? SMALL : LARGE },
  }),
  rows: (data) => (data[list] as unknown[]).length,
});

const ofParent = (list: string, arg: string, argType: string, parent: (size: 'small' | 'large') => string): Source => ({
  build: (size, inner) => ({ query: `query Q($p: ${argType}) { ${list}(${arg}: $p) { ${inner} } }`, variables: { p: parent(size) } }),
  rows: (data) => (data[list] as unknown[]).length,
});

const nested = (root: string, rootArg: string, argType: string, field: string, parent: (size: 'small' | 'large') => string): Source => ({
  build: (size, inner) => ({
    query: `query Q($p: ${argType}) { ${root}(${rootArg}: $p) { id ${field} { ${inner} } } }`,
    variables: { p: parent(size) },
  }),
  rows: (data) => ((data[root] as Record<string, unknown[]>)[field] as unknown[]).length,
});

/** For each row type, the lists that return it (every one is measured). */
const SOURCES: Record<string, Source[]> = {
  Assessment: [
    paged('allAssessments'),
    ofParent('assessmentHistory', 'rootId', 'ID!', (s) => (s === 'small' ? ids.smallAssessmentRoot : ids.bigAssessmentRoot)),
  ],
  AuditEvent: [paged('allAuditEvents')],
  Episode: [paged('allEpisodes')],
  Message: [paged('allMessages')],
  Patient: [paged('allPatients')],
  QuestionnaireRequest: [paged('allQuestionnaireRequests')],
  Room: [paged('allRooms')],
  ServiceType: [paged('allServiceTypes')],
  Session: [
    paged('allSessions'),
    nested('SessionSeries', 'id', 'ID!', 'sessions', (s) => (s === 'small' ? ids.smallSeries : ids.bigSeries)),
  ],
  Therapist: [paged('allTherapists')],
  User: [paged('allUsers')],
  WaitlistEntry: [paged('allWaitlistEntries')],
  TreatmentNote: [
    ofParent('treatmentNotes', 'patientId', 'ID!', (s) => (s === 'small' ? ids.smallPatient : ids.bigPatient)),
    ofParent('treatmentNoteHistory', 'rootId', 'ID!', (s) => (s === 'small' ? ids.smallNoteRoot : ids.bigNoteRoot)),
  ],
  Screening: [ofParent('screenings', 'patientId', 'ID!', (s) => (s === 'small' ? ids.smallPatient : ids.bigPatient))],
  Clearance: [ofParent('clearances', 'patientId', 'ID!', (s) => (s === 'small' ? ids.smallPatient : ids.bigPatient))],
};

/** List fields of an object read alone (not from a list), by the parent with SMALL or LARGE rows. */
const NESTED_LISTS: Record<string, Source> = {
  'SessionSeries.sessions': nested('SessionSeries', 'id', 'ID!', 'sessions', (s) => (s === 'small' ? ids.smallSeries : ids.bigSeries)),
};

/** A list query with no paging and no parent: slots over one day or over many. */
const SLOTS: Case = {
  build: (size) => ({
    query: `query Q($t: ID!, $s: ID!, $from: DateTime!, $to: DateTime!) {
      availableSlots(therapistId: $t, serviceTypeId: $s, from: $from, to: $to) { ${leaves(sdl.getType('Slot') as GraphQLObjectType)} } }`,
    variables: {
      t: ids.slotTherapist,
      s: ids.slotService,
      from: localAt('America/New_York', 3, '08:00'),
      to: localAt('America/New_York', 3, size === 'small' ? '10:30' : '20:00'),
    },
  }),
  rows: (data) => (data.availableSlots as unknown[]).length,
};

// ---------------------------------------------------------------------------------------------------
// What must be covered, from the committed schema and the running one

const listQueries = () =>
  Object.values(sdl.getQueryType()!.getFields()).filter((f) => {
    const type = isNonNullType(f.type) ? f.type.ofType : f.type;
    return isListType(type) && isObjectType(getNamedType(f.type));
  });

/** Types some query returns, directly or through fields. */
function reachableTypes(): GraphQLObjectType[] {
  const seen = new Map<string, GraphQLObjectType>();
  const queue = Object.values(sdl.getQueryType()!.getFields()).map((f) => getNamedType(f.type));
  while (queue.length) {
    const type = queue.shift()!;
    if (!isObjectType(type) || seen.has(type.name)) continue;
    seen.set(type.name, type);
    for (const f of Object.values(type.getFields())) queue.push(getNamedType(f.type));
  }
  return [...seen.values()];
}

/**
 * A field has a resolver of its own in the running schema (@ResolveField). Nest gives every other field
 * the same property-reading resolver, whose source is read here from a field known to be plain (Room.name).
 */
function hasResolver(typeName: string, fieldName: string): boolean {
  const plain = String((runtime.getType('Room') as GraphQLObjectType).getFields().name!.resolve);
  const type = runtime.getType(typeName);
  const resolve = isObjectType(type) ? type.getFields()[fieldName]?.resolve : undefined;
  return resolve !== undefined && String(resolve) !== plain;
}

/** `Type.field` for every object field of a reachable type, and every field with a resolver of its own. */
function fieldsNeedingCases(): string[] {
  const names: string[] = [];
  for (const type of reachableTypes()) {
    for (const field of Object.values(type.getFields())) {
      if (isObjectType(getNamedType(field.type)) || hasResolver(type.name, field.name)) names.push(`${type.name}.${field.name}`);
    }
  }
  return names.sort();
}

/** The cases of one field: the field asked of every list its type comes from. */
function casesOf(name: string): [string, Case][] {
  const [typeName, fieldName] = name.split('.') as [string, string];
  const type = sdl.getType(typeName) as GraphQLObjectType;
  const field = type.getFields()[fieldName]!;
  const list = NESTED_LISTS[name];
  if (list) {
    const rowType = getNamedType(field.type) as GraphQLObjectType;
    return [[name, { build: (size) => list.build(size, leaves(rowType)), rows: list.rows }]];
  }
  return (SOURCES[typeName] ?? []).map((source, i) => [
    `${name} (source ${i + 1})`,
    { build: (size) => source.build(size, `id ${selectionOf(field)}`), rows: source.rows },
  ]);
}

function listCases(): [string, Case][] {
  return listQueries().flatMap((q): [string, Case][] => {
    if (q.name === 'availableSlots') return [[q.name, SLOTS]];
    const type = getNamedType(q.type) as GraphQLObjectType;
    const source = (SOURCES[type.name] ?? []).find((s) => s.build('small', '').query.includes(`{ ${q.name}(`));
    return source ? [[q.name, { build: (size) => source.build(size, leaves(type)), rows: source.rows }]] : [];
  });
}

/** Shapes the admin and the benchmark ask, beyond one field at a time. */
const SHAPES: [string, Case][] = [
  [
    "the admin's day schedule: sessions with patient, therapist and its working hours and time off, service and room",
    {
      build: (size) =>
        paged('allSessions').build(
          size,
          `id startsAt endsAt blockedUntil status notes seriesId lateCancel cancelReason overrideReason confirmedAt
           patient { id name dateOfBirth complaintRegion clearanceStatus }
           therapist { id userId displayName workingHours { weekday start end } timeOff { id startsAt endsAt } }
           serviceType { id name modality durationMinutes bufferMinutes }
           room { id name }
           precautions { key label }`,
        ),
      rows: paged('allSessions').rows,
    },
  ],
  [
    'wait list entries with patient, service and therapist with working hours',
    {
      build: (size) =>
        paged('allWaitlistEntries').build(
          size,
          `id patient { id name } serviceType { id name } therapist { id workingHours { weekday start end } timeOff { id } } offers { id } windows { weekday }`,
        ),
      rows: paged('allWaitlistEntries').rows,
    },
  ],
];

// ---------------------------------------------------------------------------------------------------
// The clinic: LARGE of everything (and a patient, a note, an assessment and a series with SMALL rows)

async function seedClinic(): Promise<void> {
  clinic = await signUpClinic(api);
  owner = clinic.owner;
  const zone = 'America/New_York';
  const therapistStaff = await inBatches(LARGE, 10, (i) => createStaff(api, clinic, 'THERAPIST', `Therapist ${i}`));
  const therapists = await inBatches(LARGE, 10, (i) => therapistIdOf(therapistStaff[i]!.id));
  await inBatches(LARGE, 10, (i) =>
    must(`mutation M($t: ID!, $h: [WorkingBlockInput!]!) { setWorkingHours(therapistId: $t, hours: $h) { id } }`, {
      t: therapists[i],
      h: EVERY_DAY_8_TO_20,
    }),
  );
  await inBatches(LARGE, 10, (i) =>
    must(
      `mutation M($t: ID!, $s: DateTime!, $e: DateTime!) { addTimeOff(therapistId: $t, startsAt: $s, endsAt: $e, reason: "Leave") { id } }`,
      {
        t: therapists[i],
        s: localAt(zone, 200, '08:00'),
        e: localAt(zone, 201, '08:00'),
      },
    ),
  );
  const rooms = await inBatches(LARGE, 10, () => createRoom(api, owner.token));
  const services = await inBatches(LARGE, 10, (i) =>
    createServiceType(api, owner.token, { modality: i % 2 ? 'DEEP_TISSUE' : 'SWEDISH', durationMinutes: 60, bufferMinutes: 15 }),
  );
  const patients = await inBatches(LARGE, 10, (i) => createPatient(api, owner.token, { email: `patient${i}@example.com` }));
  ids.bigPatient = patients[0]!.id;
  ids.smallPatient = patients[1]!.id;
  ids.slotTherapist = therapists[2]!;
  ids.slotService = services[2]!.id;

  // Screenings: one per patient; the big patient LARGE and the small one SMALL, each with a contraindication
  // a clearance then clears (a clearance is refused unless one is needed), so they get as many clearances.
  const screen = (patientId: string, contraindicated: boolean) =>
    must(`mutation M($i: RecordScreeningInput!) { recordScreening(input: $i) { id } }`, {
      i: { patientId, acuteInjury: contraindicated, suspectedFracture: false, severeNerveSymptoms: false, recentSpinalSurgery: false },
    });
  await inBatches(LARGE - 2, 10, (i) => screen(patients[i + 2]!.id, false));
  await Promise.all(
    [
      [patients[0]!.id, LARGE],
      [patients[1]!.id, SMALL],
    ].map(async ([patientId, count]) => {
      for (let k = 0; k < (count as number); k++) {
        await screen(patientId as string, true);
        await must(`mutation M($i: RecordClearanceInput!) { recordClearance(input: $i) { id } }`, {
          i: { patientId, clinician: 'Dr. Jane Smith, MD', note: 'Cleared for massage' },
        });
      }
    }),
  );

  // Sessions booked through the API (with their reminders in the outbox), one per therapist, room, service and patient.
  await inBatches(LARGE, 10, (i) =>
    must(`mutation M($i: BookSessionInput!) { bookSession(input: $i) { id } }`, {
      i: {
        patientId: patients[i]!.id,
        therapistId: therapists[i],
        serviceTypeId: services[i]!.id,
        roomId: rooms[i]!.id,
        startsAt: localAt(zone, 2, '10:00'),
      },
    }),
  );
  // Two series, of LARGE and SMALL occurrences (daily, after the single sessions).
  const series = async (t: number, count: number) =>
    (
      await must(`mutation M($i: BookSeriesInput!) { bookSeries(input: $i) { id } }`, {
        i: {
          patientId: patients[t]!.id,
          therapistId: therapists[t],
          serviceTypeId: services[t]!.id,
          startsAt: localAt(zone, 4, '14:00'),
          repeat: { frequency: 'DAILY', interval: 1, count },
        },
      })
    ).bookSeries.id as string;
  ids.bigSeries = await series(3, 52);
  ids.smallSeries = await series(4, SMALL);

  // Assessments: one per patient (each opens an episode); the first amended to LARGE versions, the second to SMALL.
  const odi = [2, 2, 2, 2, 2, 2, 2, 2, 2, 2];
  const assessments = await inBatches(
    LARGE,
    10,
    async (i) =>
      (
        await must(`mutation M($i: RecordAssessmentInput!) { recordAssessment(input: $i) { id episodeId } }`, {
          i: { patientId: patients[i]!.id, instrument: 'ODI', responses: odi },
        })
      ).recordAssessment as { id: string; episodeId: string },
  );
  ids.bigAssessmentRoot = assessments[0]!.id;
  ids.smallAssessmentRoot = assessments[1]!.id;
  for (const [root, versions] of [
    [assessments[0]!.id, LARGE],
    [assessments[1]!.id, SMALL],
  ] as const) {
    let latest = root;
    for (let v = 1; v < versions; v++) {
      const amended = await must(`mutation M($id: ID!, $r: [Int]!) { amendAssessment(id: $id, responses: $r, reason: "Typo") { id } }`, {
        id: latest,
        r: odi.map((x, k) => (k === v % 10 ? 3 : x)),
      });
      latest = amended.amendAssessment.id as string;
    }
  }

  // Questionnaire requests (fixtures, see questionnaire-fixtures.ts): a progress request per episode.
  await inBatches(LARGE, 10, (i) =>
    insertQuestionnaireRequest({
      clinicId: clinic.clinicId,
      patientId: patients[i]!.id,
      episodeId: assessments[i]!.episodeId,
      instruments: ['ODI'],
      occasion: 'PROGRESS',
      sequence: 4,
      sendAt: new Date(Date.now() + 86_400_000).toISOString(),
    }),
  );

  // Treatment notes (fixtures, see clinical-factories.ts): LARGE for the big patient, SMALL for the small one,
  // each by a different therapist; then one note of each amended through the API to LARGE and SMALL versions.
  for (const [p, count] of [
    [0, LARGE],
    [1, SMALL],
  ] as const) {
    const notes = await inBatches(count, 10, async (k) => {
      const session = await insertSession({
        clinicId: clinic.clinicId,
        patientId: patients[p]!.id,
        therapistId: therapists[k]!,
        serviceTypeId: services[k]!.id,
        createdById: owner.id,
        status: 'COMPLETED',
      });
      return insertTreatmentNote(clinic.clinicId, session.id, therapistStaff[k]!.id);
    });
    let latest = notes[0]!;
    for (let v = 1; v < count; v++) {
      const amended = await must(
        `mutation M($id: ID!, $i: TreatmentNoteInput!) { amendTreatmentNote(id: $id, input: $i, reason: "Clarified") { id } }`,
        { id: latest, i: { patientResponse: `Relaxed ${v}`, pressure: 'LIGHT', regions: ['LOWER_BACK'], techniques: ['SWEDISH'] } },
      );
      latest = amended.amendTreatmentNote.id as string;
    }
    if (p === 0) ids.bigNoteRoot = notes[0]!;
    else ids.smallNoteRoot = notes[0]!;
  }

  // The wait list: one entry per patient, each with a therapist and a window.
  await inBatches(LARGE, 10, (i) =>
    must(`mutation M($i: CreateWaitlistEntryInput!) { createWaitlistEntry(input: $i) { id } }`, {
      i: {
        patientId: patients[i]!.id,
        serviceTypeId: services[i]!.id,
        therapistId: therapists[i],
        windows: [{ weekday: 1 + (i % 7), startTime: '09:00', endTime: '12:00' }],
      },
    }),
  );
}

beforeAll(async () => {
  api = await startApi({ SQL_STATEMENT_COUNT: 'true' });
  runtime = api.server.app.get(GraphQLSchemaHost).schema;
  await seedClinic();
}, 600_000);

afterAll(async () => {
  await api?.close();
  await closeDb();
});

describe('SQL statements per request', () => {
  it('has a case for every list query and every nested field, or says why none is needed', () => {
    const covered = new Set([...listCases().map(([name]) => name)]);
    const missing: string[] = [];
    for (const q of listQueries()) if (!covered.has(q.name) && !NO_CASE[q.name]) missing.push(`no case for ${q.name}`);
    for (const name of fieldsNeedingCases()) {
      if (NO_CASE[name] || PURE_RESOLVERS[name]) continue;
      if (casesOf(name).length === 0) missing.push(`no case for ${name}`);
    }
    expect(missing).toEqual([]);
    // What needs no case is only ever plain data of its parent: a resolver there could query per row.
    expect(Object.keys(NO_CASE).filter((name) => name.includes('.') && hasResolver(...(name.split('.') as [string, string])))).toEqual([]);
    // And the pure resolvers are on types only one row of which is ever returned per request.
    expect(Object.keys(PURE_RESOLVERS).filter((name) => (SOURCES[name.split('.')[0]!] ?? []).length > 0)).toEqual([]);
  });

  const measure = async (c: Case, size: 'small' | 'large') => {
    const { query, variables } = c.build(size);
    const result = await send(query, variables);
    if (!result.data || result.errors) throw new Error(`${query}: ${JSON.stringify(result.errors)}`);
    return { rows: c.rows(result.data), statements: result.statements };
  };

  // Built lazily: the ids exist only once beforeAll has seeded the clinic.
  const everyCase = (): [string, Case][] => [
    ...listCases(),
    ...fieldsNeedingCases()
      .filter((name) => !NO_CASE[name] && !PURE_RESOLVERS[name])
      .flatMap(casesOf),
    ...SHAPES,
  ];

  it('sends as many statements for a page of LARGE rows as for SMALL, for every case', async () => {
    const results: { name: string; small: number; large: number; smallRows: number; largeRows: number }[] = [];
    for (const [name, c] of everyCase()) {
      const small = await measure(c, 'small');
      const large = await measure(c, 'large');
      results.push({ name, small: small.statements, large: large.statements, smallRows: small.rows, largeRows: large.rows });
    }
    // Each case really compared a small result with a large one.
    const thin = results
      .filter((r) => !(r.largeRows >= 2 * r.smallRows && r.largeRows >= 10))
      .map((r) => `${r.name}: ${r.smallRows} vs ${r.largeRows} rows`);
    expect(thin).toEqual([]);
    const growing = results
      .filter((r) => r.large !== r.small)
      .map((r) => `${r.name}: ${r.small} statements for ${r.smallRows} rows, ${r.large} for ${r.largeRows}`);
    expect(growing).toEqual([]);
  }, 300_000);

  it('counts each request its own statements when requests run at the same time', async () => {
    const [, heavy] = SHAPES[0]!;
    const light: Case = { build: (size) => paged('allRooms').build(size, 'id name'), rows: paged('allRooms').rows };
    const alone = { heavy: await measure(heavy, 'large'), light: await measure(light, 'small') };
    expect(alone.heavy.statements).not.toBe(alone.light.statements);
    // More requests at once than the pool has connections (10), so statements wait for a connection
    // another request releases: each must still count against the request that sent it.
    const together = await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? measure(heavy, 'large') : measure(light, 'small'))));
    expect(together.map((r, i) => r.statements === (i % 2 ? alone.heavy : alone.light).statements)).toEqual(together.map(() => true));
  }, 120_000);

  it('sends no header when SQL_STATEMENT_COUNT is off', async () => {
    const plain = await startApi();
    try {
      const response = await fetch(`${plain.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.token}` },
        body: JSON.stringify({ query: '{ allRooms(perPage: 1) { id } }' }),
      });
      expect(response.status).toBe(200);
      expect(response.headers.get(HEADER)).toBeNull();
    } finally {
      await plain.close();
    }
  });
});
