// Staff accounts. Lookups before authentication (login, the guard's per-request check) go through the
// unscoped client by design; everything an authenticated actor does goes through the tenant client.
import { Injectable } from '@nestjs/common';
import type { Role, User } from '../generated/prisma/client.js';
import { PrismaService, type TenantTransaction } from '../database/prisma.service.js';

export interface NewStaff {
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
}

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

  /** Creates a clinic and its owner together (sign-up precedes any tenant, hence the system client). */
  createClinicWithOwner(clinic: { name: string; timezone: string }, owner: Omit<NewStaff, 'role'>): Promise<User> {
    return this.prisma.system.$transaction(async (tx) => {
      const created = await tx.clinic.create({ data: clinic });
      return tx.user.create({
        data: { clinicId: created.id, email: owner.email.toLowerCase(), name: owner.name, passwordHash: owner.passwordHash, role: 'OWNER' },
      });
    });
  }

  /** Creates a staff member in the actor's clinic; a THERAPIST also gets a Therapist profile. */
  createStaff(staff: NewStaff): Promise<User> {
    return this.prisma.tenant.$transaction(async (tx: TenantTransaction) => {
      const user = await tx.user.create({
        data: { email: staff.email.toLowerCase(), name: staff.name, role: staff.role, passwordHash: staff.passwordHash } as never,
      });
      if (staff.role === 'THERAPIST') {
        await tx.therapist.create({ data: { userId: user.id, displayName: staff.name, modalities: [] } as never });
      }
      return user;
    });
  }
}
