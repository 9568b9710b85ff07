// Runs the domain's booking pipeline (working hours, time off, minimum notice, no overlap) for one
// or many placements of the same therapist, from one batch of reads.
import { Injectable } from '@nestjs/common';
import {
  bookingChecks,
  evaluateBooking,
  expandWorkingHours,
  noOverlap,
  type BookingViolation,
  type BusySession,
  type Interval,
} from '@backtrack/domain';
import type { Clinic } from '../../generated/prisma/client.js';
import { ScheduleRepository } from '../schedule/schedule.repository.js';

const DAY_MS = 86_400_000;

export interface Placement {
  therapistId: string;
  roomId: string | null;
  patientId: string;
  start: number;
  end: number;
  /** end + the service's buffer */
  blockedEnd: number;
}

export interface CheckOptions {
  /** The session(s) being rescheduled: their own current slots are no conflict. */
  excludeSessionId?: string | string[];
  /** An owner's deliberate override: overlaps are allowed (and exempt from the constraints). */
  allowOverlap?: boolean;
  now?: number;
}

export interface CheckResult {
  violations: BookingViolation[][];
  /** Every session considered, to describe conflicts (with their start times). */
  busy: BusySession[];
}

@Injectable()
export class BookingChecksService {
  constructor(private readonly schedule: ScheduleRepository) {}

  async check(clinic: Clinic, placements: Placement[], options: CheckOptions = {}): Promise<CheckResult> {
    if (placements.length === 0) return { violations: [], busy: [] };
    const first = placements[0]!;
    const span: Interval = { start: Math.min(...placements.map((p) => p.start)), end: Math.max(...placements.map((p) => p.blockedEnd)) };
    const [blocks, timeOff, busy] = await Promise.all([
      this.schedule.workingBlocks(first.therapistId),
      this.schedule.timeOff(first.therapistId, span),
      this.schedule.busy(
        { therapistId: first.therapistId, roomId: first.roomId, patientId: first.patientId },
        span,
        options.excludeSessionId,
      ),
    ]);
    const checks = options.allowOverlap ? bookingChecks.filter((c) => c !== noOverlap) : bookingChecks;
    const now = options.now ?? Date.now();
    const violations = placements.map((p) => {
      // One local day either side covers any block that could contain the session.
      const working = expandWorkingHours(blocks, clinic.timezone, { start: p.start - DAY_MS, end: p.end + DAY_MS });
      const context = { working, timeOff, busy, now, minimumNoticeMinutes: clinic.minimumNoticeMinutes };
      return evaluateBooking(p, context, checks);
    });
    return { violations, busy };
  }
}
