// The outbox, within one clinic: rows written in the caller's transaction, listed for staff, and
// locked one at a time by the delivery job.
import { Injectable } from '@nestjs/common';
import type { PageRequest } from '../common/graphql/list.args.js';
import { PrismaService, type TenantTransaction } from '../database/prisma.service.js';
import { tenantCreate, transactionClinicId } from '../database/tenant-scope.js';
import type { Message, MessageChannel, MessageKind, MessageStatus, Prisma } from '../generated/prisma/client.js';

export interface MessageQuery {
  ids?: string[];
  kind?: MessageKind;
  status?: MessageStatus;
  channel?: MessageChannel;
  patientId?: string;
  sessionId?: string;
}

export interface PatientContact {
  email: string | null;
  phone: string | null;
  preferredChannel: MessageChannel | null;
  emailConsent: boolean;
  smsConsent: boolean;
}

export interface NewMessage {
  /** The patient it is to, or null for a message to a staff member (userId). */
  patientId: string | null;
  userId?: string | null;
  sessionId: string | null;
  kind: MessageKind;
  channel: MessageChannel;
  to: string;
  subject: string;
  text: string;
  sendAt: Date;
  status: 'SCHEDULED' | 'SKIPPED';
  statusReason: string | null;
  calendar: string | null;
  questionnaireRequestId?: string | null;
}

/** A message as staff read it: with the name of the staff member it is to, when it is to one. */
export type MessageRow = Message & { staffName: string | null };

const WITH_STAFF = { user: { select: { name: true } } } as const;

function withStaffName<M extends Message & { user: { name: string } | null }>({ user, ...message }: M): MessageRow {
  return { ...message, staffName: user?.name ?? null };
}

const CONTACT = { email: true, phone: true, preferredChannel: true, emailConsent: true, smsConsent: true } as const;

function whereOf(query: MessageQuery): Prisma.MessageWhereInput {
  const where: Prisma.MessageWhereInput = {};
  if (query.ids) where.id = { in: query.ids };
  if (query.kind) where.kind = query.kind;
  if (query.status) where.status = query.status;
  if (query.channel) where.channel = query.channel;
  if (query.patientId) where.patientId = query.patientId;
  if (query.sessionId) where.sessionId = query.sessionId;
  return where;
}

@Injectable()
export class MessagesRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** A transaction in the message's clinic, for the delivery job (no staff member is signed in). */
  inClinic<T>(clinicId: string, fn: (tx: TenantTransaction) => Promise<T>): Promise<T> {
    return this.prisma.clinicTransaction(clinicId, fn);
  }

  patientContact(tx: TenantTransaction, patientId: string): Promise<PatientContact | null> {
    return tx.patient.findFirst({ where: { id: patientId }, select: CONTACT });
  }

  create(tx: TenantTransaction, data: NewMessage): Promise<Message> {
    return tx.message.create({ data: tenantCreate<Prisma.MessageUncheckedCreateInput>(data) });
  }

  /** Cancels the messages of these kinds still SCHEDULED for these sessions; returns how many. */
  async cancelScheduled(tx: TenantTransaction, sessionIds: string[], kinds: MessageKind[], reason: string): Promise<number> {
    const { count } = await tx.message.updateMany({
      where: { sessionId: { in: sessionIds }, kind: { in: kinds }, status: 'SCHEDULED' },
      data: { status: 'CANCELLED', statusReason: reason },
    });
    return count;
  }

  /** Cancels the messages still SCHEDULED that ask for this questionnaire (answered, moved or expired). */
  async cancelScheduledForRequest(tx: TenantTransaction, questionnaireRequestId: string, reason: string): Promise<number> {
    const { count } = await tx.message.updateMany({
      where: { questionnaireRequestId, status: 'SCHEDULED' },
      data: { status: 'CANCELLED', statusReason: reason },
    });
    return count;
  }

  async findById(id: string): Promise<MessageRow | null> {
    const message = await this.prisma.tenant.message.findFirst({ where: { id }, include: WITH_STAFF });
    return message && withStaffName(message);
  }

  async list(query: MessageQuery, page: PageRequest): Promise<MessageRow[]> {
    const messages = await this.prisma.tenant.message.findMany({
      where: whereOf(query),
      include: WITH_STAFF,
      orderBy: [{ [page.sortField]: page.sortOrder }, { id: 'asc' }],
      skip: page.skip,
      take: page.take,
    });
    return messages.map(withStaffName);
  }

  /** Cancels the invitations still SCHEDULED to this staff member (replaced, or the account deactivated). */
  async cancelScheduledToStaff(tx: TenantTransaction, userId: string, reason: string): Promise<number> {
    const { count } = await tx.message.updateMany({
      where: { userId, status: 'SCHEDULED' },
      data: { status: 'CANCELLED', statusReason: reason },
    });
    return count;
  }

  count(query: MessageQuery): Promise<number> {
    return this.prisma.tenant.message.count({ where: whereOf(query) });
  }

  /**
   * Locks a message still SCHEDULED for delivery. It waits for a concurrent holder, and PostgreSQL
   * re-checks the status once that one commits, so a message sent meanwhile is not found.
   */
  async lockScheduled(tx: TenantTransaction, id: string): Promise<Message | null> {
    // Raw SQL is not scoped by the tenant client: the clinic is named here (one shard under Citus).
    const [locked] = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Message"
       WHERE "clinicId" = ${transactionClinicId()}::uuid AND "id" = ${id}::uuid AND "status" = 'SCHEDULED' FOR UPDATE`;
    return locked ? tx.message.findFirst({ where: { id } }) : null;
  }

  async update(tx: TenantTransaction, id: string, data: Prisma.MessageUncheckedUpdateManyInput): Promise<void> {
    await tx.message.updateMany({ where: { id }, data });
  }
}
