// GraphQL enums, registered once from the database enums so the two never drift apart.
import { registerEnumType } from '@nestjs/graphql';
import {
  Chronicity,
  ClearanceStatus,
  ComplaintRegion,
  Instrument,
  MessageChannel,
  MessageKind,
  MessageStatus,
  Modality,
  PatientLinkPurpose,
  Pressure,
  QuestionnaireOccasion,
  QuestionnaireStatus,
  RepeatFrequency,
  Role,
  SessionStatus,
  WaitlistOfferStatus,
  WaitlistStatus,
} from '../../generated/prisma/enums.js';

registerEnumType(Role, { name: 'Role' });
registerEnumType(Modality, { name: 'Modality' });
registerEnumType(ComplaintRegion, { name: 'ComplaintRegion' });
registerEnumType(ClearanceStatus, { name: 'ClearanceStatus' });
registerEnumType(SessionStatus, { name: 'SessionStatus' });
registerEnumType(RepeatFrequency, { name: 'RepeatFrequency' });
registerEnumType(Chronicity, { name: 'Chronicity' });
registerEnumType(Pressure, { name: 'Pressure' });
registerEnumType(Instrument, { name: 'Instrument' });
registerEnumType(MessageChannel, { name: 'MessageChannel' });
registerEnumType(MessageKind, { name: 'MessageKind' });
registerEnumType(MessageStatus, { name: 'MessageStatus' });
registerEnumType(PatientLinkPurpose, { name: 'PatientLinkPurpose' });
registerEnumType(WaitlistStatus, { name: 'WaitlistStatus' });
registerEnumType(WaitlistOfferStatus, { name: 'WaitlistOfferStatus' });
registerEnumType(QuestionnaireOccasion, { name: 'QuestionnaireOccasion' });
registerEnumType(QuestionnaireStatus, { name: 'QuestionnaireStatus' });

export {
  Chronicity,
  ClearanceStatus,
  ComplaintRegion,
  Instrument,
  MessageChannel,
  MessageKind,
  MessageStatus,
  Modality,
  PatientLinkPurpose,
  Pressure,
  QuestionnaireOccasion,
  QuestionnaireStatus,
  RepeatFrequency,
  Role,
  SessionStatus,
  WaitlistOfferStatus,
  WaitlistStatus,
};
