import { Args, ArgsType, Field, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { Roles } from '../../common/access.decorators.js';
import { Role } from '../../common/graphql/enums.js';
import { PatientIdArgs } from '../screening/screening.inputs.js';
import { StaffDirectoryRepository } from '../staff-directory.repository.js';
import { StaffMemberModel } from '../staff-member.model.js';
import { AmendTreatmentNoteArgs, TreatmentNoteRootArgs } from './treatment-note.inputs.js';
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
  constructor(
    private readonly notes: TreatmentNotesService,
    private readonly staff: StaffDirectoryRepository,
  ) {}

  @Roles(Role.OWNER, Role.THERAPIST)
  @Query(() => [TreatmentNoteModel], { description: "A patient's treatment notes (latest versions), newest session first" })
  async treatmentNotes(@Args() { patientId }: PatientIdArgs): Promise<TreatmentNoteModel[]> {
    return (await this.notes.ofPatient(patientId)).map(toModel);
  }

  @Roles(Role.OWNER, Role.THERAPIST)
  @Query(() => TreatmentNoteModel, {
    nullable: true,
    description: "A session's treatment note (its latest version); null before the session is completed",
  })
  async treatmentNote(@Args() { sessionId }: SessionIdArgs): Promise<TreatmentNoteModel | null> {
    const row = await this.notes.ofSession(sessionId);
    return row ? toModel(row) : null;
  }

  @Roles(Role.OWNER, Role.THERAPIST)
  @Query(() => [TreatmentNoteModel], { description: 'Every version of one treatment note, oldest first, with who wrote each and why' })
  async treatmentNoteHistory(@Args() { rootId }: TreatmentNoteRootArgs): Promise<TreatmentNoteModel[]> {
    return (await this.notes.history(rootId)).map(toModel);
  }

  @Roles(Role.OWNER, Role.THERAPIST)
  @Mutation(() => TreatmentNoteModel, {
    description:
      "Adds version n+1 of the latest note with a reason; the previous version stays readable. The session's therapist or an owner",
  })
  async amendTreatmentNote(@Args() args: AmendTreatmentNoteArgs): Promise<TreatmentNoteModel> {
    return toModel(await this.notes.amend(args));
  }

  @ResolveField(() => StaffMemberModel, { nullable: true })
  author(@Parent() note: TreatmentNoteModel): Promise<StaffMemberModel | null> {
    return this.staff.member(note.authorId);
  }
}
