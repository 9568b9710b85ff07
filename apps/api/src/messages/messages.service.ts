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
import { MessagesRepository, type MessageRow, type PatientContact } from './messages.repository.js';
import { PatientLinksRepository } from './patient-links.repository.js';
import { signPatientLink, signStoredLink, type StoredLinkPurpose } from './patient-link.js';

/** A link the message carries, written as "label: URL" after its text. */
export interface MessageLink {
  purpose: StoredLinkPurpose;
  label: string;
  sessionId?: string;
  offerId?: string;
  requestId?: string;
  expiresAt: Date;
}

export interface ScheduleMessage {
  patientId: string;
  sessionId?: string | null;
  kind: MessageKind;
  sendAt: Date;
  subject: string;
  text: string;
  links?: MessageLink[];
  /** An iCalendar invitation, attached to an email. */
  calendar?: string | null;
  /** Channels this kind of message may use (a clinic setting); both when absent. */
  channels?: readonly MessageChannel[];
  /** The questionnaire request a QUESTIONNAIRE message asks for. */
  questionnaireRequestId?: string | null;
}

/** Where each purpose's link opens: the patient page, or the calendar file itself. */
const LINK_PATHS: Record<StoredLinkPurpose, string> = {
  CONFIRM: '/p/confirm',
  CANCEL: '/p/cancel',
  CALENDAR: '/p/calendar.ics',
  CLAIM: '/p/claim',
  QUESTIONNAIRE: '/p/questionnaire',
};

const SORTABLE = ['sendAt', 'createdAt', 'status', 'kind', 'channel'] as const;

/** The address of a channel, when the patient has one and agreed to be contacted there. */
function addressOf(contact: PatientContact, channel: MessageChannel): string | null {
  if (channel === 'EMAIL') return contact.emailConsent ? contact.email : null;
  return contact.smsConsent ? contact.phone : null;
}

/** The preferred channel if it is usable, else the other one; or why the patient cannot be contacted. */
export function chooseChannel(
  contact: PatientContact,
  allowed: readonly MessageChannel[] = ['EMAIL', 'SMS'],
): { channel: MessageChannel; to: string } | { channel: MessageChannel; skip: string } {
  const preferred: MessageChannel = contact.preferredChannel ?? (contact.email ? 'EMAIL' : 'SMS');
  const other: MessageChannel = preferred === 'EMAIL' ? 'SMS' : 'EMAIL';
  for (const channel of [preferred, other].filter((c) => allowed.includes(c))) {
    const to = addressOf(contact, channel);
    if (to) return { channel, to };
  }
  const onFile = (c: MessageChannel) => Boolean(c === 'EMAIL' ? contact.email : contact.phone);
  const names = allowed.map((c) => (c === 'EMAIL' ? 'email' : 'SMS')).join(' or ');
  let skip: string;
  if (!contact.email && !contact.phone) skip = 'No email address or mobile phone on file';
  else if (allowed.some(onFile)) skip = 'No consent: the patient has not agreed to be contacted by email or SMS at the address on file';
  else
    skip = `The clinic sends this by ${names} only, and the patient has no ${names === 'email' ? 'email address' : 'mobile phone'} on file`;
  return { channel: allowed.includes(preferred) ? preferred : (allowed[0] ?? preferred), skip };
}

@Injectable()
export class MessagesService {
  constructor(
    private readonly messages: MessagesRepository,
    private readonly links: PatientLinksRepository,
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
    const choice = chooseChannel(contact, input.channels);
    const base = {
      patientId: input.patientId,
      sessionId: input.sessionId ?? null,
      kind: input.kind,
      subject: input.subject,
      sendAt: input.sendAt,
      calendar: input.calendar ?? null,
      questionnaireRequestId: input.questionnaireRequestId ?? null,
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
    // Links are issued only for a message that will go out: a skipped one carries none.
    const links: string[] = [];
    for (const link of input.links ?? []) links.push(`${link.label}: ${await this.issueLink(tx, input.patientId, link)}`);
    const text = [input.text, links.join('\n'), this.optOutLine(input.patientId, choice.channel, input.sendAt)]
      .filter(Boolean)
      .join('\n\n');
    return this.messages.create(tx, { ...base, channel: choice.channel, to: choice.to, text, status: 'SCHEDULED', statusReason: null });
  }

  /**
   * Writes an email to a staff member in the caller's transaction, due now: an invitation, which the
   * invitee asked their clinic for, so no patient consent or opt-out applies. The dispatcher delivers
   * it (SMTP when configured; otherwise the outbox row is the delivery, read in the admin).
   */
  scheduleToStaff(
    tx: TenantTransaction,
    input: { userId: string; to: string; kind: MessageKind; subject: string; text: string },
  ): Promise<Message> {
    return this.messages.create(tx, {
      patientId: null,
      userId: input.userId,
      sessionId: null,
      kind: input.kind,
      channel: 'EMAIL',
      to: input.to,
      subject: input.subject,
      text: input.text,
      sendAt: new Date(),
      status: 'SCHEDULED',
      statusReason: null,
      calendar: null,
    });
  }

  /** Cancels the messages still waiting to go to this staff member (a newer invitation, a deactivation). */
  cancelScheduledToStaff(tx: TenantTransaction, userId: string, reason: string): Promise<number> {
    return this.messages.cancelScheduledToStaff(tx, userId, reason);
  }

  /** Cancels the scheduled messages of these kinds about these sessions (moved or cancelled). */
  cancelScheduled(tx: TenantTransaction, sessionIds: string[], kinds: MessageKind[], reason: string): Promise<number> {
    return this.messages.cancelScheduled(tx, sessionIds, kinds, reason);
  }

  /** Cancels the scheduled messages asking for this questionnaire request. */
  cancelScheduledForRequest(tx: TenantTransaction, requestId: string, reason: string): Promise<number> {
    return this.messages.cancelScheduledForRequest(tx, requestId, reason);
  }

  private async issueLink(tx: TenantTransaction, patientId: string, link: MessageLink): Promise<string> {
    const { token, tokenHash } = signStoredLink(
      { purpose: link.purpose, clinicId: transactionClinicId(), expiresAt: link.expiresAt },
      this.config.jwtSecret,
    );
    await this.links.create(tx, {
      tokenHash,
      purpose: link.purpose,
      patientId,
      sessionId: link.sessionId ?? null,
      offerId: link.offerId ?? null,
      requestId: link.requestId ?? null,
      expiresAt: link.expiresAt,
    });
    return `${this.config.messaging.publicUrl}${LINK_PATHS[link.purpose]}?token=${token}`;
  }

  private optOutLine(patientId: string, channel: MessageChannel, sendAt: Date): string {
    const { publicUrl, linkTtlDays } = this.config.messaging;
    const expiresAt = new Date(Math.max(sendAt.getTime(), Date.now()) + linkTtlDays * 86400000);
    const token = signPatientLink(
      { purpose: 'OPT_OUT', clinicId: transactionClinicId(), patientId, channel, expiresAt },
      this.config.jwtSecret,
    );
    const what = channel === 'EMAIL' ? 'emails' : 'text messages';
    return `To stop these ${what}: ${publicUrl}/p/opt-out?token=${token}`;
  }

  async get(id: string): Promise<MessageRow> {
    const message = await this.messages.findById(id);
    if (!message) throw new NotFoundError('Message', id);
    return message;
  }

  list(args: MessageListArgs): Promise<MessageRow[]> {
    return this.messages.list(args.filter ?? {}, pageRequest({ sortOrder: 'DESC', ...args }, SORTABLE, 'sendAt'));
  }

  count(args: MessageListArgs): Promise<number> {
    return this.messages.count(args.filter ?? {});
  }
}
