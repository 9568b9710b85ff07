import { Injectable } from '@nestjs/common';
import type { Clinic } from '../../generated/prisma/client.js';
import type { UpdateClinicSettingsArgs } from './clinic-settings.inputs.js';
import { ClinicSettingsRepository } from './clinic-settings.repository.js';

@Injectable()
export class ClinicSettingsService {
  constructor(private readonly clinics: ClinicSettingsRepository) {}

  get(): Promise<Clinic> {
    return this.clinics.current();
  }

  update(args: UpdateClinicSettingsArgs): Promise<Clinic> {
    return this.clinics.update({
      name: args.name?.trim(),
      timezone: args.timezone,
      slotStepMinutes: args.slotStepMinutes,
      minimumNoticeMinutes: args.minimumNoticeMinutes,
      lateCancelWindowHours: args.lateCancelWindowHours,
      address: args.address?.trim(),
      // Kept in descending order, the order reminders go out.
      reminderOffsetsHours: args.reminderOffsetsHours && [...args.reminderOffsetsHours].sort((a, b) => b - a),
      reminderChannels: args.reminderChannels,
      quietHoursStart: args.quietHoursStart,
      quietHoursEnd: args.quietHoursEnd,
    });
  }
}
