import { confirmationSummary, noShowSummary, sessionsSummary } from './weekSummaries';

describe('sessionsSummary', () => {
  it('says what has happened, then what has not, and leaves out nothing to record', () => {
    expect(sessionsSummary({ completed: 1, toRecord: 2, upcoming: 3 })).toBe('1 completed · 2 to record · 3 to come');
    expect(sessionsSummary({ completed: 0, toRecord: 0, upcoming: 1 })).toBe('0 completed · 1 to come');
  });
});

describe('noShowSummary', () => {
  it('gives the no-shows over the sessions begun, rounded', () => {
    expect(noShowSummary({ noShows: 1, begun: 4, noShowRate: 0.25 })).toBe('1 of 4 begun, 25%');
    expect(noShowSummary({ noShows: 1, begun: 8, noShowRate: 1 / 8 })).toBe('1 of 8 begun, 13%');
  });
  it('has no rate before a session has begun', () => {
    expect(noShowSummary({ noShows: 0, begun: 0, noShowRate: null })).toBe('No session has begun yet');
  });
});

describe('confirmationSummary', () => {
  it('rounds the share and says session for one', () => {
    expect(confirmationSummary({ confirmed: 12, of: 30, share: 0.4 })).toBe('12 of 30 sessions, 40%');
    expect(confirmationSummary({ confirmed: 1, of: 1, share: 1 })).toBe('1 of 1 session, 100%');
    expect(confirmationSummary({ confirmed: 1, of: 3, share: 1 / 3 })).toBe('1 of 3 sessions, 33%');
  });
  it('gives no share of an empty week', () => {
    expect(confirmationSummary({ confirmed: 0, of: 0, share: null })).toBe('0 of 0 sessions');
  });
});
