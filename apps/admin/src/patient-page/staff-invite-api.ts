// The invitation page's calls: public operations authorised by the invitation link's token, sent with
// the patient page's plain fetch (no admin client in this bundle).
import { graphql } from '../graphql';
import type { StaffInviteFieldsFragment } from '../graphql/graphql';
import { call } from './api';

export type StaffInviteView = StaffInviteFieldsFragment;

export const STAFF_INVITE_FIELDS = graphql(`
  fragment StaffInviteFields on StaffInviteViewModel {
    clinicName
    name
    email
    role
    expiresAt
  }
`);

const VIEW = graphql(`
  query StaffInvitePageView($token: String!) {
    staffInvite(token: $token) {
      ...StaffInviteFields
    }
  }
`);

const ACCEPT = graphql(`
  mutation StaffInvitePageAccept($token: String!, $password: String!) {
    acceptStaffInvite(token: $token, password: $password) {
      ...StaffInviteFields
    }
  }
`);

/** What the page can do with an invitation; the tests pass a fake. */
export interface StaffInviteApi {
  view(token: string): Promise<StaffInviteView>;
  accept(token: string, password: string): Promise<StaffInviteView>;
}

export const httpStaffInviteApi: StaffInviteApi = {
  view: async (token) => (await call(VIEW, { token })).staffInvite,
  accept: async (token, password) => (await call(ACCEPT, { token, password })).acceptStaffInvite,
};
