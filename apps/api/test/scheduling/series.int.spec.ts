// bookSeries: every occurrence checked, all or nothing, every failing occurrence listed with its date;
// occurrences cancelled alone or with the rest of the series.
import { DateTime } from 'luxon';
import { graphql } from '../graphql/index.js';
import type { RepeatInput } from '../graphql/graphql.js';
import { codeOf, unique } from '../support/api.js';
import { setupSchedulingClinic } from '../support/clinic-setup.js';
import { createPatient } from '../support/factories.js';
import { BOOK_SERIES, booked, countSessions, createTherapist, localAt, nextDstDays, onDate } from '../support/scheduling-factories.js';
import { sql } from '../support/sql.js';

const CANCEL = graphql(`
  mutation SeriesCancel($id: ID!, $scope: CancelScope) {
    cancelSession(id: $id, reason: "moving away", scope: $scope) {
      id
      status
    }
  }
`);
const SERIES = graphql(`
  query SeriesGet($id: ID!) {
    SessionSeries(id: $id) {
      id
      sessions {
        id
        status
        startsAt
      }
    }
  }
`);

describe('bookSeries', () => {
  const s = setupSchedulingClinic();

  const input = (patientId: string, startsAt: string, repeat: RepeatInput, extra: { idempotencyKey?: string } = {}) => ({
    input: { patientId, therapistId: s.therapist.id, serviceTypeId: s.service.id, roomId: s.room.id, startsAt, repeat, ...extra },
  });

  it('books weekly occurrences at the same local time across a daylight-saving change', async () => {
    const patient = await createPatient(s.api, s.owner.token);
    // Start three weeks before the next DST switch (on the same weekday), so the series crosses it.
    const { springForward, fallBack } = nextDstDays(s.zone);
    const switchDay = [springForward, fallBack].sort().find((d) => DateTime.fromISO(d) > DateTime.now().plus({ weeks: 4 }))!;
    const first = DateTime.fromISO(switchDay, { zone: s.zone }).minus({ weeks: 3 }).plus({ days: 1 });
    const startsAt = onDate(s.zone, first.toISODate()!, '10:00');
    const result = await s.api.gql(BOOK_SERIES, input(patient.id, startsAt, { frequency: 'WEEKLY', interval: 1, count: 8 }), s.owner.token);
    expect(codeOf(result)).toBeUndefined();
    const series = result.data!.bookSeries;
    expect(series).toMatchObject({ frequency: 'WEEKLY', interval: 1, count: 8 });
    expect(series.sessions).toHaveLength(8);
    const locals = series.sessions.map((x) => DateTime.fromISO(x.startsAt, { zone: s.zone }));
    expect(new Set(locals.map((d) => d.toFormat('ccc HH:mm')))).toEqual(new Set([first.toFormat('ccc') + ' 10:00']));
    expect(new Set(locals.map((d) => d.offset)).size).toBe(2);
    expect(new Set(series.sessions.map((x) => x.seriesId))).toEqual(new Set([series.id]));
    expect(new Set(series.sessions.map((x) => x.episodeId)).size).toBe(1);
  });

  it('writes nothing when one occurrence conflicts, and lists every conflicting occurrence with its date', async () => {
    const [patient, other] = await Promise.all([createPatient(s.api, s.owner.token), createPatient(s.api, s.owner.token)]);
    const blockers = [
      await booked(s.api, s.owner.token, {
        patientId: other.id,
        therapistId: s.therapist.id,
        serviceTypeId: s.service.id,
        startsAt: localAt(s.zone, 30 + 14, '10:30'),
      }),
      await booked(s.api, s.owner.token, {
        patientId: other.id,
        therapistId: s.therapist.id,
        serviceTypeId: s.service.id,
        startsAt: localAt(s.zone, 30 + 35, '09:30'),
      }),
    ];
    const before = {
      sessions: await countSessions(s.api, s.owner.token),
      series: await sql(`SELECT count(*)::int AS n FROM "SessionSeries" WHERE "clinicId" = $1`, [s.clinic.clinicId]),
    };
    const result = await s.api.gql(
      BOOK_SERIES,
      input(patient.id, localAt(s.zone, 30, '10:00'), { frequency: 'WEEKLY', interval: 1, count: 8 }),
      s.owner.token,
    );
    expect(codeOf(result)).toBe('CONFLICT');
    const ext = result.errors![0]!.extensions;
    expect(ext.occurrences).toEqual([
      {
        index: 2,
        startsAt: new Date(localAt(s.zone, 44, '10:00')).toISOString(),
        localDate: DateTime.now().setZone(s.zone).plus({ days: 44 }).toISODate(),
        rule: 'OVERLAP',
        message: expect.any(String),
        sessionIds: [blockers[0]!.id],
      },
      {
        index: 5,
        startsAt: expect.any(String),
        localDate: DateTime.now().setZone(s.zone).plus({ days: 65 }).toISODate(),
        rule: 'OVERLAP',
        message: expect.any(String),
        sessionIds: [blockers[1]!.id],
      },
    ]);
    expect(new Set(ext.sessionIds as string[])).toEqual(new Set(blockers.map((b) => b.id)));
    expect(result.errors![0]!.message).toContain(DateTime.now().setZone(s.zone).plus({ days: 44 }).toISODate()!);
    expect(await countSessions(s.api, s.owner.token)).toBe(before.sessions);
    expect(await sql(`SELECT count(*)::int AS n FROM "SessionSeries" WHERE "clinicId" = $1`, [s.clinic.clinicId])).toEqual(before.series);
    expect(await sql(`SELECT count(*)::int AS n FROM "EpisodeOfCare" WHERE "patientId" = $1`, [patient.id])).toEqual([{ n: 0 }]);
  });

  it('lists occurrences on days the therapist does not work as BAD_USER_INPUT, writing nothing', async () => {
    const weekdays = await createTherapist(
      s.api,
      s.clinic,
      [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00' })),
    );
    const patient = await createPatient(s.api, s.owner.token);
    const result = await s.api.gql(
      BOOK_SERIES,
      {
        input: {
          patientId: patient.id,
          therapistId: weekdays.id,
          serviceTypeId: s.service.id,
          startsAt: localAt(s.zone, 7, '10:00'),
          repeat: { frequency: 'DAILY', interval: 1, count: 7 },
        },
      },
      s.owner.token,
    );
    expect({ code: codeOf(result), field: result.errors?.[0]?.extensions.field }).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.startsAt',
    });
    const weekend = (result.errors![0]!.extensions.occurrences as { localDate: string; rule: string }[]).map((o) => [
      DateTime.fromISO(o.localDate).weekday,
      o.rule,
    ]);
    expect(weekend.sort()).toEqual([
      [6, 'OUTSIDE_WORKING_HOURS'],
      [7, 'OUTSIDE_WORKING_HOURS'],
    ]);
    expect(await countSessions(s.api, s.owner.token, { patientId: patient.id })).toBe(0);
  });

  it('refuses a bad repeat rule naming the field', async () => {
    const patient = await createPatient(s.api, s.owner.token);
    const cases: [RepeatInput, string][] = [
      [{ frequency: 'WEEKLY', interval: 1, count: 53 }, 'input.repeat.count'],
      [{ frequency: 'WEEKLY', interval: 0, count: 4 }, 'input.repeat.interval'],
      [{ frequency: 'MONTHLY', interval: 1, count: 0 }, 'input.repeat.count'],
    ];
    for (const [repeat, field] of cases) {
      const result = await s.api.gql(BOOK_SERIES, input(patient.id, localAt(s.zone, 9, '10:00'), repeat), s.owner.token);
      expect({ code: codeOf(result), field: result.errors?.[0]?.extensions.field }).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    expect(await countSessions(s.api, s.owner.token, { patientId: patient.id })).toBe(0);
  });

  it('returns the same series for a retried idempotency key', async () => {
    const patient = await createPatient(s.api, s.owner.token);
    const variables = input(
      patient.id,
      localAt(s.zone, 100, '15:00'),
      { frequency: 'MONTHLY', interval: 1, count: 3 },
      { idempotencyKey: unique('series-') },
    );
    const [a, b] = [await s.api.gql(BOOK_SERIES, variables, s.owner.token), await s.api.gql(BOOK_SERIES, variables, s.owner.token)];
    expect(b.data?.bookSeries.id).toBe(a.data?.bookSeries.id);
    expect(await countSessions(s.api, s.owner.token, { patientId: patient.id })).toBe(3);
  });

  it('cancels one occurrence alone, or it and every later one still booked', async () => {
    const patient = await createPatient(s.api, s.owner.token);
    const result = await s.api.gql(
      BOOK_SERIES,
      input(patient.id, localAt(s.zone, 120, '16:00'), { frequency: 'DAILY', interval: 2, count: 6 }),
      s.owner.token,
    );
    const ids = result.data!.bookSeries.sessions.map((x) => x.id);
    expect((await s.api.gql(CANCEL, { id: ids[1]! }, s.owner.token)).data?.cancelSession.status).toBe('CANCELLED');
    expect((await s.api.gql(CANCEL, { id: ids[3]!, scope: 'THIS_AND_FOLLOWING' }, s.owner.token)).data?.cancelSession.status).toBe(
      'CANCELLED',
    );
    const after = await s.api.gql(SERIES, { id: result.data!.bookSeries.id }, s.owner.token);
    expect(after.data?.SessionSeries.sessions.map((x) => x.status)).toEqual([
      'BOOKED',
      'CANCELLED',
      'BOOKED',
      'CANCELLED',
      'CANCELLED',
      'CANCELLED',
    ]);
  });
});
