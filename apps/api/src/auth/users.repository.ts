// Accounts as authentication sees them: lookups before authentication (login, the guard's per-request
// check) and sign-up, which precede any tenant, so they use the unscoped client by design. Staff
// accounts of a clinic are the staff slice's (src/staff/).
import { Injectable } from '@nestjs/common';
import type { User } from '../generated/prisma/client.js';
import { isUniqueViolation } from '../database/database-errors.js';
import { PrismaService } from '../database/prisma.service.js';

@Injectable()
export class UsersRepository {
  constructor(private readonly prisma: PrismaService) {}

  findByEmailAnyClinic(email: string): Promise<User | null> {
    return this.prisma.system.user.findUnique({ where: { email: email.toLowerCase() } });
  }

  findByIdAnyClinic(id: string): Promise<User | null> {
    return this.prisma.system.user.findUnique({ where: { id } });
  }

  emailTaken(email: string): Promise<boolean> {
    return this.prisma.system.user.count({ where: { email: email.toLowerCase() } }).then((n) => n > 0);
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
