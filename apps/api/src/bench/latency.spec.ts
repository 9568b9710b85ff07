import { figures, quantile } from './latency.js';

describe('benchmark latency figures', () => {
  it('takes the nearest-rank quantile', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(values, 0.5)).toBe(50);
    expect(quantile(values, 0.95)).toBe(95);
    expect(quantile(values, 0.99)).toBe(99);
    expect(quantile([7], 0.99)).toBe(7);
  });

  it('sorts numerically and counts requests per second', () => {
    const result = figures([10, 2, 30, 4], 1, 2);
    expect(result).toMatchObject({ requests: 4, errors: 1, perSecond: 2, p50: 4, max: 30 });
  });
});
