// What a questionnaire request says to the patient, for its first message and its reminders (the link
// itself is added by the outbox, which issues it). Shared by the API and the demo seed.
import { INSTRUMENTS } from '@backtrack/domain';
import type { Instrument, QuestionnaireOccasion } from '../generated/prisma/enums.js';
import { localWhen } from '../reminders/appointment.js';

export const QUESTIONNAIRE_LINK_LABEL = 'Answer the questionnaire';

/** "the Oswestry Disability Index and the Numeric Pain Rating Scale" */
function instrumentList(instruments: readonly Instrument[]): string {
  const names = instruments.map((code) => `the ${INSTRUMENTS[code].name}`);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function invitation(occasion: QuestionnaireOccasion, request: { sequence: number; expiresAt: Date }, clinic: QuestionnaireWording): string {
  const zone = clinic.timezone;
  switch (occasion) {
    case 'BASELINE':
      return `Before your first visit on ${localWhen(request.expiresAt, zone)}, please tell us how your back is today.`;
    case 'PROGRESS':
      return `You have had ${request.sequence} sessions with us: please tell us how your back is now, so that your therapist can see what is working.`;
    case 'DISCHARGE':
      return 'Now that your course of treatment has come to an end, please tell us how your back is.';
    case 'FOLLOW_UP':
      return `It is ${clinic.questionnaireFollowUpMonths} months since your treatment with us: please tell us how your back is now, so that we learn whether the improvement lasts.`;
  }
}

/** What of the clinic the wording needs. */
export interface QuestionnaireWording {
  name: string;
  timezone: string;
  questionnaireFollowUpMonths: number;
}

/** Subject and text of a request's message (a reminder says so). */
export function questionnaireMessage(
  request: { occasion: QuestionnaireOccasion; sequence: number; expiresAt: Date; instruments: readonly Instrument[] },
  clinic: QuestionnaireWording,
  reminder: boolean,
): { subject: string; text: string } {
  const opening = invitation(request.occasion, request, clinic);
  const what = `It asks about ${instrumentList(request.instruments)}, takes about ${2 + 3 * request.instruments.length} minutes on your phone, and needs no account.`;
  const until = `You can answer until ${localWhen(request.expiresAt, clinic.timezone)}.`;
  return {
    subject: `${reminder ? 'Reminder: ' : ''}${clinic.name}: a short questionnaire about your back`,
    text: [reminder ? `A reminder from ${clinic.name}. ${opening}` : opening, '', what, until].join('\n'),
  };
}
