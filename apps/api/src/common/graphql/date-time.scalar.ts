// The one DateTime scalar: an instant written as an ISO 8601 date and time with an explicit offset.
// It replaces Nest's GraphQLISODateTime, whose `new Date(value)` rolls 30 February over to 2 March,
// reads "1" as 2001-01-01 and a bare number as milliseconds. Same name, so the contract keeps it.
import { GraphQLError, GraphQLScalarType, Kind, print, type ValueNode } from 'graphql';
import { DateTime } from 'luxon';

// The shape alone: luxon checks the calendar (30 February, 31 April) but accepts hour 24 and any
// offset, so the hours, minutes, seconds and offset ranges are held here.
const SHAPE = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;

export const DATE_TIME_FORMAT = 'an ISO 8601 date and time with an offset, such as 2027-03-01T15:00:00Z or 2027-03-01T10:00:00-05:00';

// Instants a clinic can mean. PostgreSQL's timestamptz stops at year 1 and Prisma at 9999, and an
// offset can carry a valid local time past either, which would reach the database as a 500.
const EARLIEST = Date.UTC(1900, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);

/** Thrown for a malformed DateTime; formatGraphQLError answers it as BAD_USER_INPUT. */
export class InvalidDateTimeError extends GraphQLError {
  constructor(literal?: string, node?: ValueNode) {
    // A variable's error already shows the variable, its path and its value; a literal's shows only this.
    super(
      `${literal ? `${literal} is not a valid DateTime: ` : ''}must be ${DATE_TIME_FORMAT}, on a real calendar date from 1900 to 2199`,
      // The literal's place in the document: formatGraphQLError names its argument from it.
      { extensions: { code: 'BAD_USER_INPUT' }, ...(node ? { nodes: node } : {}) },
    );
  }
}

/** The instant a DateTime value names, or null when it is not one. */
export function parseDateTime(value: string): Date | null {
  if (!SHAPE.test(value)) return null;
  const parsed = DateTime.fromISO(value, { setZone: true });
  if (!parsed.isValid) return null;
  const instant = parsed.toMillis();
  return instant >= EARLIEST && instant < LATEST ? parsed.toJSDate() : null;
}

function parse(value: unknown, literal?: string, node?: ValueNode): Date {
  const date = typeof value === 'string' ? parseDateTime(value) : null;
  if (!date) throw new InvalidDateTimeError(literal, node);
  return date;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: `An instant: ${DATE_TIME_FORMAT}. Returned in UTC.`,
  serialize(value) {
    if (!(value instanceof Date) || Number.isNaN(value.getTime()))
      throw new TypeError('DateTime cannot represent a value that is not a valid Date');
    return value.toISOString();
  },
  parseValue: (value) => parse(value),
  parseLiteral: (ast: ValueNode) => parse(ast.kind === Kind.STRING ? ast.value : undefined, print(ast), ast),
});
