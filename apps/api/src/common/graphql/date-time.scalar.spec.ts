import { Kind } from 'graphql';
import { DateTimeScalar, InvalidDateTimeError, parseDateTime } from './date-time.scalar.js';
import { variableFieldOf } from './format-error.js';

describe('DateTime scalar', () => {
  it.each([
    ['2027-03-01T15:00:00Z', '2027-03-01T15:00:00.000Z'],
    ['2027-03-01T15:00Z', '2027-03-01T15:00:00.000Z'],
    ['2027-03-01T10:00:00.250-05:00', '2027-03-01T15:00:00.250Z'],
    ['2027-03-01T20:30:00+05:30', '2027-03-01T15:00:00.000Z'],
    ['2028-02-29T23:59:59+14:00', '2028-02-29T09:59:59.000Z'],
  ])('reads %s as %s', (value, instant) => {
    expect(parseDateTime(value)?.toISOString()).toBe(instant);
  });

  it.each([
    '0000-01-01T00:00:00Z', // before timestamptz's first year
    '0001-01-01T00:00:00+14:00',
    '9999-12-31T23:00:00-14:00', // past the last year Prisma can send
    '1899-12-31T23:59:59Z',
    '2027-02-30T15:00:00Z', // no 30 February
    '2027-02-29T15:00:00Z', // not a leap year
    '2027-04-31T15:00:00Z',
    '2027-03-01T24:00:00Z',
    '2027-03-01T15:60:00Z',
    '2027-03-01T15:00:60Z',
    '2027-03-01T15:00:00', // no offset
    '2027-03-01T15:00:00+15:00',
    '2027-03-01',
    '1',
    '1800000000000',
    ' 2027-03-01T15:00:00Z',
    '2027-03-01 15:00:00Z',
    '+002027-03-01T15:00:00Z',
  ])('refuses %s', (value) => {
    expect(parseDateTime(value)).toBeNull();
    expect(() => DateTimeScalar.parseValue(value)).toThrow(InvalidDateTimeError);
    expect(() => DateTimeScalar.parseLiteral({ kind: Kind.STRING, value })).toThrow(InvalidDateTimeError);
  });

  it('refuses numbers, both as variables and written inline', () => {
    expect(() => DateTimeScalar.parseValue(1_800_000_000_000)).toThrow(InvalidDateTimeError);
    expect(() => DateTimeScalar.parseLiteral({ kind: Kind.INT, value: '1800000000000' })).toThrow(/1800000000000 is not a valid DateTime/);
  });

  it('returns instants in UTC', () => {
    expect(DateTimeScalar.serialize(new Date('2027-03-01T10:00:00-05:00'))).toBe('2027-03-01T15:00:00.000Z');
  });
});

describe('variableFieldOf', () => {
  it.each([
    ['Variable "$input" got invalid value "x" at "input.startsAt"; must be ...', 'input.startsAt'],
    ['Variable "$hours" got invalid value 7 at "hours[2].weekday"; Int cannot ...', 'hours.2.weekday'],
    ['Variable "$startsAt" got invalid value "x"; must be ...', 'startsAt'],
    ['Variable "$id" of required type "ID!" was not provided.', 'id'],
    ['Cannot query field "nope" on type "Query".', undefined],
  ])('names the field of %s', (message, field) => {
    expect(variableFieldOf(message)).toBe(field);
  });
});
