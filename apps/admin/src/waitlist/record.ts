// The record react-admin's data provider returns for the `waitlist` resource (it selects every field,
// linked resources by id); typed from the schema here.
import { graphql } from '../graphql';
import type { WaitlistRecordFragment } from '../graphql/graphql';

export const WAITLIST_RECORD = graphql(`
  fragment WaitlistRecord on WaitlistEntry {
    id
    patientId
    serviceTypeId
    therapistId
    windows {
      weekday
      startTime
      endTime
    }
    earliestDate
    latestDate
    notes
    status
    sessionId
    offers {
      id
      startsAt
      therapistId
      status
      messageId
      sessionId
      claimedAt
      createdAt
    }
    createdAt
  }
`);
export type WaitlistEntry = WaitlistRecordFragment;
export type WaitlistOffer = WaitlistEntry['offers'][number];
export type WaitlistWindow = WaitlistEntry['windows'][number];
