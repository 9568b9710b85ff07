// The patient page's only calls: public operations authorised by the link's token, sent with a plain
// fetch to /graphql. The admin's Apollo client and react-admin error types stay out of this bundle.
import { graphql } from '../graphql';
import type { MessageChannel, PatientLinkViewFieldsFragment } from '../graphql/graphql';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

export type LinkView = PatientLinkViewFieldsFragment;

export const PATIENT_LINK_VIEW_FIELDS = graphql(`
  fragment PatientLinkViewFields on PatientLinkView {
    purpose
    clinicName
    clinicAddress
    timezone
    startsAt
    endsAt
    therapistName
    serviceName
    sessionStatus
    confirmedAt
    lateCancel
    offerStatus
    lateCancelWindowHours
    cancelWouldBeLate
    usedAt
  }
`);

const PATIENT_LINK = graphql(`
  query PatientLink($token: String!) {
    patientLink(token: $token) {
      ...PatientLinkViewFields
    }
  }
`);

const CONFIRM = graphql(`
  mutation PatientConfirmSession($token: String!) {
    confirmSessionByLink(token: $token) {
      ...PatientLinkViewFields
    }
  }
`);

const CANCEL = graphql(`
  mutation PatientCancelSession($token: String!, $reason: String) {
    cancelSessionByLink(token: $token, reason: $reason) {
      ...PatientLinkViewFields
    }
  }
`);

const CLAIM = graphql(`
  mutation PatientClaimOffer($token: String!) {
    claimWaitlistOffer(token: $token) {
      ...PatientLinkViewFields
    }
  }
`);

const OPT_OUT = graphql(`
  mutation PatientOptOut($token: String!) {
    optOutByLink(token: $token) {
      channel
    }
  }
`);

/** What the page can do with a link; the tests pass a fake. */
export interface PatientApi {
  view(token: string): Promise<LinkView>;
  confirm(token: string): Promise<LinkView>;
  cancel(token: string, reason: string): Promise<LinkView>;
  claim(token: string): Promise<LinkView>;
  optOut(token: string): Promise<MessageChannel>;
}

/**
 * A refusal the patient can read. `code` is the API's (BAD_USER_INPUT for a tampered or expired link,
 * CONFLICT when the appointment or offer changed, RATE_LIMITED), or UNAVAILABLE when the server could
 * not be reached or failed: its own wording is never shown then.
 */
export class LinkError extends Error {
  constructor(
    message: string,
    readonly code: 'BAD_USER_INPUT' | 'CONFLICT' | 'RATE_LIMITED' | 'UNAVAILABLE',
  ) {
    super(message);
    this.name = 'LinkError';
  }
}

export const UNAVAILABLE_MESSAGE = 'Something went wrong on our side. Please try again in a moment, or contact the clinic.';

interface GraphQLErrorBody {
  message?: unknown;
  extensions?: { code?: unknown; issues?: unknown; [key: string]: unknown };
}

/** The patient-readable message of a BAD_USER_INPUT: the issue's own text, without "token: ". */
function inputMessage(error: GraphQLErrorBody): string {
  const issues = Array.isArray(error.extensions?.issues) ? error.extensions.issues : [];
  const texts = issues.map((issue) => (issue as { message?: unknown })?.message).filter((m): m is string => typeof m === 'string' && !!m);
  if (texts.length) return texts.join(' ');
  return typeof error.message === 'string' ? error.message.replace(/^\w+: /, '') : UNAVAILABLE_MESSAGE;
}

export function linkErrorOf(error: GraphQLErrorBody): LinkError {
  const code = error.extensions?.code;
  const message = typeof error.message === 'string' ? error.message : '';
  if (code === 'BAD_USER_INPUT') return new LinkError(inputMessage(error), 'BAD_USER_INPUT');
  if ((code === 'CONFLICT' || code === 'RATE_LIMITED') && message) return new LinkError(message, code);
  return new LinkError(UNAVAILABLE_MESSAGE, 'UNAVAILABLE');
}

async function call<TData, TVariables>(
  operation: DocumentTypeDecoration<TData, TVariables> & object,
  variables: TVariables,
): Promise<TData> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: operation.toString(), variables }),
    });
  } catch {
    throw new LinkError('Cannot reach the clinic’s server. Check your connection and try again.', 'UNAVAILABLE');
  }
  // A refused request (HTTP 400) still carries its GraphQL errors; a proxy's error page carries none.
  const body = (await response.json().catch(() => ({}))) as { data?: TData | null; errors?: GraphQLErrorBody[] };
  const [first] = body.errors ?? [];
  if (first) throw linkErrorOf(first);
  if (!body.data) throw new LinkError(UNAVAILABLE_MESSAGE, 'UNAVAILABLE');
  return body.data;
}

export const httpPatientApi: PatientApi = {
  view: async (token) => (await call(PATIENT_LINK, { token })).patientLink,
  confirm: async (token) => (await call(CONFIRM, { token })).confirmSessionByLink,
  cancel: async (token, reason) => (await call(CANCEL, { token, reason: reason.trim() || null })).cancelSessionByLink,
  claim: async (token) => (await call(CLAIM, { token })).claimWaitlistOffer,
  optOut: async (token) => (await call(OPT_OUT, { token })).optOutByLink.channel,
};
