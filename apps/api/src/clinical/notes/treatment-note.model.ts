import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ComplaintRegion, Modality, Pressure } from '../../common/graphql/enums.js';

@ObjectType('TreatmentNote', { description: 'What was done in a completed session and how the patient responded' })
export class TreatmentNoteModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  sessionId!: string;

  @Field(() => ID)
  patientId!: string;

  @Field(() => ID)
  therapistId!: string;

  @Field()
  sessionStartsAt!: Date;

  @Field(() => ID)
  authorId!: string;

  @Field(() => [Modality], { description: 'Techniques used' })
  techniques!: Modality[];

  @Field(() => [ComplaintRegion], { description: 'Regions treated' })
  regions!: ComplaintRegion[];

  @Field(() => Pressure)
  pressure!: Pressure;

  @Field()
  patientResponse!: string;

  @Field()
  createdAt!: Date;
}
