// The record react-admin's data provider returns for the `messages` resource (it selects every
// field); typed from the schema here.
import { graphql } from '../graphql';
import type { MessageRecipientFieldsFragment, MessageRecordFragment } from '../graphql/graphql';

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
// Who a message is to when it is not a patient: a staff member (an invitation). The data provider
// selects these with every other field; optional here so a record of a patient's message may omit them.
export const MESSAGE_RECIPIENT_FIELDS = graphql(`
  fragment MessageRecipientFields on Message {
    userId
    staffName
  }
`);

export type Message = MessageRecordFragment & Partial<MessageRecipientFieldsFragment>;
