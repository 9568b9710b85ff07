// The record react-admin's data provider returns for the `messages` resource (it selects every
// field); typed from the schema here.
import { graphql } from '../graphql';
import type { MessageRecordFragment } from '../graphql/graphql';

export const MESSAGE_RECORD = graphql(`
  fragment MessageRecord on Message {
    id
    patientId
    sessionId
    kind
    channel
    to
    subject
    text
    sendAt
    sentAt
    status
    statusReason
    providerResult
    attempts
    createdAt
  }
`);
export type Message = MessageRecordFragment;
