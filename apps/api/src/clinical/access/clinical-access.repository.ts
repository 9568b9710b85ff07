// The few lookups the clinical access policy needs, always within the actor's clinic.
import { Injectable } from '@nestjs/common';
import { currentActor } from '../../common/request-context.js';
import { PrismaService } from '../../database/prisma.service.js';
import { Prisma } from '../../generated/prisma/client.js';

/**
 * The clinical access rule, written once: the patients a therapist (by user id) "has a session with",
 * i.e. any session of theirs with the patient that is not CANCELLED. The single-patient check, the
 * scoped lists and the outcomes aggregate all select from this. Raw SQL, so clinicId is bound here.
 */
export function therapistPatientIdsSql(clinicId: string, userId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT s."patientId" FROM "Session" s
      JOIN "Therapist" t ON t."clinicId" = s."clinicId" AND t."id" = s."therapistId"
     WHERE s."clinicId" = ${clinicId}::uuid AND t."userId" = ${userId}::uuid AND s."status" <> 'CANCELLED'`;
}

@Injectable()
export class ClinicalAccessRepository {
  constructor(private readonly prisma: PrismaService) {}

  async patientExists(patientId: string): Promise<boolean> {
    return (await this.prisma.tenant.patient.count({ where: { id: patientId } })) > 0;
  }

  async therapistHasSessionWith(userId: string, patientId: string): Promise<boolean> {
    const [row] = await this.prisma.tenant.$queryRaw<{ found: boolean }[]>(Prisma.sql`
      SELECT EXISTS (${therapistPatientIdsSql(currentActor().clinicId, userId)} AND s."patientId" = ${patientId}::uuid) AS found`);
    return row?.found ?? false;
  }

  async patientIdsOfTherapist(userId: string): Promise<string[]> {
    const rows = await this.prisma.tenant.$queryRaw<{ patientId: string }[]>(Prisma.sql`
      SELECT DISTINCT p."patientId" FROM (${therapistPatientIdsSql(currentActor().clinicId, userId)}) p`);
    return rows.map((r) => r.patientId);
  }

  async therapistIdOfUser(userId: string): Promise<string | null> {
    const therapist = await this.prisma.tenant.therapist.findFirst({ where: { userId }, select: { id: true } });
    return therapist?.id ?? null;
  }
}
