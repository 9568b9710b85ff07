import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { INSTRUMENT_CODES, INSTRUMENTS, odiBand, type InstrumentDefinition } from '@backtrack/domain';
import { ALL_STAFF, Roles } from '../../common/access.decorators.js';
import { Role } from '../../common/graphql/enums.js';
import { IdArgs } from '../../common/graphql/id.args.js';
import { ListMetadata } from '../../common/graphql/list.args.js';
import type { Assessment } from '../../generated/prisma/client.js';
import { OdiBandEnum, OutcomeDomainEnum } from '../clinical.enums.js';
import { StaffDirectoryRepository } from '../staff-directory.repository.js';
import { StaffMemberModel } from '../staff-member.model.js';
import { AmendAssessmentArgs, AssessmentListArgs, RecordAssessmentArgs, RootIdArgs } from './assessment.inputs.js';
import { AssessmentModel } from './assessment.model.js';
import { AssessmentsService } from './assessments.service.js';
import { InstrumentDefinitionModel } from './instrument.model.js';

@Resolver(() => AssessmentModel)
export class AssessmentsResolver {
  constructor(
    private readonly assessments: AssessmentsService,
    private readonly staff: StaffDirectoryRepository,
  ) {}

  @Roles(Role.OWNER, Role.THERAPIST)
  @Mutation(() => AssessmentModel, { description: 'The score is computed by the server from the responses' })
  recordAssessment(@Args() { input }: RecordAssessmentArgs): Promise<Assessment> {
    return this.assessments.record(input);
  }

  @Roles(Role.OWNER, Role.THERAPIST)
  @Mutation(() => AssessmentModel, { description: 'Adds version n+1; the previous version stays readable' })
  amendAssessment(@Args() args: AmendAssessmentArgs): Promise<Assessment> {
    return this.assessments.amend(args);
  }

  @Roles(Role.OWNER, Role.THERAPIST)
  @Query(() => AssessmentModel, { name: 'Assessment', description: 'Any version by its id' })
  assessment(@Args() { id }: IdArgs): Promise<Assessment> {
    return this.assessments.get(id);
  }

  @Roles(Role.OWNER, Role.THERAPIST)
  @Query(() => [AssessmentModel], { description: 'Latest versions only unless filter.allVersions; newest first by default' })
  allAssessments(@Args() args: AssessmentListArgs): Promise<Assessment[]> {
    return this.assessments.list(args);
  }

  @Roles(Role.OWNER, Role.THERAPIST)
  @Query(() => ListMetadata)
  async _allAssessmentsMeta(@Args() args: AssessmentListArgs): Promise<ListMetadata> {
    return { count: await this.assessments.count(args) };
  }

  @Roles(Role.OWNER, Role.THERAPIST)
  @Query(() => [AssessmentModel], { description: 'Every version of one assessment, oldest first' })
  assessmentHistory(@Args() { rootId }: RootIdArgs): Promise<Assessment[]> {
    return this.assessments.history(rootId);
  }

  @Roles(...ALL_STAFF)
  @Query(() => [InstrumentDefinitionModel], { description: 'Instrument definitions (item names and ranges) for forms and previews' })
  instruments(): InstrumentDefinition[] {
    return INSTRUMENT_CODES.map((code) => ({
      ...INSTRUMENTS[code],
      items: INSTRUMENTS[code].items.map((item) => ({ ...item, optional: item.optional ?? false })),
    }));
  }

  @ResolveField(() => [Int], { nullable: 'items' })
  responses(@Parent() assessment: Assessment): (number | null)[] {
    return assessment.responses as (number | null)[];
  }

  @ResolveField(() => [String])
  activities(@Parent() assessment: Assessment): string[] {
    return assessment.itemLabels;
  }

  /** Batched per request: a history or list of N versions asks for its authors in one query. */
  @ResolveField(() => StaffMemberModel, { nullable: true })
  recordedBy(@Parent() assessment: Assessment): Promise<StaffMemberModel | null> {
    return assessment.recordedById ? this.staff.member(assessment.recordedById) : Promise.resolve(null);
  }

  @ResolveField(() => OutcomeDomainEnum)
  domain(@Parent() assessment: Assessment): OutcomeDomainEnum {
    return INSTRUMENTS[assessment.instrument].domain as OutcomeDomainEnum;
  }

  @ResolveField(() => OdiBandEnum, { nullable: true })
  band(@Parent() assessment: Assessment): OdiBandEnum | null {
    return assessment.instrument === 'ODI' ? (odiBand(assessment.score) as OdiBandEnum) : null;
  }
}
