// Whether reminders work, in one statement: of the sessions that have taken place (or were missed) in
// a period, how many patients confirmed, and the no-show rate of those reminded (a reminder SENT
// before the start) against those not. Raw SQL binds clinicId itself; row-level security applies too.
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service.js';
import { Prisma } from '../generated/prisma/client.js';
import { currentClinicId } from '../database/tenant-scope.js';

export interface ReminderEffectRow {
  sessions: number;
  confirmed: number;
  reminded: number;
  remindedNoShows: number;
  notReminded: number;
  notRemindedNoShows: number;
}

@Injectable()
export class ReminderEffectRepository {
  constructor(private readonly prisma: PrismaService) {}

  async effect(from: Date, to: Date): Promise<ReminderEffectRow> {
    const clinicId = currentClinicId();
    const [row] = await this.prisma.tenantTransaction((tx) => tx.$queryRaw<ReminderEffectRow[]>(reminderEffectSql(clinicId, from, to)));
    return row!;
  }
}

/** Exported for the benchmark's floor. */
export function reminderEffectSql(clinicId: string, from: Date, to: Date): Prisma.Sql {
  return Prisma.sql`
        WITH happened AS (
          SELECT s.id, s.status, s."confirmedAt",
                 EXISTS (SELECT 1 FROM "Message" m
                          WHERE m."clinicId" = s."clinicId" AND m."sessionId" = s.id
                            AND m.kind = 'REMINDER' AND m.status = 'SENT' AND m."sentAt" < s."startsAt") AS reminded
            FROM "Session" s
           WHERE s."clinicId" = ${clinicId}::uuid AND s."startsAt" >= ${from} AND s."startsAt" < ${to}
             AND s."startsAt" < now() AND s.status IN ('CHECKED_IN', 'COMPLETED', 'NO_SHOW')
        )
        SELECT count(*)::int AS sessions,
               count(*) FILTER (WHERE "confirmedAt" IS NOT NULL)::int AS confirmed,
               count(*) FILTER (WHERE reminded)::int AS reminded,
               count(*) FILTER (WHERE reminded AND status = 'NO_SHOW')::int AS "remindedNoShows",
               count(*) FILTER (WHERE NOT reminded)::int AS "notReminded",
               count(*) FILTER (WHERE NOT reminded AND status = 'NO_SHOW')::int AS "notRemindedNoShows"
          FROM happened`;
}
