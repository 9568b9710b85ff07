import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/access.decorators.js';
import { Role } from '../../common/graphql/enums.js';
import { RevertSessionStatusArgs } from './session-revert.inputs.js';
import { SessionRevertService } from './session-revert.service.js';
import { SessionModel } from './session.model.js';
import type { SessionRecord } from './sessions.repository.js';

@Resolver(() => SessionModel)
export class SessionRevertResolver {
  constructor(private readonly reverts: SessionRevertService) {}

  @Roles(Role.OWNER)
  @Mutation(() => SessionModel, {
    description:
      'Takes a NO_SHOW or CANCELLED session made by mistake back to BOOKED, with a reason (kept in its notes); audited as REVERT. CONFLICT when its time has been booked since.',
  })
  revertSessionStatus(@Args() { id, reason }: RevertSessionStatusArgs): Promise<SessionRecord> {
    return this.reverts.revert(id, reason);
  }
}
