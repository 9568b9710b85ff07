// Patients, always within the actor's clinic (the tenant client adds clinicId to every query).
import { Injectable } from '@nestjs/common';
import { ConflictError } from '../common/app-error.js';
import type { PageRequest } from '../common/graphql/list.args.js';
import { isForeignKeyViolation } from '../database/database-errors.js';
import { PrismaService } from '../database/prisma.service.js';
import { tenantCreate } from '../database/tenant-scope.js';
import type { ClearanceStatus, ComplaintRegion, MessageChannel, Patient, Prisma } from '../generated/prisma/client.js';
import { escapeLike, type PatientSearch } from './patient-search.js';

export interface PatientQuery {
  search?: PatientSearch | null;
  ids?: string[];
  complaintRegion?: ComplaintRegion;
  clearanceStatus?: ClearanceStatus;
}

export interface PatientData {
  firstName: string;
  lastName: string;
  dateOfBirth: Date;
  email: string | null;
  phone: string | null;
  preferredChannel: MessageChannel | null;
  emailConsent: boolean;
  smsConsent: boolean;
  complaintRegion: ComplaintRegion;
  notes: string;
}

/**
 * One alternative per reading of the search text, in one statement: anchored prefixes, an exact date
 * and a phone suffix, all inside the clinic's rows. Wildcards are escaped, so `%`, `_` and `\` match
 * only themselves.
 */
function searchAlternatives(search: PatientSearch): Prisma.PatientWhereInput[] {
  const prefix = (text: string) => ({ startsWith: escapeLike(text), mode: 'insensitive' as const });
  const alternatives: Prisma.PatientWhereInput[] = [
    { AND: search.nameTerms.map((term) => ({ OR: [{ firstName: prefix(term) }, { lastName: prefix(term) }] })) },
  ];
  if (search.emailPrefix) alternatives.push({ email: prefix(search.emailPrefix) });
  if (search.phonePrefix) alternatives.push({ phone: { startsWith: escapeLike(search.phonePrefix) } });
  if (search.phoneSuffix) alternatives.push({ phone: { endsWith: escapeLike(search.phoneSuffix) } });
  if (search.datesOfBirth.length) alternatives.push({ dateOfBirth: { in: search.datesOfBirth } });
  return alternatives;
}

function whereOf(query: PatientQuery): Prisma.PatientWhereInput {
  const where: Prisma.PatientWhereInput = {};
  if (query.ids) where.id = { in: query.ids };
  if (query.complaintRegion) where.complaintRegion = query.complaintRegion;
  if (query.clearanceStatus) where.clearanceStatus = query.clearanceStatus;
  if (query.search) where.OR = searchAlternatives(query.search);
  return where;
}

@Injectable()
export class PatientsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findById(id: string): Promise<Patient | null> {
    return this.prisma.tenant.patient.findFirst({ where: { id } });
  }

  list(query: PatientQuery, page: PageRequest): Promise<Patient[]> {
    const order =
      page.sortField === 'name' ? [{ lastName: page.sortOrder }, { firstName: page.sortOrder }] : [{ [page.sortField]: page.sortOrder }];
    return this.prisma.tenant.patient.findMany({
      where: whereOf(query),
      orderBy: [...order, { id: 'asc' }],
      skip: page.skip,
      take: page.take,
    });
  }

  count(query: PatientQuery): Promise<number> {
    return this.prisma.tenant.patient.count({ where: whereOf(query) });
  }

  create(data: PatientData): Promise<Patient> {
    return this.prisma.tenant.patient.create({ data: tenantCreate<Prisma.PatientUncheckedCreateInput>(data) });
  }

  async update(id: string, data: Partial<PatientData>): Promise<Patient | null> {
    const { count } = await this.prisma.tenant.patient.updateMany({ where: { id }, data });
    return count ? this.findById(id) : null;
  }

  /** Deletes a patient without clinical history; one with sessions, screenings or scores is kept. */
  async delete(id: string): Promise<Patient | null> {
    const patient = await this.findById(id);
    if (!patient) return null;
    try {
      await this.prisma.tenant.patient.deleteMany({ where: { id } });
    } catch (error) {
      if (isForeignKeyViolation(error)) {
        throw new ConflictError('This patient has clinical history (sessions, screenings or assessments) and cannot be deleted', {
          field: 'id',
        });
      }
      throw error;
    }
    return patient;
  }
}
