import { Args, ArgsType, Field, ID, Query, Resolver } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { Roles } from '../../common/access.decorators.js';
import { Role } from '../../common/graphql/enums.js';
import { PatientIdArgs } from '../screening/screening.inputs.js';
import { TreatmentNoteModel } from './treatment-note.model.js';
import type { TreatmentNoteRow } from './treatment-notes.repository.js';
import { TreatmentNotesService } from './treatment-notes.service.js';

@ArgsType()
class SessionIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a valid id' })
  sessionId!: string;
}

function toModel(row: TreatmentNoteRow): TreatmentNoteModel {
  const { session, ...note } = row;
  return { ...note, patientId: session.patientId, therapistId: session.therapistId, sessionStartsAt: session.startsAt };
}

@Resolver(() => TreatmentNoteModel)
export class TreatmentNotesResolver {
  constructor(private readonly notes: TreatmentNotesService) {}

  @Roles(Role.OWNER, Role.THERAPIST)
  @Query(() => [TreatmentNoteModel], { description: "A patient's treatment notes, newest session first" })
  async treatmentNotes(@Args() { patientId }: PatientIdArgs): Promise<TreatmentNoteModel[]> {
    return (await this.notes.ofPatient(patientId)).map(toModel);
  }

  @Roles(Role.OWNER, Role.THERAPIST)
  @Query(() => TreatmentNoteModel, { nullable: true, description: "A session's treatment note; null before the session is completed" })
  async treatmentNote(@Args() { sessionId }: SessionIdArgs): Promise<TreatmentNoteModel | null> {
    const row = await this.notes.ofSession(sessionId);
    return row ? toModel(row) : null;
  }
}
