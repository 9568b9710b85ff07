// A questionnaire answered by the patient at home, from the link in its message, with no account.
// Like the other patient links: rate limited per address, the signature names the clinic and all
// reads and writes run in that clinic's transaction, and a tampered, expired, foreign or used link
// changes nothing. Every answer is checked item by item by the domain (the admin's own rules) before
// anything is written; then, in one transaction, the request becomes ANSWERED (once: of two
// submissions at once one wins), each instrument becomes a PATIENT_REPORTED Assessment of the
// request's episode (a follow-up after discharge belongs to the episode it follows up), and the
// reminders still waiting are withdrawn.
import { Inject, Injectable } from '@nestjs/common';
import { INSTRUMENTS, validateResponses, type Instrument } from '@backtrack/domain';
import { AppError, BadInputError, ConflictError, ErrorCode, type FieldIssue } from '../common/app-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import type { TenantTransaction } from '../database/prisma.service.js';
import type { QuestionnaireRequest } from '../generated/prisma/client.js';
import { insertFirstAssessment } from '../clinical/assessments/assessments.repository.js';
import { itemLabelsOrRefuse, scoreOrRefuse } from '../clinical/assessments/assessments.service.js';
import { PatientLinkRateLimit } from '../messages/patient-link-rate-limit.js';
import { verifyStoredLink, type LinkProblem, type VerifiedStoredLink } from '../messages/patient-link.js';
import { PatientLinksRepository } from '../messages/patient-links.repository.js';
import type { LicensedItemTextModel, PatientQuestionnaireModel } from './questionnaire.model.js';
import type { QuestionnaireAnswerInput } from './questionnaire.inputs.js';
import { QuestionnaireRequestsRepository, type QuestionnaireClinic } from './questionnaire-requests.repository.js';
import { QuestionnaireRequestsService } from './questionnaire-requests.service.js';

const PROBLEMS: Record<LinkProblem, string> = {
  INVALID: 'This link is not valid. Please check that you opened the whole link, or contact the clinic.',
  EXPIRED: 'This questionnaire can no longer be answered: its time has passed. Thank you all the same.',
  WRONG_PURPOSE: 'This link cannot be used for this.',
};

/** The licensed wordings a clinic entered, kept only where they fit the instrument (one text per item). */
export function licensedTextOf(stored: unknown, instruments: readonly Instrument[]): LicensedItemTextModel[] {
  if (!stored || typeof stored !== 'object') return [];
  return instruments.flatMap((instrument) => {
    const items = (stored as Record<string, unknown>)[instrument];
    const fits =
      Array.isArray(items) &&
      items.length === INSTRUMENTS[instrument].items.length &&
      items.every((t) => typeof t === 'string' && t.trim());
    return fits ? [{ instrument, items: items as string[] }] : [];
  });
}

/** Every problem of every answer, each naming its place (`responses[0].responses[3]`) and item; nothing is written on any. */
function checkAnswers(request: QuestionnaireRequest, answers: QuestionnaireAnswerInput[]): void {
  const issues: FieldIssue[] = [];
  const seen = new Set<Instrument>();
  answers.forEach((answer, i) => {
    if (!request.instruments.includes(answer.instrument)) {
      issues.push({ field: `responses[${i}].instrument`, message: `${answer.instrument} is not part of this questionnaire` });
    } else if (seen.has(answer.instrument)) {
      issues.push({ field: `responses[${i}].instrument`, message: `${answer.instrument} is answered twice` });
    }
    seen.add(answer.instrument);
    const def = INSTRUMENTS[answer.instrument];
    for (const issue of validateResponses(answer.instrument, answer.responses)) {
      const item = issue.index === null ? null : def.items[issue.index];
      issues.push({
        field: issue.index === null ? `responses[${i}].responses` : `responses[${i}].responses[${issue.index}]`,
        message: item ? `${def.name}, ${item.label}: ${issue.message}` : `${def.name}: ${issue.message}`,
      });
    }
  });
  for (const missing of request.instruments.filter((code) => !seen.has(code))) {
    issues.push({ field: 'responses', message: `The ${INSTRUMENTS[missing].name} is not answered` });
  }
  if (issues.length > 0) throw new BadInputError(issues);
}

@Injectable()
export class PatientQuestionnaireService {
  constructor(
    private readonly links: PatientLinksRepository,
    private readonly requests: QuestionnaireRequestsRepository,
    private readonly planning: QuestionnaireRequestsService,
    private readonly rate: PatientLinkRateLimit,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async view(token: string, ip: string): Promise<PatientQuestionnaireModel> {
    const verified = await this.verify(token, ip);
    return this.links.inClinic(verified.clinicId, async (tx) => {
      const request = await this.request(tx, verified);
      return this.viewOf(request, await this.requests.clinic(tx));
    });
  }

  async submit(token: string, answers: QuestionnaireAnswerInput[], ip: string): Promise<PatientQuestionnaireModel> {
    const verified = await this.verify(token, ip);
    return this.links.inClinic(verified.clinicId, async (tx) => {
      const request = await this.request(tx, verified);
      this.assertOpen(request);
      checkAnswers(request, answers);
      // Scored and labelled by the same functions as a clinician's entry; the checks above already passed.
      const scored = answers.map((answer, i) => ({
        answer,
        scored: scoreOrRefuse(answer.instrument, answer.responses),
        itemLabels: itemLabelsOrRefuse(answer.instrument, answer.responses, answer.activities ?? [], `responses[${i}].activities`),
      }));
      const now = new Date();
      if (!(await this.requests.markAnswered(tx, request.id, now))) {
        this.assertOpen((await this.requests.findById(tx, request.id))!);
        throw new ConflictError('This questionnaire changed a moment ago. Please open the link again.', { field: 'token' });
      }
      for (const { answer, scored: s, itemLabels } of scored) {
        await insertFirstAssessment(tx, {
          patientId: request.patientId,
          episodeId: request.episodeId,
          sessionId: null,
          instrument: answer.instrument,
          responses: answer.responses,
          itemLabels,
          score: s.score,
          normalized: s.normalized,
          scoreExact: s.exact.score,
          normalizedExact: s.exact.normalized,
          takenAt: now,
          recordedById: null,
          source: 'PATIENT_REPORTED',
          questionnaireRequestId: request.id,
        });
      }
      await this.planning.answered(tx, request.id);
      return this.viewOf({ ...request, status: 'ANSWERED', answeredAt: now }, await this.requests.clinic(tx));
    });
  }

  private assertOpen(request: QuestionnaireRequest): void {
    if (request.status === 'ANSWERED') {
      throw new ConflictError('This questionnaire has already been answered. Thank you!', { field: 'token' });
    }
    if (request.status === 'CANCELLED') {
      throw new AppError(ErrorCode.CONFLICT, 'This questionnaire is no longer needed. Thank you all the same.', { field: 'token' });
    }
    if (request.status === 'EXPIRED' || request.expiresAt.getTime() <= Date.now()) throw BadInputError.field('token', PROBLEMS.EXPIRED);
  }

  private viewOf(request: QuestionnaireRequest, clinic: QuestionnaireClinic): PatientQuestionnaireModel {
    const expired = request.status === 'PENDING' && request.expiresAt.getTime() <= Date.now();
    return {
      clinicName: clinic.name,
      timezone: clinic.timezone,
      occasion: request.occasion,
      status: expired ? 'EXPIRED' : request.status,
      instruments: request.instruments,
      licensedItemText: licensedTextOf(clinic.licensedItemText, request.instruments),
      expiresAt: request.expiresAt,
      answeredAt: request.answeredAt,
    };
  }

  private async verify(token: string, ip: string): Promise<VerifiedStoredLink> {
    await this.rate.assertAllowed(ip);
    const verified = verifyStoredLink(token, ['QUESTIONNAIRE'], this.config.jwtSecret);
    if ('problem' in verified) throw BadInputError.field('token', PROBLEMS[verified.problem]);
    return verified;
  }

  /** The link's request; a signature from the right key but no row (another clinic's, or deleted) is just invalid. */
  private async request(tx: TenantTransaction, verified: VerifiedStoredLink): Promise<QuestionnaireRequest> {
    const link = await this.links.findByHash(tx, verified.tokenHash);
    const request = link?.purpose === 'QUESTIONNAIRE' && link.requestId ? await this.requests.findById(tx, link.requestId) : null;
    if (!request) throw BadInputError.field('token', PROBLEMS.INVALID);
    return request;
  }
}
