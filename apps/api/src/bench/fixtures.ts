// What the benchmark asks about, picked from the seeded database itself: the clinic with the most
// assessments, its busiest days, patients with outcome series, name prefixes to search by, and for the
// booking run 32 therapists (of the two largest clinics) each with patients of its own.
import pg from 'pg';

export interface BookingClient {
  clinicId: string;
  email: string;
  therapistId: string;
  roomId: string | null;
  serviceTypeId: string;
  durationMinutes: number;
  blockedMinutes: number;
  patientIds: string[];
}

export interface Fixtures {
  dataset: { clinics: number; therapists: number; patients: number; sessions: number; assessments: number };
  clinic: { id: string; name: string; timezone: string; ownerEmail: string; frontDeskEmail: string };
  /** Active therapists of the clinic with the service they most often give. */
  therapists: { id: string; serviceTypeId: string }[];
  /** The clinic's busiest days of the last month: [local midnight, next local midnight). */
  days: { from: Date; to: Date }[];
  outcomePatientIds: string[];
  searchPrefixes: string[];
  /** The therapist with the most completed sessions, for the filtered clinicOutcomes. */
  outcomeTherapistId: string;
  bookingClients: BookingClient[];
}

const PATIENTS_PER_BOOKING_CLIENT = 30;

export async function pickFixtures(databaseUrl: string, bookingClients: number): Promise<Fixtures> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'backtrack-bench' });
  await client.connect();
  try {
    const one = async <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) => (await client.query<T>(text, values)).rows;
    const [dataset] = await one<Fixtures['dataset']>(
      `SELECT (SELECT count(*) FROM "Clinic")::int AS clinics, (SELECT count(*) FROM "Therapist")::int AS therapists,
              (SELECT count(*) FROM "Patient")::int AS patients, (SELECT count(*) FROM "Session")::int AS sessions,
              (SELECT count(*) FROM "Assessment")::int AS assessments`,
    );
    const clinics = await one<{ id: string; name: string; timezone: string }>(
      `SELECT c.id, c.name, c.timezone FROM "Clinic" c
         JOIN (SELECT "clinicId", count(*) AS n FROM "Assessment" GROUP BY 1) a ON a."clinicId" = c.id
        ORDER BY a.n DESC, c.id LIMIT 2`,
    );
    if (!clinics.length) throw new Error('the database has no clinic with assessments: seed it first (npm run seed -- --scale large)');
    const clinic = clinics[0];
    const email = async (clinicId: string, role: string) =>
      (
        await one<{ email: string }>(`SELECT email FROM "User" WHERE "clinicId" = $1 AND role = $2 AND active ORDER BY email LIMIT 1`, [
          clinicId,
          role,
        ])
      )[0]?.email;
    const ownerEmail = await email(clinic.id, 'OWNER');
    const frontDeskEmail = await email(clinic.id, 'FRONT_DESK');
    if (!ownerEmail || !frontDeskEmail) throw new Error(`clinic ${clinic.name} has no active owner or front desk account`);

    // Each therapist's usual service and room, from their latest sessions.
    const therapistRows = async (clinicId: string) =>
      one<{ id: string; serviceTypeId: string; roomId: string | null; durationMinutes: number; blockedMinutes: number }>(
        `SELECT DISTINCT ON (t.id) t.id, s."serviceTypeId", s."roomId", st."durationMinutes", st."durationMinutes" + st."bufferMinutes" AS "blockedMinutes"
           FROM "Therapist" t
           JOIN "Session" s ON s."clinicId" = t."clinicId" AND s."therapistId" = t.id
           JOIN "ServiceType" st ON st."clinicId" = s."clinicId" AND st.id = s."serviceTypeId"
          WHERE t."clinicId" = $1 AND t.active AND s."startsAt" < now()
          ORDER BY t.id, s."startsAt" DESC`,
        [clinicId],
      );
    const therapists = await therapistRows(clinic.id);
    const days = (
      await one<{ day: string }>(
        `SELECT to_char(("startsAt" AT TIME ZONE $2)::date, 'YYYY-MM-DD') AS day FROM "Session"
          WHERE "clinicId" = $1 AND "startsAt" > now() - interval '30 days' AND "startsAt" < now()
          GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 10`,
        [clinic.id, clinic.timezone],
      )
    ).map((r) => r.day);
    const dayRanges = await Promise.all(
      days.map(async (day) => {
        const [row] = await one<{ from: Date; to: Date }>(
          `SELECT ($1::date)::timestamp AT TIME ZONE $2 AS from, ($1::date + 1)::timestamp AT TIME ZONE $2 AS to`,
          [day, clinic.timezone],
        );
        return row;
      }),
    );
    const outcomePatientIds = (
      await one<{ patientId: string }>(
        `SELECT a."patientId" FROM "Assessment" a
           JOIN "EpisodeOfCare" e ON e."clinicId" = a."clinicId" AND e.id = a."episodeId" AND e."dischargedAt" IS NULL
          WHERE a."clinicId" = $1 AND a."isLatest"
          GROUP BY 1 HAVING count(*) >= 6 ORDER BY 1 LIMIT 200`,
        [clinic.id],
      )
    ).map((r) => r.patientId);
    const searchPrefixes = (
      await one<{ prefix: string }>(
        `SELECT DISTINCT lower(left("lastName", 3)) AS prefix FROM "Patient" WHERE "clinicId" = $1 ORDER BY 1 LIMIT 40`,
        [clinic.id],
      )
    ).map((r) => r.prefix);
    const [outcomeTherapist] = await one<{ therapistId: string }>(
      `SELECT "therapistId" FROM "Session" WHERE "clinicId" = $1 AND status = 'COMPLETED' GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
      [clinic.id],
    );

    // Booking: half the clients in each of the two largest clinics, each with its own therapist and patients.
    const clients: BookingClient[] = [];
    for (const [i, c] of clinics.entries()) {
      const wanted = Math.ceil(bookingClients / clinics.length) - (i === 1 ? bookingClients % clinics.length : 0);
      const rows = (await therapistRows(c.id)).slice(0, wanted);
      const frontDesk = await email(c.id, 'FRONT_DESK');
      const patients = (
        await one<{ id: string }>(
          `SELECT id FROM "Patient" WHERE "clinicId" = $1 AND "clearanceStatus" <> 'NEEDS_MEDICAL_CLEARANCE' ORDER BY id LIMIT $2`,
          [c.id, rows.length * PATIENTS_PER_BOOKING_CLIENT],
        )
      ).map((r) => r.id);
      rows.forEach((t, k) =>
        clients.push({
          clinicId: c.id,
          email: frontDesk!,
          therapistId: t.id,
          roomId: t.roomId,
          serviceTypeId: t.serviceTypeId,
          durationMinutes: t.durationMinutes,
          blockedMinutes: t.blockedMinutes,
          patientIds: patients.slice(k * PATIENTS_PER_BOOKING_CLIENT, (k + 1) * PATIENTS_PER_BOOKING_CLIENT),
        }),
      );
    }
    return {
      dataset,
      clinic: { ...clinic, ownerEmail, frontDeskEmail },
      therapists: therapists.map((t) => ({ id: t.id, serviceTypeId: t.serviceTypeId })),
      days: dayRanges,
      outcomePatientIds,
      searchPrefixes,
      outcomeTherapistId: outcomeTherapist.therapistId,
      bookingClients: clients,
    };
  } finally {
    await client.end();
  }
}

/** Active sessions that overlap another of the same therapist, room or patient (buffers included): must be 0. */
export async function countOverlaps(databaseUrl: string, therapistIds: string[], from: Date, to: Date): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'backtrack-bench' });
  await client.connect();
  try {
    // One probe per party, each along its exclusion constraint's own GiST index.
    const overlapping = (party: string) => `EXISTS (
         SELECT 1 FROM "Session" b
          WHERE b."clinicId" = a."clinicId" AND b."${party}" = a."${party}" AND b.id <> a.id
            AND b.status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED') AND b."overrideReason" IS NULL
            AND tstzrange(b."startsAt", b."blockedUntil") && tstzrange(a."startsAt", a."blockedUntil"))`;
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Session" a
        WHERE a."therapistId" = ANY($1::uuid[]) AND a."startsAt" < $3 AND a."blockedUntil" > $2
          AND a.status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED') AND a."overrideReason" IS NULL
          AND (${overlapping('therapistId')} OR ${overlapping('patientId')} OR ${overlapping('roomId')})`,
      [therapistIds, from, to],
    );
    return rows[0].n;
  } finally {
    await client.end();
  }
}
