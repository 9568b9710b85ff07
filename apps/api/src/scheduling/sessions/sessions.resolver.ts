import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ALL_STAFF, Roles } from '../../common/access.decorators.js';
import { Role } from '../../common/graphql/enums.js';
import { IdArgs } from '../../common/graphql/id.args.js';
import { ListMetadata } from '../../common/graphql/list.args.js';
import { RescheduleService } from '../booking/reschedule.service.js';
import { CancelSessionArgs, CompleteSessionArgs, RescheduleSessionArgs, SessionListArgs } from './session.inputs.js';
import { SessionModel } from './session.model.js';
import { SessionLifecycleService } from './session-lifecycle.service.js';
import type { SessionRecord } from './sessions.repository.js';
import { SessionsService } from './sessions.service.js';

/**
 * Sessions: read-only in the react-admin convention (created by bookSession / bookSeries), plus the
 * lifecycle. A therapist acts only on their own sessions; front desk and owner on all.
 */
@Resolver(() => SessionModel)
export class SessionsResolver {
  constructor(
    private readonly sessions: SessionsService,
    private readonly lifecycle: SessionLifecycleService,
    private readonly rescheduling: RescheduleService,
  ) {}

  @Roles(...ALL_STAFF)
  @Query(() => SessionModel, { name: 'Session' })
  session(@Args() { id }: IdArgs): Promise<SessionRecord> {
    return this.sessions.get(id);
  }

  @Roles(...ALL_STAFF)
  @Query(() => [SessionModel])
  allSessions(@Args() args: SessionListArgs): Promise<SessionRecord[]> {
    return this.sessions.list(args);
  }

  @Roles(...ALL_STAFF)
  @Query(() => ListMetadata)
  async _allSessionsMeta(@Args() args: SessionListArgs): Promise<ListMetadata> {
    return { count: await this.sessions.count(args) };
  }

  @Roles(...ALL_STAFF)
  @Mutation(() => SessionModel, { description: 'Moves a BOOKED session; the same rules as booking apply' })
  rescheduleSession(@Args() args: RescheduleSessionArgs): Promise<SessionRecord> {
    return this.rescheduling.reschedule(args);
  }

  @Roles(...ALL_STAFF)
  @Mutation(() => SessionModel, { description: 'Cancels a BOOKED session (or it and the rest of its series); flags late cancellations' })
  cancelSession(@Args() { id, reason, scope }: CancelSessionArgs): Promise<SessionRecord> {
    return this.lifecycle.cancel(id, reason, scope);
  }

  @Roles(...ALL_STAFF)
  @Mutation(() => SessionModel)
  checkInSession(@Args() { id }: IdArgs): Promise<SessionRecord> {
    return this.lifecycle.checkIn(id);
  }

  @Roles(Role.OWNER, Role.THERAPIST)
  @Mutation(() => SessionModel, { description: 'Completes a CHECKED_IN session with its treatment note' })
  completeSession(@Args() { id, note }: CompleteSessionArgs): Promise<SessionRecord> {
    return this.lifecycle.complete(id, note);
  }

  @Roles(...ALL_STAFF)
  @Mutation(() => SessionModel)
  markNoShow(@Args() { id }: IdArgs): Promise<SessionRecord> {
    return this.lifecycle.markNoShow(id);
  }
}
