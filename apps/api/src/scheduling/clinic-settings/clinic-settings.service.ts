import { Injectable } from '@nestjs/common';
import { INSTRUMENTS, instrumentsByRegionOf, validateQuestionnaireSchedule } from '@backtrack/domain';
import { AuditAction } from '../../audit/audit-action.js';
import { AuditService } from '../../audit/audit.service.js';
import { BadInputError, type FieldIssue } from '../../common/app-error.js';
import type { Clinic } from '../../generated/prisma/client.js';
import type { UpdateClinicSettingsArgs } from './clinic-settings.inputs.js';
import { ClinicSettingsRepository } from './clinic-settings.repository.js';

@Injectable()
export class ClinicSettingsService {
  constructor(
    private readonly clinics: ClinicSettingsRepository,
    private readonly audit: AuditService,
  ) {}

  get(): Promise<Clinic> {
    return this.clinics.current();
  }

  async update(args: UpdateClinicSettingsArgs): Promise<Clinic> {
    const current = await this.clinics.current();
    const updated = await this.clinics.update({
      ...this.questionnaireSettings(args, current),
      name: args.name?.trim(),
      timezone: args.timezone,
      slotStepMinutes: args.slotStepMinutes,
      minimumNoticeMinutes: args.minimumNoticeMinutes,
      lateCancelWindowHours: args.lateCancelWindowHours,
      checkInWindowMinutes: args.checkInWindowMinutes,
      address: args.address?.trim(),
      // Kept in descending order, the order reminders go out.
      reminderOffsetsHours: args.reminderOffsetsHours && [...args.reminderOffsetsHours].sort((a, b) => b - a),
      reminderChannels: args.reminderChannels,
      quietHoursStart: args.quietHoursStart,
      quietHoursEnd: args.quietHoursEnd,
    });
    // The names of the settings sent, never their values (the licensed wording is not the log's to keep).
    const fields = Object.keys(args).filter((f) => (args as Record<string, unknown>)[f] !== undefined);
    await this.audit.record({ action: AuditAction.UPDATE, entity: 'Clinic', entityId: updated.id, patientId: null, fields });
    return updated;
  }

  /** The questionnaire schedule and licensed wording, merged into the current ones and checked whole, each problem naming its field. */
  private questionnaireSettings(args: UpdateClinicSettingsArgs, current: Clinic) {
    const issues: FieldIssue[] = [];
    const byRegion = instrumentsByRegionOf(current.questionnaireInstruments);
    args.questionnaireInstruments?.forEach(({ region, instruments }, i) => {
      if (args.questionnaireInstruments!.findIndex((r) => r.region === region) !== i) {
        issues.push({ field: `questionnaireInstruments[${i}].region`, message: `${region} is given twice` });
      }
      byRegion[region] = instruments;
    });
    const schedule = {
      instrumentsByRegion: byRegion,
      everySessions: args.questionnaireEverySessions ?? current.questionnaireEverySessions,
      followUpMonths: args.questionnaireFollowUpMonths ?? current.questionnaireFollowUpMonths,
    };
    for (const issue of validateQuestionnaireSchedule(schedule)) {
      const region = issue.field.startsWith('instruments.') ? issue.field.slice('instruments.'.length) : null;
      const index = args.questionnaireInstruments?.findIndex((r) => r.region === region) ?? -1;
      issues.push({ field: region ? `questionnaireInstruments[${index}].instruments` : issue.field, message: issue.message });
    }
    const licensed: Record<string, string[]> = { ...((current.licensedItemText as Record<string, string[]> | null) ?? {}) };
    args.licensedItemText?.forEach(({ instrument, items }, i) => {
      const count = INSTRUMENTS[instrument].items.length;
      if (items.length === 0) delete licensed[instrument];
      else if (items.length !== count) {
        issues.push({
          field: `licensedItemText[${i}].items`,
          message: `needs one text for each of the ${count} ${instrument} items, in order (got ${items.length})`,
        });
      } else licensed[instrument] = items.map((t) => t.trim());
    });
    if (issues.length > 0) throw new BadInputError(issues);
    return {
      questionnairesEnabled: args.questionnairesEnabled,
      questionnaireEverySessions: args.questionnaireEverySessions,
      questionnaireFollowUpMonths: args.questionnaireFollowUpMonths,
      questionnaireInstruments: args.questionnaireInstruments ? byRegion : undefined,
      licensedItemText: args.licensedItemText ? licensed : undefined,
    };
  }
}
