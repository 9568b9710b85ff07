import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ALL_STAFF, Roles } from '../../common/access.decorators.js';
import { IdArgs } from '../../common/graphql/id.args.js';
import { SessionModel, SessionSeriesModel } from '../sessions/session.model.js';
import type { SessionRecord } from '../sessions/sessions.repository.js';
import { BookSeriesArgs, BookSessionArgs } from './booking.inputs.js';
import type { SeriesRecord } from './booking.repository.js';
import { BookingService } from './booking.service.js';

@Resolver(() => SessionModel)
export class BookingResolver {
  constructor(private readonly booking: BookingService) {}

  @Roles(...ALL_STAFF)
  @Mutation(() => SessionModel, { description: 'Books one session; a therapist books only for themself' })
  bookSession(@Args() { input }: BookSessionArgs): Promise<SessionRecord> {
    return this.booking.book(input);
  }

  @Roles(...ALL_STAFF)
  @Mutation(() => SessionSeriesModel, { description: 'Books every occurrence or none; the error lists each failing occurrence' })
  bookSeries(@Args() { input }: BookSeriesArgs): Promise<SeriesRecord> {
    return this.booking.bookSeries(input);
  }

  @Roles(...ALL_STAFF)
  @Query(() => SessionSeriesModel, { name: 'SessionSeries' })
  sessionSeries(@Args() { id }: IdArgs): Promise<SeriesRecord> {
    return this.booking.series(id);
  }
}
