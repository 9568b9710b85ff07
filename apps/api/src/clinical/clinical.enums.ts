// GraphQL enums of the clinical slice, mirroring the domain's string unions (and the database's
// AssessmentSource, registered from its Prisma enum so the two never drift apart).
import { registerEnumType } from '@nestjs/graphql';
import { AssessmentSource } from '../generated/prisma/enums.js';

export enum OdiBandEnum {
  MINIMAL = 'MINIMAL',
  MODERATE = 'MODERATE',
  SEVERE = 'SEVERE',
  CRIPPLED = 'CRIPPLED',
  BED_BOUND = 'BED_BOUND',
}

export enum OutcomeDomainEnum {
  PAIN = 'PAIN',
  FUNCTION = 'FUNCTION',
}

registerEnumType(OdiBandEnum, { name: 'OdiBand', description: "Fairbank's ODI disability bands" });
registerEnumType(OutcomeDomainEnum, { name: 'OutcomeDomain' });
registerEnumType(AssessmentSource, {
  name: 'AssessmentSource',
  description: 'Who gave the answers: entered by staff, or answered by the patient by link',
  valuesMap: {
    CLINICIAN_ENTERED: { description: 'Entered by a staff member' },
    PATIENT_REPORTED: { description: 'Answered by the patient on a questionnaire link' },
  },
});

export { AssessmentSource };
