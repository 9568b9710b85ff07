import { Injectable } from '@nestjs/common';
import { NotFoundError } from '../common/app-error.js';
import { parseDateOnly } from '../common/graphql/date-only.js';
import { pageRequest } from '../common/graphql/list.args.js';
import type { Patient } from '../generated/prisma/client.js';
import type { CreatePatientArgs, PatientListArgs, UpdatePatientArgs } from './patient.inputs.js';
import { parsePatientSearch } from './patient-search.js';
import { toE164 } from './phone-number.js';
import { PatientsRepository, type PatientData, type PatientQuery } from './patients.repository.js';

const SORTABLE = ['name', 'lastName', 'firstName', 'dateOfBirth', 'createdAt', 'updatedAt', 'clearanceStatus', 'complaintRegion'] as const;

function blankToNull(value: string | null | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

function phoneOf(value: string | null | undefined): string | null | undefined {
  const phone = blankToNull(value);
  return phone ? toE164(phone) : phone;
}

function queryOf({ filter }: PatientListArgs): PatientQuery {
  const { q, ...rest } = filter ?? {};
  return { ...rest, search: parsePatientSearch(q) };
}

@Injectable()
export class PatientsService {
  constructor(private readonly patients: PatientsRepository) {}

  async get(id: string): Promise<Patient> {
    const patient = await this.patients.findById(id);
    if (!patient) throw new NotFoundError('Patient', id);
    return patient;
  }

  list(args: PatientListArgs): Promise<Patient[]> {
    return this.patients.list(queryOf(args), pageRequest(args, SORTABLE, 'name'));
  }

  count(args: PatientListArgs): Promise<number> {
    return this.patients.count(queryOf(args));
  }

  create(args: CreatePatientArgs): Promise<Patient> {
    return this.patients.create({
      firstName: args.firstName.trim(),
      lastName: args.lastName.trim(),
      dateOfBirth: parseDateOnly(args.dateOfBirth)!,
      email: blankToNull(args.email) ?? null,
      phone: phoneOf(args.phone) ?? null,
      preferredChannel: args.preferredChannel ?? null,
      emailConsent: args.emailConsent ?? false,
      smsConsent: args.smsConsent ?? false,
      complaintRegion: args.complaintRegion,
      notes: args.notes?.trim() ?? '',
    });
  }

  async update(args: UpdatePatientArgs): Promise<Patient> {
    const data: Partial<PatientData> = {};
    if (args.firstName !== undefined) data.firstName = args.firstName.trim();
    if (args.lastName !== undefined) data.lastName = args.lastName.trim();
    if (args.dateOfBirth !== undefined) data.dateOfBirth = parseDateOnly(args.dateOfBirth)!;
    if (args.email !== undefined) data.email = blankToNull(args.email) ?? null;
    if (args.phone !== undefined) data.phone = phoneOf(args.phone) ?? null;
    if (args.preferredChannel !== undefined) data.preferredChannel = args.preferredChannel;
    if (args.emailConsent !== undefined) data.emailConsent = args.emailConsent;
    if (args.smsConsent !== undefined) data.smsConsent = args.smsConsent;
    if (args.complaintRegion !== undefined) data.complaintRegion = args.complaintRegion;
    if (args.notes !== undefined) data.notes = args.notes.trim();
    const patient = await this.patients.update(args.id, data);
    if (!patient) throw new NotFoundError('Patient', args.id);
    return patient;
  }

  async delete(id: string): Promise<Patient> {
    const patient = await this.patients.delete(id);
    if (!patient) throw new NotFoundError('Patient', id);
    return patient;
  }
}
