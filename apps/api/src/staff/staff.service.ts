import { Injectable } from '@nestjs/common';
import { SIGN_UP_REFUSED } from '../auth/auth.service.js';
import { hashNewPassword } from '../auth/password-policy.js';
import { BadInputError, NotFoundError } from '../common/app-error.js';
import { pageRequest } from '../common/graphql/list.args.js';
import { currentActor } from '../common/request-context.js';
import type { User } from '../generated/prisma/client.js';
import type { CreateStaffInput, UpdateUserArgs, UserListArgs } from './staff.inputs.js';
import { StaffRepository } from './staff.repository.js';

const SORTABLE = ['name', 'email', 'role', 'active', 'createdAt'] as const;

@Injectable()
export class StaffService {
  constructor(private readonly staff: StaffRepository) {}

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
    return user;
  }

  async update(args: UpdateUserArgs): Promise<User> {
    const self = currentActor().userId === args.id;
    // An owner cannot lock themselves out or demote themselves; another owner must do it.
    if (self && args.active === false) throw BadInputError.field('active', 'you cannot deactivate your own account');
    if (self && args.role !== undefined && args.role !== 'OWNER') throw BadInputError.field('role', 'you cannot change your own role');
    const user = await this.staff.update(args.id, { name: args.name?.trim(), role: args.role, active: args.active });
    if (!user) throw new NotFoundError('User', args.id);
    return user;
  }
}
