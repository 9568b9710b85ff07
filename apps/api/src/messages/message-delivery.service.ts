// Delivers one outbox message, as the job queue's handler. The row is locked for the send, so two
// workers (or two API processes) never both send it; a send that fails is recorded and thrown so the
// queue retries it with backoff, and the last failure leaves the message FAILED with the error.
import { Injectable } from '@nestjs/common';
import { errorMessage } from '../common/error-message.js';
import { MessageTransports } from './message-transports.js';
import { MessagesRepository } from './messages.repository.js';

export interface DeliveryJob {
  messageId: string;
  clinicId: string;
}

@Injectable()
export class MessageDeliveryService {
  constructor(
    private readonly messages: MessagesRepository,
    private readonly transports: MessageTransports,
  ) {}

  async deliver(job: DeliveryJob, lastAttempt: boolean): Promise<void> {
    let failure: unknown = null;
    await this.messages.inClinic(job.clinicId, async (tx) => {
      const message = await this.messages.lockScheduled(tx, job.messageId);
      if (!message) return; // sent, cancelled or skipped meanwhile
      if (message.sendAt > new Date()) {
        // Moved later after it was queued: the relay queues it again when it is due.
        await this.messages.update(tx, message.id, { queuedAt: null });
        return;
      }
      // Consent governs messages to patients; a staff member's invitation is the account they asked for.
      const contact = message.patientId === null ? null : await this.messages.patientContact(tx, message.patientId);
      const consents = message.patientId === null || (message.channel === 'EMAIL' ? contact?.emailConsent : contact?.smsConsent);
      if (!consents) {
        await this.messages.update(tx, message.id, {
          status: 'SKIPPED',
          statusReason: 'Consent for this channel was withdrawn before sending',
        });
        return;
      }
      try {
        const providerResult = await this.transports.send(message);
        await this.messages.update(tx, message.id, { status: 'SENT', providerResult, sentAt: new Date(), attempts: { increment: 1 } });
      } catch (error) {
        failure = error;
        await this.messages.update(tx, message.id, {
          attempts: { increment: 1 },
          providerResult: errorMessage(error).slice(0, 1000),
          ...(lastAttempt ? { status: 'FAILED', statusReason: `Not delivered after ${message.attempts + 1} attempts` } : {}),
        });
      }
    });
    if (failure) throw failure instanceof Error ? failure : new Error(errorMessage(failure));
  }
}
