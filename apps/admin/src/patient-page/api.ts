// The patient page's only calls: public operations authorised by the link's token, sent with a plain
// fetch to /graphql. The admin's Apollo client and react-admin error types stay out of this bundle.
import { graphql } from '../graphql';
import type {
  MessageChannel,
  PatientLinkViewFieldsFragment,
  PatientQuestionnaireFieldsFragment,
  QuestionnaireAnswerInput,
} from '../graphql/graphql';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

export type LinkView = PatientLinkViewFieldsFragment;
export type QuestionnaireView = PatientQuestionnaireFieldsFragment;
export type QuestionnaireAnswer = QuestionnaireAnswerInput;

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

export const PATIENT_QUESTIONNAIRE_FIELDS = graphql(`
  fragment PatientQuestionnaireFields on PatientQuestionnaire {
    clinicName
    timezone
    occasion
    status
    instruments
    licensedItemText {
      instrument
      items
    }
    expiresAt
    answeredAt
  }
`);

const QUESTIONNAIRE = graphql(`
  query PatientQuestionnaireByLink($token: String!) {
    questionnaireByLink(token: $token) {
      ...PatientQuestionnaireFields
    }
  }
`);

const SUBMIT_QUESTIONNAIRE = graphql(`
  mutation PatientQuestionnaireSubmit($token: String!, $responses: [QuestionnaireAnswerInput!]!) {
    submitQuestionnaire(token: $token, responses: $responses) {
      ...PatientQuestionnaireFields
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
  questionnaire(token: string): Promise<QuestionnaireView>;
  submitQuestionnaire(token: string, answers: QuestionnaireAnswer[]): Promise<QuestionnaireView>;
}

/** One refused value of a BAD_USER_INPUT, named as the API names it (`token`, `responses[0].responses[2]`). */
export interface InputIssue {
  field: string;
  message: string;
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
    /** BAD_USER_INPUT only: each refused value, so a form can show it where it belongs. */
    readonly issues: readonly InputIssue[] = [],
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

function inputIssues(error: GraphQLErrorBody): InputIssue[] {
  const issues: unknown[] = Array.isArray(error.extensions?.issues) ? error.extensions.issues : [];
  return issues.filter(
    (issue): issue is InputIssue =>
      typeof (issue as InputIssue)?.field === 'string' &&
      typeof (issue as InputIssue)?.message === 'string' &&
      !!(issue as InputIssue).message,
  );
}

/** The patient-readable message of a BAD_USER_INPUT: the issue's own text, without "token: ". */
function inputMessage(error: GraphQLErrorBody, issues: InputIssue[]): string {
  if (issues.length) return issues.map((issue) => issue.message).join(' ');
  return typeof error.message === 'string' ? error.message.replace(/^\w+: /, '') : UNAVAILABLE_MESSAGE;
}

export function linkErrorOf(error: GraphQLErrorBody): LinkError {
  const code = error.extensions?.code;
  const message = typeof error.message === 'string' ? error.message : '';
  if (code === 'BAD_USER_INPUT') {
    const issues = inputIssues(error);
    return new LinkError(inputMessage(error, issues), 'BAD_USER_INPUT', issues);
  }
  if ((code === 'CONFLICT' || code === 'RATE_LIMITED') && message) return new LinkError(message, code);
  return new LinkError(UNAVAILABLE_MESSAGE, 'UNAVAILABLE');
}

export async function call<TData, TVariables>(
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
  questionnaire: async (token) => (await call(QUESTIONNAIRE, { token })).questionnaireByLink,
  submitQuestionnaire: async (token, responses) => (await call(SUBMIT_QUESTIONNAIRE, { token, responses })).submitQuestionnaire,
};
