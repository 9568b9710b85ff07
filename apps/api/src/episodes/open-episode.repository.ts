// The patient's open episode of care, opened if there is none. Shared by booking and assessments
// ("an assessment or booking given no episode joins the open one, which is opened if there is none").
// Race-safe: the partial unique index EpisodeOfCare_one_open_per_patient arbitrates, and
// ON CONFLICT DO NOTHING waits for a concurrent opener instead of failing (a unique violation would
// abort the caller's transaction). Raw SQL, so clinicId is bound explicitly.
import { randomUUID } from 'node:crypto';
import type { ComplaintRegion } from '../generated/prisma/enums.js';
import { Prisma } from '../generated/prisma/client.js';

/** Anything that can run raw SQL: the tenant client or a transaction of it. */
export interface RawSqlRunner {
  $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Prisma.PrismaPromise<T>;
}

export interface OpenEpisodeRequest {
  clinicId: string;
  patientId: string;
  /** Used only when a new episode is opened. */
  region: ComplaintRegion;
}

export interface OpenEpisodeResult {
  id: string;
  created: boolean;
}

export async function ensureOpenEpisode(db: RawSqlRunner, request: OpenEpisodeRequest): Promise<OpenEpisodeResult> {
  const { clinicId, patientId, region } = request;
  const inserted = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
    INSERT INTO "EpisodeOfCare" ("id", "clinicId", "patientId", "region")
    VALUES (${randomUUID()}::uuid, ${clinicId}::uuid, ${patientId}::uuid, ${region}::"ComplaintRegion")
    ON CONFLICT ("clinicId", "patientId") WHERE "dischargedAt" IS NULL DO NOTHING
    RETURNING "id"`);
  if (inserted.length > 0) return { id: inserted[0]!.id, created: true };
  // Someone else's committed open episode (the conflict we waited on); a new statement sees it.
  const existing = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT "id" FROM "EpisodeOfCare"
     WHERE "clinicId" = ${clinicId}::uuid AND "patientId" = ${patientId}::uuid AND "dischargedAt" IS NULL`);
  if (existing.length === 0) throw new Error('Open episode vanished between insert and read');
  return { id: existing[0]!.id, created: false };
}
