// Reads that feed the scheduling rules: a therapist's weekly blocks, time off and the active sessions
// that block a therapist, room or patient. One query each, whatever the range, so availability over a
// month and a 52-occurrence series cost the same handful of queries.
import { Injectable } from '@nestjs/common';
import { ACTIVE_STATUSES, type BusyReason, type BusySession, type Interval, type WorkingBlock } from '@backtrack/domain';
import { PrismaService } from '../../database/prisma.service.js';
import type { EpisodeOfCare, Prisma, SessionStatus } from '../../generated/prisma/client.js';
import { toWorkingBlocks } from '../therapists/therapists.repository.js';

export interface BusyParties {
  therapistId: string;
  roomId?: string | null;
  patientId?: string | null;
}

@Injectable()
export class ScheduleRepository {
  constructor(private readonly prisma: PrismaService) {}

  async workingBlocks(therapistId: string): Promise<WorkingBlock[]> {
    return toWorkingBlocks(await this.prisma.tenant.workingHours.findMany({ where: { therapistId } }));
  }

  async timeOff(therapistId: string, range: Interval): Promise<Interval[]> {
    const rows = await this.prisma.tenant.timeOff.findMany({
      where: { therapistId, startsAt: { lt: new Date(range.end) }, endsAt: { gt: new Date(range.start) } },
      select: { startsAt: true, endsAt: true },
    });
    return rows.map((r) => ({ start: r.startsAt.getTime(), end: r.endsAt.getTime() }));
  }

  /**
   * Active sessions whose blocked range (buffer included) meets `range` and share the therapist, room
   * or patient; one entry per shared party. Overridden sessions count too: an override excuses the
   * session that made it, not later bookings on top of it.
   */
  async busy(parties: BusyParties, range: Interval, exclude?: string | string[] | null): Promise<BusySession[]> {
    // GraphQL hands an omitted optional id over as null: nothing to leave out then.
    const excluded = [exclude ?? []].flat().filter((id): id is string => Boolean(id));
    const or: Prisma.SessionWhereInput[] = [{ therapistId: parties.therapistId }];
    if (parties.roomId) or.push({ roomId: parties.roomId });
    if (parties.patientId) or.push({ patientId: parties.patientId });
    const rows = await this.prisma.tenant.session.findMany({
      where: {
        status: { in: ACTIVE_STATUSES as SessionStatus[] },
        startsAt: { lt: new Date(range.end) },
        blockedUntil: { gt: new Date(range.start) },
        OR: or,
        ...(excluded.length ? { NOT: { id: { in: excluded } } } : {}),
      },
      select: { id: true, therapistId: true, roomId: true, patientId: true, startsAt: true, blockedUntil: true },
      orderBy: { startsAt: 'asc' },
    });
    const out: BusySession[] = [];
    for (const row of rows) {
      const reasons: BusyReason[] = [];
      if (row.therapistId === parties.therapistId) reasons.push('THERAPIST');
      if (parties.roomId && row.roomId === parties.roomId) reasons.push('ROOM');
      if (parties.patientId && row.patientId === parties.patientId) reasons.push('PATIENT');
      for (const reason of reasons)
        out.push({ sessionId: row.id, start: row.startsAt.getTime(), blockedEnd: row.blockedUntil.getTime(), reason });
    }
    return out;
  }

  findEpisode(id: string): Promise<EpisodeOfCare | null> {
    return this.prisma.tenant.episodeOfCare.findFirst({ where: { id } });
  }
}
