// Accounts as authentication sees them: lookups before authentication (login, the guard's per-request
// check) and sign-up, which precede any tenant, so they use the unscoped client by design. Staff
// accounts of a clinic are the staff slice's (src/staff/). Row-level security still applies: a lookup
// by email names that email (app.login_email, which shows that one account), any other names the clinic.
import { Injectable } from '@nestjs/common';
import type { User } from '../generated/prisma/client.js';
import { isUniqueViolation } from '../database/database-errors.js';
import { withSessionClinic } from '../database/clinic-session-pool.js';
import { PrismaService } from '../database/prisma.service.js';

@Injectable()
export class UsersRepository {
  constructor(private readonly prisma: PrismaService) {}

  findByEmailAnyClinic(email: string): Promise<User | null> {
    const lower = email.toLowerCase();
    return this.prisma.withSetting('app.login_email', lower, this.prisma.system.user.findUnique({ where: { email: lower } }));
  }

  /** The account of a token (whose claims name the clinic), or null: every request's check, so one statement on a connection holding the clinic. */
  findInClinic(id: string, clinicId: string): Promise<User | null> {
    return withSessionClinic(clinicId, async () => await this.prisma.system.user.findFirst({ where: { id, clinicId } }));
  }

  /**
   * Sets the signed-in user's new password and increments their token version (every token issued
   * before is refused from now on), in the actor's clinic; null when the account is gone or inactive.
   */
  changePassword(id: string, passwordHash: string): Promise<User | null> {
    return this.prisma.tenantTransaction(async (tx) => {
      const { count } = await tx.user.updateMany({
        where: { id, active: true },
        data: { passwordHash, tokenVersion: { increment: 1 } },
      });
      return count === 1 ? tx.user.findFirst({ where: { id } }) : null;
    });
  }

  async emailTaken(email: string): Promise<boolean> {
    const lower = email.toLowerCase();
    return (await this.prisma.withSetting('app.login_email', lower, this.prisma.system.user.count({ where: { email: lower } }))) > 0;
  }

  /**
   * Creates a clinic and its owner together (sign-up precedes any tenant, hence the system client), or
   * returns null when the email is taken, even by a sign-up racing this one.
   */
  async createClinicWithOwner(
    clinic: { name: string; timezone: string },
    owner: { email: string; name: string; passwordHash: string },
  ): Promise<User | null> {
    try {
      return await this.prisma.system.$transaction(async (tx) => {
        const created = await tx.clinic.create({ data: clinic });
        // The owner row must pass the User policy of its new clinic.
        await tx.$executeRaw`SELECT set_config('app.clinic_id', ${created.id}, true)`;
        return tx.user.create({
          data: {
            clinicId: created.id,
            email: owner.email.toLowerCase(),
            name: owner.name,
            passwordHash: owner.passwordHash,
            role: 'OWNER',
          },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }
}
