// What a patient can do from the links in a message, without an account: see the appointment (or the
// offered time), confirm it, cancel it, add it to a calendar, or claim a wait-list offer. Every use is
// rate limited per address; the token's signature names the clinic, and all reads and writes run in
// that clinic's transaction. A tampered, expired, foreign or used link gets a plain answer and changes
// nothing. Nothing here tells a stranger anything beyond what the link itself is about.
import { Inject, Injectable } from '@nestjs/common';
import { isLateCancellation } from '@backtrack/domain';
import { AppError, BadInputError, ConflictError, ErrorCode } from '../common/app-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import type { TenantTransaction } from '../database/prisma.service.js';
import { runInClinic } from '../database/tenant-scope.js';
import type { PatientLink } from '../generated/prisma/client.js';
import { PatientLinkRateLimit } from '../messages/patient-link-rate-limit.js';
import { verifyStoredLink, type LinkProblem, type StoredLinkPurpose, type VerifiedStoredLink } from '../messages/patient-link.js';
import { PatientLinksRepository } from '../messages/patient-links.repository.js';
import { appointmentCalendar } from '../reminders/appointment.js';
import { SessionMessagesService } from '../reminders/session-messages.service.js';
import { BookingService } from '../scheduling/booking/booking.service.js';
import { freedSlotOf } from '../scheduling/sessions/session-lifecycle.service.js';
import { WaitlistOffersService } from '../waitlist/waitlist-offers.service.js';
import type { PatientLinkViewModel } from './patient-link-view.model.js';
import { PatientPortalRepository, type LinkClinic, type LinkedOffer, type LinkedSession } from './patient-portal.repository.js';

const PROBLEMS: Record<LinkProblem, string> = {
  INVALID: 'This link is not valid. Please check that you opened the whole link, or contact the clinic.',
  EXPIRED: 'This link has expired. Please contact the clinic.',
  WRONG_PURPOSE: 'This link cannot be used for this.',
};

const SESSION_PURPOSES: StoredLinkPurpose[] = ['CONFIRM', 'CANCEL', 'CALENDAR'];
const ALL_PURPOSES: StoredLinkPurpose[] = [...SESSION_PURPOSES, 'CLAIM'];

type View = PatientLinkViewModel;

function invalid(): BadInputError {
  return BadInputError.field('token', PROBLEMS.INVALID);
}

@Injectable()
export class PatientPortalService {
  constructor(
    private readonly links: PatientLinksRepository,
    private readonly portal: PatientPortalRepository,
    private readonly rate: PatientLinkRateLimit,
    private readonly booking: BookingService,
    private readonly sessionMessages: SessionMessagesService,
    private readonly offers: WaitlistOffersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** What the link is about, for the page to show before the patient acts. */
  async view(token: string, ip: string): Promise<View> {
    const verified = await this.verify(token, ALL_PURPOSES, ip);
    return this.links.inClinic(verified.clinicId, async (tx) => this.viewOf(tx, await this.row(tx, verified)));
  }

  async confirm(token: string, ip: string): Promise<View> {
    const verified = await this.verify(token, ['CONFIRM'], ip);
    return this.links.inClinic(verified.clinicId, async (tx) => {
      const link = await this.row(tx, verified);
      const session = await this.sessionOf(tx, link);
      if (link.usedAt) throw new ConflictError('This link has already been used: your appointment is confirmed.', { field: 'token' });
      this.assertUpcoming(session);
      const now = new Date();
      if (!(await this.links.markUsed(tx, link.id, now)) || !(await this.portal.confirm(tx, session, now))) {
        throw new ConflictError('This appointment changed a moment ago. Please open the link again.', { field: 'token' });
      }
      return this.viewOf(tx, { ...link, usedAt: now });
    });
  }

  async cancel(token: string, reason: string, ip: string): Promise<View> {
    const verified = await this.verify(token, ['CANCEL'], ip);
    return this.links.inClinic(verified.clinicId, async (tx) => {
      const link = await this.row(tx, verified);
      const session = await this.sessionOf(tx, link);
      if (link.usedAt) throw new ConflictError('This link has already been used: your appointment is cancelled.', { field: 'token' });
      this.assertUpcoming(session);
      const clinic = await this.portal.clinic(tx);
      const now = new Date();
      const lateCancel = isLateCancellation(session.startsAt.getTime(), now.getTime(), clinic.lateCancelWindowHours);
      const cancelReason = reason.trim() ? `Cancelled by the patient: ${reason.trim()}` : 'Cancelled by the patient';
      if (
        !(await this.links.markUsed(tx, link.id, now)) ||
        !(await this.portal.cancel(tx, session, { cancelReason, cancelledAt: now, lateCancel }))
      ) {
        throw new ConflictError('This appointment changed a moment ago. Please open the link again.', { field: 'token' });
      }
      await this.sessionMessages.cancelled(tx, [session.id], 'PATIENT');
      await this.offers.offer(tx, [freedSlotOf(session)]);
      return this.viewOf(tx, { ...link, usedAt: now });
    });
  }

  /**
   * Books the offered time through the ordinary booking path: the checks give reasons, and the
   * exclusion constraints decide between patients claiming at once. The loser's offer becomes TAKEN.
   */
  async claim(token: string, ip: string): Promise<View> {
    const verified = await this.verify(token, ['CLAIM'], ip);
    return runInClinic(verified.clinicId, async () => {
      const { link, offer } = await this.links.inClinic(verified.clinicId, async (tx) => {
        const row = await this.row(tx, verified);
        if (row.usedAt) throw new ConflictError('You have already claimed this time.', { field: 'token' });
        const found = row.offerId ? await this.portal.offer(tx, row.offerId) : null;
        if (!found) throw invalid();
        const clinic = await this.portal.clinic(tx);
        if (found.status === 'TAKEN' || found.status === 'CLAIMED') throw this.taken();
        if (found.entry.status !== 'WAITING') {
          throw new ConflictError('You already have a time booked from the wait list.', { field: 'token' });
        }
        if (found.status === 'EXPIRED' || found.startsAt.getTime() < Date.now() + clinic.minimumNoticeMinutes * 60_000) {
          throw new ConflictError('This offer has expired. You are still on the wait list.', { field: 'token' });
        }
        return { link: row, offer: found };
      });
      const now = new Date();
      try {
        await this.booking.book(
          {
            patientId: offer.entry.patientId,
            therapistId: offer.therapistId,
            serviceTypeId: offer.entry.serviceTypeId,
            roomId: offer.roomId,
            startsAt: offer.startsAt,
            notes: 'Booked by the patient from a wait-list offer',
          },
          async (tx, sessionId) => {
            if (!(await this.links.markUsed(tx, link.id, now)))
              throw new ConflictError('You have already claimed this time.', { field: 'token' });
            await this.portal.recordClaim(tx, offer, sessionId, now);
            // The other patients offered this time are told it was taken if they try.
            await this.offers.withdraw(tx, { therapistId: offer.therapistId, startsAt: offer.startsAt });
          },
        );
      } catch (error) {
        if (!(error instanceof AppError) || error.details.field === 'token') throw error;
        // Another booking has the time (a rival claim, or the front desk): the offer is gone. Any other
        // refusal (the therapist's hours changed, the patient needs clearance) is for the clinic to explain.
        if (error.code === ErrorCode.CONFLICT) {
          await this.links.inClinic(verified.clinicId, (tx) => this.portal.markTaken(tx, offer.id));
          throw this.taken();
        }
        throw new ConflictError('This time can no longer be booked online. Please contact the clinic.', { field: 'token' });
      }
      return this.links.inClinic(verified.clinicId, async (tx) => this.viewOf(tx, { ...link, usedAt: now }));
    });
  }

  /** The invitation file behind an "add to calendar" link (a CANCEL once the session is cancelled). */
  async calendar(token: string, ip: string): Promise<string> {
    const verified = await this.verify(token, ['CALENDAR'], ip);
    return this.links.inClinic(verified.clinicId, async (tx) => {
      const session = await this.sessionOf(tx, await this.row(tx, verified));
      const clinic = await this.portal.clinic(tx);
      return appointmentCalendar(
        {
          sessionId: session.id,
          clinicName: clinic.name,
          clinicAddress: clinic.address,
          timezone: clinic.timezone,
          therapistName: session.therapist.displayName,
          serviceName: session.serviceType.name,
          startsAt: session.startsAt,
          endsAt: session.endsAt,
          revision: Math.max(0, Math.floor((session.updatedAt.getTime() - session.createdAt.getTime()) / 1000)),
        },
        session.status === 'CANCELLED' ? 'CANCEL' : 'REQUEST',
      );
    });
  }

  private taken(): ConflictError {
    return new ConflictError('Sorry, this time was just taken by someone else. You are still on the wait list.', { field: 'token' });
  }

  private async verify(token: string, purposes: StoredLinkPurpose[], ip: string): Promise<VerifiedStoredLink> {
    await this.rate.assertAllowed(ip);
    const verified = verifyStoredLink(token, purposes, this.config.jwtSecret);
    if ('problem' in verified) throw BadInputError.field('token', PROBLEMS[verified.problem]);
    return verified;
  }

  /** The stored link; a signature from the right key but no row (another clinic's, or deleted) is just invalid. */
  private async row(tx: TenantTransaction, verified: VerifiedStoredLink): Promise<PatientLink> {
    const link = await this.links.findByHash(tx, verified.tokenHash);
    if (!link || link.purpose !== verified.purpose) throw invalid();
    return link;
  }

  private async sessionOf(tx: TenantTransaction, link: PatientLink): Promise<LinkedSession> {
    const session = link.sessionId ? await this.portal.session(tx, link.sessionId) : null;
    if (!session) throw invalid();
    return session;
  }

  private assertUpcoming(session: LinkedSession): void {
    if (session.status === 'CANCELLED') throw new ConflictError('This appointment has been cancelled.', { field: 'token' });
    if (session.status !== 'BOOKED' || session.startsAt.getTime() <= Date.now()) {
      throw new ConflictError('This appointment has already taken place.', { field: 'token' });
    }
  }

  private async viewOf(tx: TenantTransaction, link: PatientLink): Promise<View> {
    const clinic = await this.portal.clinic(tx);
    if (link.purpose === 'CLAIM') {
      const offer = link.offerId ? await this.portal.offer(tx, link.offerId) : null;
      if (!offer) throw invalid();
      return this.offerView(tx, link, clinic, offer);
    }
    const session = await this.sessionOf(tx, link);
    return {
      ...this.clinicView(link, clinic),
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      therapistName: session.therapist.displayName,
      serviceName: session.serviceType.name,
      sessionStatus: session.status,
      confirmedAt: session.confirmedAt,
      lateCancel: session.lateCancel,
      offerStatus: null,
      cancelWouldBeLate: isLateCancellation(session.startsAt.getTime(), Date.now(), clinic.lateCancelWindowHours),
    };
  }

  private async offerView(tx: TenantTransaction, link: PatientLink, clinic: LinkClinic, offer: LinkedOffer): Promise<View> {
    const expired = offer.status === 'OPEN' && offer.startsAt.getTime() <= Date.now() + clinic.minimumNoticeMinutes * 60_000;
    return {
      ...this.clinicView(link, clinic),
      startsAt: offer.startsAt,
      endsAt: new Date(offer.startsAt.getTime() + offer.entry.serviceType.durationMinutes * 60_000),
      therapistName: await this.portal.therapistName(tx, offer.therapistId),
      serviceName: offer.entry.serviceType.name,
      sessionStatus: null,
      confirmedAt: null,
      lateCancel: false,
      offerStatus: expired ? 'EXPIRED' : offer.status,
      cancelWouldBeLate: false,
    };
  }

  private clinicView(link: PatientLink, clinic: LinkClinic) {
    return {
      purpose: link.purpose,
      clinicName: clinic.name,
      clinicAddress: clinic.address,
      timezone: clinic.timezone,
      lateCancelWindowHours: clinic.lateCancelWindowHours,
      usedAt: link.usedAt,
    };
  }
}
