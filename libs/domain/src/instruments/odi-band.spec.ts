import { ODI_BAND_LABELS, odiBand } from './index.js';

describe('odiBand', () => {
  it.each([
    [0, 'MINIMAL'],
    [20, 'MINIMAL'],
    [20.01, 'MODERATE'],
    [20.5, 'MODERATE'],
    [21, 'MODERATE'],
    [40, 'MODERATE'],
    [40.5, 'SEVERE'],
    [41, 'SEVERE'],
    [60, 'SEVERE'],
    [61, 'CRIPPLED'],
    [80, 'CRIPPLED'],
    [80.5, 'BED_BOUND'],
    [81, 'BED_BOUND'],
    [100, 'BED_BOUND'],
  ])('%p is %s', (score, band) => {
    expect(odiBand(score)).toBe(band);
  });

  it.each([-1, 100.01, Number.NaN])('refuses %p', (score) => {
    expect(() => odiBand(score)).toThrow(RangeError);
  });

  it('labels every band', () => {
    expect(Object.keys(ODI_BAND_LABELS)).toEqual(['MINIMAL', 'MODERATE', 'SEVERE', 'CRIPPLED', 'BED_BOUND']);
    expect(ODI_BAND_LABELS.BED_BOUND).toMatch(/^Bed-bound/);
  });
});
