// The record react-admin's data provider returns for the `questionnaires` resource (it selects every
// field); typed from the schema here.
import { graphql } from '../graphql';
import type { StaffQuestionnaireRecordFragment } from '../graphql/graphql';

export const QUESTIONNAIRE_RECORD = graphql(`
  fragment StaffQuestionnaireRecord on QuestionnaireRequest {
    id
    patientId
    episodeId
    occasion
    sequence
    instruments
    sendAt
    expiresAt
    status
    statusReason
    answeredAt
    createdAt
  }
`);
export type QuestionnaireRequest = StaffQuestionnaireRecordFragment;
