// The actor's clinic. Clinic is the tenant itself, not a tenant-owned row, so the tenant client does
// not scope it: every query here names currentClinicId() explicitly, and nothing else.
import { Injectable } from '@nestjs/common';
import { currentClinicId } from '../../database/tenant-scope.js';
import { PrismaService } from '../../database/prisma.service.js';
import type { Clinic, Prisma } from '../../generated/prisma/client.js';

export type ClinicSettingsData = Partial<
  Pick<
    Clinic,
    | 'name'
    | 'timezone'
    | 'slotStepMinutes'
    | 'minimumNoticeMinutes'
    | 'lateCancelWindowHours'
    | 'checkInWindowMinutes'
    | 'address'
    | 'reminderOffsetsHours'
    | 'reminderChannels'
    | 'quietHoursStart'
    | 'quietHoursEnd'
    | 'questionnairesEnabled'
    | 'questionnaireEverySessions'
    | 'questionnaireFollowUpMonths'
  >
> & { questionnaireInstruments?: Prisma.InputJsonValue; licensedItemText?: Prisma.InputJsonValue };

@Injectable()
export class ClinicSettingsRepository {
  constructor(private readonly prisma: PrismaService) {}

  current(): Promise<Clinic> {
    return this.prisma.system.clinic.findUniqueOrThrow({ where: { id: currentClinicId() } });
  }

  update(data: ClinicSettingsData): Promise<Clinic> {
    return this.prisma.system.clinic.update({ where: { id: currentClinicId() }, data });
  }
}
