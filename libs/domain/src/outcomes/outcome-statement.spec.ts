import { CLAIM_PERCENT, MARKETING_CLAIM, MEANINGFUL_PERCENT, OUTCOME_STATEMENT, PUBLISHED_REFERENCE } from './index.js';

describe('outcome statement', () => {
  it('says the data are observational and names the alternatives', () => {
    expect(OUTCOME_STATEMENT).toMatch(/observational/);
    expect(OUTCOME_STATEMENT).toMatch(/no comparison group/);
    expect(OUTCOME_STATEMENT).toMatch(/natural history/);
    expect(OUTCOME_STATEMENT).toMatch(/regression to the mean/);
    expect(OUTCOME_STATEMENT).toMatch(/other care/);
  });

  it('cites the Cherkin 2011 trial', () => {
    expect(PUBLISHED_REFERENCE.citation).toBe('Cherkin DC et al. Annals of Internal Medicine, 2011');
    expect(PUBLISHED_REFERENCE.sessions).toBe('10 weekly sessions');
    expect(PUBLISHED_REFERENCE.finding).toContain('2.5–2.9 Roland-Morris');
  });

  it('quotes the claim and its thresholds', () => {
    expect(MARKETING_CLAIM).toContain('by an average of 50%');
    expect([MEANINGFUL_PERCENT, CLAIM_PERCENT]).toEqual([30, 50]);
  });
});
