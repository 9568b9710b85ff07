import { breakdownCautions, MIN_N_FOR_INTERVAL, UNEQUAL_GROUP_RATIO } from './index.js';

const groups = (...sizes: number[]) => sizes.map((withFollowUp, i) => ({ key: `g${i}`, withFollowUp }));
const cautions = (...sizes: number[]) => [...breakdownCautions(groups(...sizes)).values()];

describe('breakdownCautions', () => {
  it('has none for comparable groups of at least 5', () => {
    expect([MIN_N_FOR_INTERVAL, UNEQUAL_GROUP_RATIO]).toEqual([5, 3]);
    expect(cautions(5, 12, 14)).toEqual([null, null, null]);
    expect(cautions(8)).toEqual([null]);
  });

  it('flags a group below 5 with a follow-up, and only that group while sizes are comparable', () => {
    expect(cautions(4, 9, 11)).toEqual(['Only 4 episodes with a follow-up (fewer than 5): too few to compare.', null, null]);
    expect(cautions(1)).toEqual(['Only 1 episode with a follow-up (fewer than 5): too few to compare.']);
  });

  it('flags every group when the largest has 3 times the smallest', () => {
    const unequal = 'Unequal groups (from 6 to 18 episodes with a follow-up): the smaller ones are far less precise; compare with care.';
    expect(cautions(6, 18, 10)).toEqual([unequal, unequal, unequal]);
    expect(cautions(6, 17)).toEqual([null, null]);
  });

  it('says both when a group is small and the groups unequal', () => {
    expect(cautions(2, 30)).toEqual([
      'Only 2 episodes with a follow-up (fewer than 5), and groups range from 2 to 30 episodes with a follow-up: too few and too unequal to compare.',
      'Unequal groups (from 2 to 30 episodes with a follow-up): the smaller ones are far less precise; compare with care.',
    ]);
  });

  it('treats a group without follow-ups as small and the comparison as unequal, without dividing by 0', () => {
    const [none, other] = cautions(0, 7);
    expect(none).toMatch(/^Only 0 episodes with a follow-up \(fewer than 5\), and groups range from 0 to 7/);
    expect(other).toMatch(/^Unequal groups/);
    expect(cautions(0, 0)).toEqual([
      'Only 0 episodes with a follow-up (fewer than 5): too few to compare.',
      'Only 0 episodes with a follow-up (fewer than 5): too few to compare.',
    ]);
  });

  it('keeps the keys', () => {
    const map = breakdownCautions([
      { key: 'therapist-a', withFollowUp: 9 },
      { key: 'therapist-b', withFollowUp: 4 },
    ]);
    expect([...map.keys()]).toEqual(['therapist-a', 'therapist-b']);
    expect(map.get('therapist-a')).toBeNull();
    expect(map.get('therapist-b')).toMatch(/^Only 4 episodes/);
  });
});
