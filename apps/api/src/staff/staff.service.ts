import { Injectable } from '@nestjs/common';
import { AuditAction } from '../audit/audit-action.js';
import { AuditService } from '../audit/audit.service.js';
import { SIGN_UP_REFUSED } from '../auth/auth.service.js';
import { hashNewPassword } from '../auth/password-policy.js';
import { BadInputError, NotFoundError } from '../common/app-error.js';
import { pageRequest } from '../common/graphql/list.args.js';
import { currentActor } from '../common/request-context.js';
import type { User } from '../generated/prisma/client.js';
import type { CreateStaffInput, UpdateUserArgs, UserListArgs } from './staff.inputs.js';
import { StaffRepository } from './staff.repository.js';
import { MessagesService } from '../messages/messages.service.js';

const SORTABLE = ['name', 'email', 'role', 'active', 'createdAt'] as const;

@Injectable()
export class StaffService {
  constructor(
    private readonly staff: StaffRepository,
    private readonly audit: AuditService,
    private readonly messages: MessagesService,
  ) {}

  async get(id: string): Promise<User> {
    const user = await this.staff.findById(id);
    if (!user) throw new NotFoundError('User', id);
    return user;
  }

  list(args: UserListArgs): Promise<User[]> {
    return this.staff.list(args.filter ?? {}, pageRequest(args, SORTABLE, 'name'));
  }

  count(args: UserListArgs): Promise<number> {
    return this.staff.count(args.filter ?? {});
  }

  async create(input: CreateStaffInput): Promise<User> {
    const user = await this.staff.create({
      email: input.email,
      name: input.name.trim(),
      role: input.role,
      passwordHash: await hashNewPassword(input.password),
    });
    // Emails are unique across clinics: saying "already registered" would let any owner probe for
    // other clinics' staff, so the refusal is the one sign-up gives.
    if (!user) throw BadInputError.field('input.email', SIGN_UP_REFUSED);
    await this.audit.record({ action: AuditAction.CREATE, entity: 'User', entityId: user.id, patientId: null, fields: ['role'] });
    return user;
  }

  async update(args: UpdateUserArgs): Promise<User> {
    const self = currentActor().userId === args.id;
    // An owner cannot lock themselves out or demote themselves; another owner must do it.
    if (self && args.active === false) throw BadInputError.field('active', 'you cannot deactivate your own account');
    if (self && args.role !== undefined && args.role !== 'OWNER') throw BadInputError.field('role', 'you cannot change your own role');
    const before = await this.staff.findById(args.id);
    // A deactivation ends every session of the account (its token version goes up) and withdraws any
    // invitation still waiting, including one not yet sent.
    const user =
      before &&
      (await this.staff.update(args.id, { name: args.name?.trim(), role: args.role, active: args.active }, (tx, deactivated) =>
        this.messages.cancelScheduledToStaff(tx, deactivated.id, 'The account was deactivated').then(() => undefined),
      ));
    if (!user) throw new NotFoundError('User', args.id);
    await this.auditChange(before!, user);
    return user;
  }

  /** A role change is its own event (who may do what changed); other changed fields are named in one UPDATE. */
  private async auditChange(before: User, after: User): Promise<void> {
    const event = { entity: 'User', entityId: after.id, patientId: null } as const;
    const fields = (['name', 'active'] as const).filter((f) => before[f] !== after[f]);
    if (before.role !== after.role) await this.audit.record({ ...event, action: AuditAction.ROLE_CHANGE, fields: ['role'] });
    if (fields.length > 0) await this.audit.record({ ...event, action: AuditAction.UPDATE, fields: [...fields] });
  }
}
