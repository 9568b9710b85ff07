// clinicSettings / updateClinicSettings for the owner's settings page. The page reads the reminder
// and questionnaire fields too; the shared catalogue (../shared/catalog) keeps to what the schedule needs.
import { graphql } from '../graphql';
import type { ClinicSettingsPageFieldsFragment, UpdateClinicSettingsMutationVariables } from '../graphql/graphql';
import { callMutation, callQuery } from '../providers/graphqlClient';

export const CLINIC_SETTINGS_PAGE_FIELDS = graphql(`
  fragment ClinicSettingsPageFields on ClinicSettings {
    ...ClinicSettingsFields
    address
    reminderOffsetsHours
    reminderChannels
    quietHoursStart
    quietHoursEnd
    questionnairesEnabled
    questionnaireEverySessions
    questionnaireFollowUpMonths
    questionnaireInstruments {
      region
      instruments
    }
    licensedItemText {
      instrument
      items
    }
  }
`);

const CLINIC_SETTINGS = graphql(`
  query clinicSettings {
    clinicSettings {
      ...ClinicSettingsPageFields
    }
  }
`);

const UPDATE = graphql(`
  mutation updateClinicSettings(
    $name: String
    $timezone: String
    $slotStepMinutes: Int
    $minimumNoticeMinutes: Int
    $lateCancelWindowHours: Int
    $checkInWindowMinutes: Int
    $address: String
    $reminderOffsetsHours: [Int!]
    $reminderChannels: [MessageChannel!]
    $quietHoursStart: String
    $quietHoursEnd: String
    $questionnairesEnabled: Boolean
    $questionnaireEverySessions: Int
    $questionnaireFollowUpMonths: Int
    $questionnaireInstruments: [RegionInstrumentsInput!]
    $licensedItemText: [LicensedItemTextInput!]
  ) {
    updateClinicSettings(
      name: $name
      timezone: $timezone
      slotStepMinutes: $slotStepMinutes
      minimumNoticeMinutes: $minimumNoticeMinutes
      lateCancelWindowHours: $lateCancelWindowHours
      checkInWindowMinutes: $checkInWindowMinutes
      address: $address
      reminderOffsetsHours: $reminderOffsetsHours
      reminderChannels: $reminderChannels
      quietHoursStart: $quietHoursStart
      quietHoursEnd: $quietHoursEnd
      questionnairesEnabled: $questionnairesEnabled
      questionnaireEverySessions: $questionnaireEverySessions
      questionnaireFollowUpMonths: $questionnaireFollowUpMonths
      questionnaireInstruments: $questionnaireInstruments
      licensedItemText: $licensedItemText
    ) {
      ...ClinicSettingsPageFields
    }
  }
`);

export type ClinicSettingsRecord = ClinicSettingsPageFieldsFragment;
export type ClinicSettingsChanges = UpdateClinicSettingsMutationVariables;

export async function fetchClinicSettings(): Promise<ClinicSettingsRecord> {
  return (await callQuery(CLINIC_SETTINGS, {})).clinicSettings;
}

export async function updateClinicSettings(changes: ClinicSettingsChanges): Promise<ClinicSettingsRecord> {
  return (await callMutation(UPDATE, changes)).updateClinicSettings;
}
