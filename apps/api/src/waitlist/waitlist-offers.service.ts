// Offering freed time: when a session is cancelled, the waiting patients it suits are each sent an
// offer with a claim link, in the order they joined. Written in the cancellation's transaction. The
// first claim books through the ordinary booking path, so the database decides between claimants.
import { Injectable } from '@nestjs/common';
import { wishMatches, type LocalDate, type WaitlistWindow } from '@backtrack/domain';
import type { TenantTransaction } from '../database/prisma.service.js';
import { transactionClinicId } from '../database/tenant-scope.js';
import { MessagesService } from '../messages/messages.service.js';
import { appointmentLines, localWhen } from '../reminders/appointment.js';
import { WaitlistRepository, type WaitingCandidate } from './waitlist.repository.js';

/** At most this many patients are offered one freed time: enough to fill it, few enough to disappoint few. */
export const OFFERS_PER_FREED_TIME = 5;

export interface FreedSlot {
  therapistId: string;
  therapistName: string;
  serviceTypeId: string;
  serviceName: string;
  roomId: string | null;
  startsAt: Date;
  endsAt: Date;
  /** The patient who gave the time up, who is not offered it back. */
  freedByPatientId: string | null;
}

function localDate(date: Date | null): LocalDate | null {
  return date ? { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() } : null;
}

@Injectable()
export class WaitlistOffersService {
  constructor(
    private readonly entries: WaitlistRepository,
    private readonly messages: MessagesService,
  ) {}

  /**
   * New time (a therapist's hours grew): each waiting patient, in join order, is offered the first of
   * `slots` that suits them and no earlier patient was offered. Returns how many offers were made.
   */
  async offerNewTime(tx: TenantTransaction, slots: FreedSlot[]): Promise<number> {
    if (slots.length === 0) return 0;
    const clinic = await tx.clinic.findUniqueOrThrow({ where: { id: transactionClinicId() }, select: { timezone: true } });
    const waiting = await this.entries.waitingFor(tx, [...new Set(slots.map((f) => f.serviceTypeId))]);
    const given = new Set<FreedSlot>();
    const chosen: { entryId: string; patientId: string; slot: FreedSlot }[] = [];
    for (const entry of waiting) {
      const slot = slots.find((candidate) => !given.has(candidate) && this.suits(entry, candidate, clinic.timezone));
      if (!slot) continue;
      given.add(slot);
      chosen.push({ entryId: entry.id, patientId: entry.patientId, slot });
    }
    let made = 0;
    for (const { entryId, patientId, slot } of chosen) if (await this.send(tx, entryId, patientId, slot)) made++;
    return made;
  }

  /** Offers each freed time to the waiting patients it suits; returns how many offers were made. */
  async offer(tx: TenantTransaction, freed: FreedSlot[]): Promise<number> {
    if (freed.length === 0) return 0;
    const clinic = await tx.clinic.findUniqueOrThrow({
      where: { id: transactionClinicId() },
      select: { name: true, address: true, timezone: true, minimumNoticeMinutes: true },
    });
    const earliest = Date.now() + clinic.minimumNoticeMinutes * 60_000;
    const waiting = await this.entries.waitingFor(tx, [...new Set(freed.map((f) => f.serviceTypeId))]);
    let made = 0;
    for (const slot of freed) {
      if (slot.startsAt.getTime() < earliest) continue;
      const suited = waiting.filter((entry) => entry.patientId !== slot.freedByPatientId && this.suits(entry, slot, clinic.timezone));
      for (const entry of suited.slice(0, OFFERS_PER_FREED_TIME)) if (await this.send(tx, entry.id, entry.patientId, slot)) made++;
    }
    return made;
  }

  /**
   * The time is no longer free (a patient claimed it, or an owner reverted the cancellation that freed
   * it): its open offers become TAKEN, so a claim link answers that it was taken. Returns how many.
   */
  withdraw(tx: TenantTransaction, time: { therapistId: string; startsAt: Date }): Promise<number> {
    return this.entries.markTimeTaken(tx, time);
  }

  private suits(entry: WaitingCandidate, slot: FreedSlot, zone: string): boolean {
    return wishMatches(
      {
        serviceTypeId: entry.serviceTypeId,
        therapistId: entry.therapistId,
        windows: entry.windows as unknown as WaitlistWindow[],
        earliestDate: localDate(entry.earliestDate),
        latestDate: localDate(entry.latestDate),
      },
      { serviceTypeId: slot.serviceTypeId, therapistId: slot.therapistId, start: slot.startsAt.getTime(), end: slot.endsAt.getTime() },
      zone,
    );
  }

  /** One offer and its message with a claim link; false if this entry was already offered this time. */
  private async send(tx: TenantTransaction, entryId: string, patientId: string, slot: FreedSlot): Promise<boolean> {
    const clinic = await tx.clinic.findUniqueOrThrow({
      where: { id: transactionClinicId() },
      select: { name: true, address: true, timezone: true },
    });
    const offer = await this.entries.createOffer(tx, {
      entryId,
      therapistId: slot.therapistId,
      startsAt: slot.startsAt,
      roomId: slot.roomId,
    });
    if (!offer) return false;
    const lines = appointmentLines({
      sessionId: offer.id,
      clinicName: clinic.name,
      clinicAddress: clinic.address,
      timezone: clinic.timezone,
      therapistName: slot.therapistName,
      serviceName: slot.serviceName,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      revision: 0,
    });
    const message = await this.messages.schedule(tx, {
      patientId,
      kind: 'WAITLIST_OFFER',
      sendAt: new Date(),
      subject: `A time is free at ${clinic.name}: ${localWhen(slot.startsAt, clinic.timezone)}`,
      text: [
        `You are on the wait list at ${clinic.name}, and this time has just become free:`,
        '',
        ...lines,
        '',
        'It goes to the first person to claim it. If you want it, claim it here:',
      ].join('\n'),
      links: [{ purpose: 'CLAIM', label: 'Claim this time', offerId: offer.id, expiresAt: slot.startsAt }],
    });
    await this.entries.attachMessage(tx, offer.id, message.id);
    return true;
  }
}
