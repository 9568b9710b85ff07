import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/access.decorators.js';
import { Role } from '../../common/graphql/enums.js';
import { IdArgs } from '../../common/graphql/id.args.js';
import { ListMetadata } from '../../common/graphql/list.args.js';
import type { EpisodeOfCare } from '../../generated/prisma/client.js';
import { DischargeEpisodeArgs, EpisodeListArgs, OpenEpisodeArgs } from './episode.inputs.js';
import { EpisodeModel } from './episode.model.js';
import { EpisodesService } from './episodes.service.js';

@Resolver(() => EpisodeModel)
export class EpisodesResolver {
  constructor(private readonly episodes: EpisodesService) {}

  @Roles(Role.OWNER, Role.THERAPIST)
  @Query(() => EpisodeModel, { name: 'Episode' })
  episode(@Args() { id }: IdArgs): Promise<EpisodeOfCare> {
    return this.episodes.get(id);
  }

  @Roles(Role.OWNER, Role.THERAPIST)
  @Query(() => [EpisodeModel], { description: 'Newest first by default; a therapist sees episodes of patients they have a session with' })
  allEpisodes(@Args() args: EpisodeListArgs): Promise<EpisodeOfCare[]> {
    return this.episodes.list(args);
  }

  @Roles(Role.OWNER, Role.THERAPIST)
  @Query(() => ListMetadata)
  async _allEpisodesMeta(@Args() args: EpisodeListArgs): Promise<ListMetadata> {
    return { count: await this.episodes.count(args) };
  }

  @Roles(Role.OWNER, Role.THERAPIST)
  @Mutation(() => EpisodeModel, { description: 'Fails with CONFLICT when the patient already has an open episode' })
  openEpisode(@Args() { input }: OpenEpisodeArgs): Promise<EpisodeOfCare> {
    return this.episodes.open(input);
  }

  @Roles(Role.OWNER, Role.THERAPIST)
  @Mutation(() => EpisodeModel, { description: 'Fails with INVALID_TRANSITION when the episode is already discharged' })
  dischargeEpisode(@Args() args: DischargeEpisodeArgs): Promise<EpisodeOfCare> {
    return this.episodes.discharge(args);
  }

  @ResolveField(() => Boolean)
  open(@Parent() episode: EpisodeOfCare): boolean {
    return episode.dischargedAt === null;
  }
}
