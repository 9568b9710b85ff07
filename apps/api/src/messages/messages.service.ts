// The outbox's internal API: other slices schedule messages in their own transaction (a rolled-back
// change sends nothing), and staff read them. Channel and consent are decided here, once.
import { Inject, Injectable } from '@nestjs/common';
import { NotFoundError } from '../common/app-error.js';
import { pageRequest } from '../common/graphql/list.args.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import type { TenantTransaction } from '../database/prisma.service.js';
import { transactionClinicId } from '../database/tenant-scope.js';
import type { Message, MessageChannel, MessageKind } from '../generated/prisma/client.js';
import type { MessageListArgs } from './message.inputs.js';
import { MessagesRepository, type PatientContact } from './messages.repository.js';
import { signPatientLink } from './patient-link.js';

export interface ScheduleMessage {
  patientId: string;
  sessionId?: string | null;
  kind: MessageKind;
  sendAt: Date;
  subject: string;
  text: string;
}

const SORTABLE = ['sendAt', 'createdAt', 'status', 'kind', 'channel'] as const;

/** The address of a channel, when the patient has one and agreed to be contacted there. */
function addressOf(contact: PatientContact, channel: MessageChannel): string | null {
  if (channel === 'EMAIL') return contact.emailConsent ? contact.email : null;
  return contact.smsConsent ? contact.phone : null;
}

/** The preferred channel if it is usable, else the other one; or why the patient cannot be contacted. */
export function chooseChannel(
  contact: PatientContact,
): { channel: MessageChannel; to: string } | { channel: MessageChannel; skip: string } {
  const preferred: MessageChannel = contact.preferredChannel ?? (contact.email ? 'EMAIL' : 'SMS');
  const other: MessageChannel = preferred === 'EMAIL' ? 'SMS' : 'EMAIL';
  for (const channel of [preferred, other]) {
    const to = addressOf(contact, channel);
    if (to) return { channel, to };
  }
  const reachable = contact.email || contact.phone;
  return {
    channel: preferred,
    skip: reachable
      ? 'No consent: the patient has not agreed to be contacted by email or SMS at the address on file'
      : 'No email address or mobile phone on file',
  };
}

@Injectable()
export class MessagesService {
  constructor(
    private readonly messages: MessagesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Writes a message in the caller's transaction `tx` (a tenant transaction): SCHEDULED on the
   * patient's preferred channel they consented to, or SKIPPED with the reason. The dispatcher
   * delivers it once due; every message carries an opt-out link for its channel.
   */
  async schedule(tx: TenantTransaction, input: ScheduleMessage): Promise<Message> {
    const contact = await this.messages.patientContact(tx, input.patientId);
    if (!contact) throw new NotFoundError('Patient', input.patientId);
    const choice = chooseChannel(contact);
    const base = {
      patientId: input.patientId,
      sessionId: input.sessionId ?? null,
      kind: input.kind,
      subject: input.subject,
      sendAt: input.sendAt,
    };
    if ('skip' in choice) {
      return this.messages.create(tx, {
        ...base,
        channel: choice.channel,
        to: '',
        text: input.text,
        status: 'SKIPPED',
        statusReason: choice.skip,
      });
    }
    const text = `${input.text}\n\n${this.optOutLine(input.patientId, choice.channel, input.sendAt)}`;
    return this.messages.create(tx, { ...base, channel: choice.channel, to: choice.to, text, status: 'SCHEDULED', statusReason: null });
  }

  private optOutLine(patientId: string, channel: MessageChannel, sendAt: Date): string {
    const { publicUrl, linkTtlDays } = this.config.messaging;
    const expiresAt = new Date(Math.max(sendAt.getTime(), Date.now()) + linkTtlDays * 86400000);
    const token = signPatientLink(
      { purpose: 'OPT_OUT', clinicId: transactionClinicId(), patientId, channel, expiresAt },
      this.config.jwtSecret,
    );
    const what = channel === 'EMAIL' ? 'emails' : 'text messages';
    return `To stop these ${what}: ${publicUrl}/opt-out?token=${token}`;
  }

  async get(id: string): Promise<Message> {
    const message = await this.messages.findById(id);
    if (!message) throw new NotFoundError('Message', id);
    return message;
  }

  list(args: MessageListArgs): Promise<Message[]> {
    return this.messages.list(args.filter ?? {}, pageRequest({ sortOrder: 'DESC', ...args }, SORTABLE, 'sendAt'));
  }

  count(args: MessageListArgs): Promise<number> {
    return this.messages.count(args.filter ?? {});
  }
}
