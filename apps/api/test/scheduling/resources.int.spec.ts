// The scheduling resources in the react-admin convention: therapists (with hours and time off),
// rooms, service types, clinic settings and the session list; who may read and write each.
import { graphql } from '../graphql/index.js';
import type { ResourcesSessionListQueryVariables, SessionFilter } from '../graphql/graphql.js';
import { codeOf } from '../support/api.js';
import { setupSchedulingClinic } from '../support/clinic-setup.js';
import { createPatient, createStaff, type Staff } from '../support/factories.js';
import {
  booked,
  createRoom,
  createServiceType,
  createTherapist,
  localAt,
  schedulingClinic,
  setWorkingHours,
  type TestTherapist,
} from '../support/scheduling-factories.js';

const THERAPIST = graphql(`
  query ResourcesTherapist($id: ID!) {
    Therapist(id: $id) {
      id
      displayName
      credentials
      modalities
      active
      workingHours {
        weekday
        start
        end
      }
      timeOff {
        id
        reason
      }
    }
  }
`);
const SETTINGS = graphql(`
  query ResourcesClinicSettings {
    clinicSettings {
      name
      timezone
      slotStepMinutes
      minimumNoticeMinutes
      lateCancelWindowHours
    }
  }
`);
const UPDATE_SETTINGS = graphql(`
  mutation ResourcesUpdateClinicSettings($tz: String, $step: Int) {
    updateClinicSettings(timezone: $tz, slotStepMinutes: $step) {
      timezone
      slotStepMinutes
    }
  }
`);
const THERAPISTS = graphql(`
  query ResourcesTherapists($f: TherapistFilter) {
    allTherapists(filter: $f, sortField: "displayName") {
      id
      workingHours {
        weekday
      }
    }
    _allTherapistsMeta(filter: $f) {
      count
    }
  }
`);
const UPDATE_THERAPIST = graphql(`
  mutation ResourcesUpdateTherapist($id: ID!, $displayName: String, $modalities: [Modality!], $active: Boolean) {
    updateTherapist(id: $id, displayName: $displayName, modalities: $modalities, active: $active) {
      id
      displayName
      modalities
      active
    }
  }
`);
const HOT_STONE_THERAPISTS = graphql(`
  query ResourcesHotStoneTherapists {
    allTherapists(filter: { modality: HOT_STONE }) {
      id
    }
  }
`);
const ADD_TIME_OFF = graphql(`
  mutation ResourcesAddTimeOff($t: ID!, $a: DateTime!, $b: DateTime!, $r: String) {
    addTimeOff(therapistId: $t, startsAt: $a, endsAt: $b, reason: $r) {
      id
      therapistId
      reason
    }
  }
`);
const REMOVE_TIME_OFF = graphql(`
  mutation ResourcesRemoveTimeOff($id: ID!) {
    removeTimeOff(id: $id) {
      id
    }
  }
`);
const CREATE_ROOM = graphql(`
  mutation ResourcesCreateRoom($name: String!) {
    createRoom(name: $name) {
      id
    }
  }
`);
const GARDEN_ROOMS = graphql(`
  query ResourcesGardenRooms {
    allRooms(filter: { q: "garden" }) {
      id
      name
      active
    }
    _allRoomsMeta(filter: { q: "garden" }) {
      count
    }
  }
`);
const TINY_SERVICE = graphql(`
  mutation ResourcesTinyService {
    createServiceType(name: "Tiny", modality: SWEDISH, durationMinutes: 3) {
      id
    }
  }
`);
const DELETE_SERVICE_TYPE = graphql(`
  mutation ResourcesDeleteServiceType($id: ID!) {
    deleteServiceType(id: $id) {
      id
    }
  }
`);
const DELETE_ROOM = graphql(`
  mutation ResourcesDeleteRoom($id: ID!) {
    deleteRoom(id: $id) {
      id
    }
  }
`);
const SERVICE_TYPE = graphql(`
  query ResourcesServiceType($id: ID!) {
    ServiceType(id: $id) {
      id
    }
  }
`);
const CANCEL = graphql(`
  mutation ResourcesCancelSession($id: ID!) {
    cancelSession(id: $id, reason: "x") {
      id
    }
  }
`);
const SESSIONS = graphql(`
  query ResourcesSessionList($f: SessionFilter, $sortOrder: String) {
    allSessions(filter: $f, sortField: "startsAt", sortOrder: $sortOrder) {
      id
      status
      patient {
        id
        name
      }
      therapist {
        id
        displayName
      }
      serviceType {
        id
      }
      room {
        id
      }
    }
    _allSessionsMeta(filter: $f) {
      count
    }
  }
`);

describe('scheduling resources', () => {
  const s = setupSchedulingClinic();
  let frontDesk: Staff;
  let other: TestTherapist;

  beforeAll(async () => {
    [frontDesk, other] = await Promise.all([createStaff(s.api, s.clinic, 'FRONT_DESK'), createTherapist(s.api, s.clinic)]);
  });

  it('lets every staff member read the clinic settings and only the owner change them', async () => {
    for (const token of [s.owner.token, frontDesk.token, other.staff.token]) {
      expect((await s.api.gql(SETTINGS, {}, token)).data?.clinicSettings).toMatchObject({
        timezone: 'America/New_York',
        slotStepMinutes: 15,
        minimumNoticeMinutes: 60,
        lateCancelWindowHours: 24,
      });
    }
    expect(codeOf(await s.api.gql(UPDATE_SETTINGS, { step: 30 }, frontDesk.token))).toBe('FORBIDDEN');
    for (const [variables, field] of [
      [{ tz: 'Mars/Olympus' }, 'timezone'],
      [{ step: 3 }, 'slotStepMinutes'],
    ] as const) {
      const bad = await s.api.gql(UPDATE_SETTINGS, variables, s.owner.token);
      expect({ code: codeOf(bad), field: bad.errors?.[0]?.extensions.field }).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    const own = await schedulingClinic(s.api);
    expect((await s.api.gql(UPDATE_SETTINGS, { tz: 'Europe/London', step: 30 }, own.owner.token)).data?.updateClinicSettings).toEqual({
      timezone: 'Europe/London',
      slotStepMinutes: 30,
    });
  });

  it('lists therapists with their hours for every staff member; the owner edits any profile, a therapist only their own', async () => {
    const list = await s.api.gql(THERAPISTS, { f: { ids: [other.id] } }, frontDesk.token);
    expect(list.data?.allTherapists).toEqual([{ id: other.id, workingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday })) }]);
    expect(list.data?._allTherapistsMeta.count).toBe(1);
    expect(
      (
        await s.api.gql(
          UPDATE_THERAPIST,
          { id: other.id, displayName: 'Dr. Other', modalities: ['SWEDISH', 'HOT_STONE'] },
          other.staff.token,
        )
      ).data?.updateTherapist,
    ).toMatchObject({ displayName: 'Dr. Other', modalities: ['SWEDISH', 'HOT_STONE'] });
    expect(codeOf(await s.api.gql(UPDATE_THERAPIST, { id: other.id, active: false }, other.staff.token))).toBe('FORBIDDEN');
    expect(codeOf(await s.api.gql(UPDATE_THERAPIST, { id: s.therapist.id, displayName: 'Hijack' }, other.staff.token))).toBe('FORBIDDEN');
    expect(codeOf(await s.api.gql(UPDATE_THERAPIST, { id: other.id, displayName: 'x' }, frontDesk.token))).toBe('FORBIDDEN');
    const filtered = await s.api.gql(HOT_STONE_THERAPISTS, {}, s.owner.token);
    expect(filtered.data?.allTherapists).toEqual([{ id: other.id }]);
  });

  it('replaces working hours atomically; bad blocks name the field and change nothing', async () => {
    const t = await createTherapist(s.api, s.clinic, [{ weekday: 1, start: '09:00', end: '12:00' }]);
    const hours = [
      { weekday: 1, start: '09:00', end: '12:00' },
      { weekday: 1, start: '13:00', end: '17:00' },
      { weekday: 6, start: '09:00', end: '13:00' },
    ];
    expect((await setWorkingHours(s.api, s.owner.token, t.id, hours)).data?.setWorkingHours.workingHours).toEqual(hours);
    const cases: [typeof hours, string][] = [
      [[{ weekday: 1, start: '25:00', end: '12:00' }], 'hours[0].start'],
      [[{ weekday: 8, start: '09:00', end: '12:00' }], 'hours[0].weekday'],
      [[hours[0]!, hours[1]!, { weekday: 3, start: '09:00', end: '9pm' }], 'hours[2].end'],
      [[hours[0]!, { weekday: 1, start: '11:00', end: '14:00' }], 'hours[1]'],
    ];
    for (const [bad, field] of cases) {
      const result = await setWorkingHours(s.api, s.owner.token, t.id, bad);
      expect({ code: codeOf(result), field: result.errors?.[0]?.extensions.field }).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    expect(codeOf(await setWorkingHours(s.api, frontDesk.token, t.id, hours))).toBe('FORBIDDEN');
    expect(codeOf(await setWorkingHours(s.api, t.staff.token, t.id, hours))).toBe('FORBIDDEN');
    expect((await s.api.gql(THERAPIST, { id: t.id }, s.owner.token)).data?.Therapist.workingHours).toEqual(hours);
    expect((await setWorkingHours(s.api, s.owner.token, t.id, [])).data?.setWorkingHours.workingHours).toEqual([]);
    const foreign = await schedulingClinic(s.api);
    expect(codeOf(await setWorkingHours(s.api, s.owner.token, foreign.therapist.id, hours))).toBe('NOT_FOUND');
  });

  it('lets the owner or the therapist themself add and remove time off', async () => {
    const span = { a: localAt(s.zone, 50, '09:00'), b: localAt(s.zone, 52, '17:00') };
    const own = await s.api.gql(ADD_TIME_OFF, { t: other.id, ...span, r: 'conference' }, other.staff.token);
    expect(own.data?.addTimeOff).toMatchObject({ therapistId: other.id, reason: 'conference' });
    expect(codeOf(await s.api.gql(ADD_TIME_OFF, { t: s.therapist.id, ...span }, other.staff.token))).toBe('FORBIDDEN');
    expect(codeOf(await s.api.gql(ADD_TIME_OFF, { t: other.id, ...span }, frontDesk.token))).toBe('FORBIDDEN');
    const backwards = await s.api.gql(ADD_TIME_OFF, { t: other.id, a: span.b, b: span.a }, s.owner.token);
    expect({ code: codeOf(backwards), field: backwards.errors?.[0]?.extensions.field }).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'endsAt',
    });
    expect((await s.api.gql(THERAPIST, { id: other.id }, s.owner.token)).data?.Therapist.timeOff).toEqual([
      { id: own.data?.addTimeOff.id, reason: 'conference' },
    ]);
    expect(codeOf(await s.api.gql(REMOVE_TIME_OFF, { id: own.data!.addTimeOff.id }, s.owner.token))).toBeUndefined();
    expect((await s.api.gql(THERAPIST, { id: other.id }, s.owner.token)).data?.Therapist.timeOff).toEqual([]);
  });

  it('manages rooms and service types: owner writes, staff read, used ones cannot be deleted', async () => {
    expect(codeOf(await s.api.gql(CREATE_ROOM, { name: 'Front desk room' }, frontDesk.token))).toBe('FORBIDDEN');
    const room = await createRoom(s.api, s.owner.token, 'Garden room');
    expect(codeOf(await s.api.gql(CREATE_ROOM, { name: 'Garden room' }, s.owner.token))).toBe('CONFLICT');
    const rooms = await s.api.gql(GARDEN_ROOMS, {}, other.staff.token);
    expect(rooms.data).toEqual({ allRooms: [{ id: room.id, name: 'Garden room', active: true }], _allRoomsMeta: { count: 1 } });

    const service = await createServiceType(s.api, s.owner.token, {
      name: 'Hot stone 90',
      modality: 'HOT_STONE',
      durationMinutes: 90,
      bufferMinutes: 15,
    });
    const badService = await s.api.gql(TINY_SERVICE, {}, s.owner.token);
    expect({ code: codeOf(badService), field: badService.errors?.[0]?.extensions.field }).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'durationMinutes',
    });
    const patient = await createPatient(s.api, s.owner.token);
    await booked(s.api, s.owner.token, {
      patientId: patient.id,
      therapistId: s.therapist.id,
      serviceTypeId: service.id,
      roomId: room.id,
      startsAt: localAt(s.zone, 55, '10:00'),
    });
    const refusals = {
      deleteServiceType: await s.api.gql(DELETE_SERVICE_TYPE, { id: service.id }, s.owner.token),
      deleteRoom: await s.api.gql(DELETE_ROOM, { id: room.id }, s.owner.token),
    };
    for (const [op, refused] of Object.entries(refusals)) {
      expect({ op, code: codeOf(refused), message: refused.errors?.[0]?.message }).toEqual({
        op,
        code: 'CONFLICT',
        message: expect.stringContaining('deactivate'),
      });
    }
    const unused = await createServiceType(s.api, s.owner.token);
    expect(codeOf(await s.api.gql(DELETE_SERVICE_TYPE, { id: unused.id }, frontDesk.token))).toBe('FORBIDDEN');
    expect(codeOf(await s.api.gql(DELETE_SERVICE_TYPE, { id: unused.id }, s.owner.token))).toBeUndefined();
    expect(codeOf(await s.api.gql(SERVICE_TYPE, { id: unused.id }, s.owner.token))).toBe('NOT_FOUND');
  });

  it('lists sessions by therapist and date range, patient and status, with their people and places', async () => {
    const own = await schedulingClinic(s.api);
    const second = await createTherapist(s.api, own.clinic);
    const patient = await createPatient(s.api, own.owner.token);
    const mk = (therapistId: string, day: number, time: string, patientId = own.patientId) =>
      booked(s.api, own.owner.token, {
        patientId,
        therapistId,
        serviceTypeId: own.service.id,
        roomId: own.room.id,
        startsAt: localAt(own.zone, day, time),
      });
    const a = await mk(own.therapist.id, 3, '09:00');
    const b = await mk(own.therapist.id, 4, '09:00');
    const c = await mk(second.id, 3, '12:00', patient.id);
    await s.api.gql(CANCEL, { id: b.id }, own.owner.token);
    const q = async (f: SessionFilter, sortOrder: ResourcesSessionListQueryVariables['sortOrder'] = 'ASC') => {
      const r = await s.api.gql(SESSIONS, { f, sortOrder }, own.owner.token);
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      expect(r.data!._allSessionsMeta.count).toBe(r.data!.allSessions.length);
      return r.data!.allSessions;
    };
    const day3 = { from: localAt(own.zone, 3, '00:00'), to: localAt(own.zone, 4, '00:00') };
    expect((await q({ therapistId: own.therapist.id, ...day3 })).map((x) => x.id)).toEqual([a.id]);
    expect((await q(day3, 'DESC')).map((x) => x.id)).toEqual([c.id, a.id]);
    expect((await q({ patientId: patient.id })).map((x) => x.id)).toEqual([c.id]);
    expect((await q({ status: 'CANCELLED' })).map((x) => x.id)).toEqual([b.id]);
    const [row] = await q({ ids: [c.id] });
    expect(row).toMatchObject({
      patient: { id: patient.id, name: `${patient.firstName} ${patient.lastName}` },
      therapist: { id: second.id },
      room: { id: own.room.id },
    });
  });
});
