import { captureText, changePercent, countOf, hasFigures, intervalText, percentOf, requestsText } from './figures';
import { chartScale } from './ownUnits';

describe('outcome figures, each with its n', () => {
  it('writes shares with what they are out of', () => {
    expect([percentOf(0.5), countOf(0.5, 4)]).toEqual(['50%', '2 of 4']);
    expect([percentOf(2 / 3), countOf(2 / 3, 3)]).toEqual(['67%', '2 of 3']);
    expect([percentOf(null), countOf(null, 0)]).toEqual(['—', 'n = 0']);
    expect(countOf(0, 7)).toBe('0 of 7');
  });

  it('gives no interval below 5 changes, and says so with the n', () => {
    expect(intervalText({ changeN: 3, ci95Low: null, ci95High: null })).toBe('too few to estimate (n = 3)');
    // Even were one sent, 4 values are too few.
    expect(intervalText({ changeN: 4, ci95Low: 10, ci95High: 70 })).toBe('too few to estimate (n = 4)');
    expect(intervalText({ changeN: 0, ci95Low: null, ci95High: null })).toBe('n = 0');
    expect(intervalText({ changeN: 23, ci95Low: 5.4, ci95High: 62.3 })).toBe('95% CI 5–62%, n = 23');
    expect(intervalText({ changeN: 8, ci95Low: -12.2, ci95High: 30.1 })).toBe('95% CI −12 to 30%, n = 8');
  });

  it('writes change percents with a true minus sign', () => {
    expect([changePercent(34.2), changePercent(-8.4), changePercent(-0.2), changePercent(null)]).toEqual(['34%', '−8%', '0%', '—']);
  });

  it('writes the capture rate’s denominator and the dropouts it leaves', () => {
    expect(captureText({ withFollowUp: 14, episodes: 23, dropouts: 9 })).toBe('14 of 23, 9 dropouts');
    expect(captureText({ withFollowUp: 1, episodes: 2, dropouts: 1 })).toBe('1 of 2, 1 dropout');
    expect(captureText({ withFollowUp: 0, episodes: 0, dropouts: 0 })).toBe('no baseline');
  });

  it('writes the questionnaires asked and how fast they were answered', () => {
    expect(requestsText({ requested: 8, answered: 5, medianResponseHours: 18 })).toEqual({
      main: '5 of 8 answered',
      detail: 'median 18 h',
    });
    expect(requestsText({ requested: 3, answered: 2, medianResponseHours: 0.25 }).detail).toBe('median 15 min');
    expect(requestsText({ requested: 3, answered: 2, medianResponseHours: 73 }).detail).toBe('median 3 days');
    expect(requestsText({ requested: 2, answered: 0, medianResponseHours: null })).toEqual({
      main: '0 of 2 answered',
      detail: 'none answered yet',
    });
    expect(requestsText({ requested: 0, answered: 0, medianResponseHours: null }).main).toBe('none sent');
  });

  it('keeps a row for an instrument asked for but never answered', () => {
    expect([
      hasFigures({ episodes: 0, requested: 2 }),
      hasFigures({ episodes: 3, requested: 0 }),
      hasFigures({ episodes: 0, requested: 0 }),
    ]).toEqual([true, true, false]);
  });
});

describe('chartScale: the chart’s labels in each instrument’s own units', () => {
  it.each([
    ['NPRS', 60, '6 / 10', [0, 20, 40, 60, 80, 100], ['0', '2', '4', '6', '8', '10']],
    ['PEG', 13.33, '1.33 / 10', [0, 20, 40, 60, 80, 100], ['0', '2', '4', '6', '8', '10']],
    ['PSFS', 60, '4 / 10', [0, 20, 40, 60, 80, 100], ['10', '8', '6', '4', '2', '0']],
    ['RMDQ', 58.33, '14 / 24', [0, 25, 50, 75, 100], ['0', '6', '12', '18', '24']],
    ['ODI', 44, '44%', [0, 25, 50, 75, 100], ['0%', '25%', '50%', '75%', '100%']],
    ['NDI', 31.11, '31.11%', [0, 25, 50, 75, 100], ['0%', '25%', '50%', '75%', '100%']],
  ] as const)('%s: normalized %p is %p', (instrument, normalized, value, ticks, labels) => {
    const scale = chartScale(instrument);
    expect(scale.value(normalized)).toBe(value);
    expect(scale.ticks).toEqual(ticks);
    expect(scale.ticks.map(scale.tick)).toEqual(labels);
  });

  it('says what the axis shows', () => {
    expect(chartScale('NPRS').axis).toBe('NPRS 0–10; higher is worse');
    expect(chartScale('ODI').axis).toBe('ODI 0–100%; higher is worse');
    expect(chartScale('PSFS').axis).toMatch(/10 = able to do the activity as before \(at the bottom\)/);
  });
});
