// The patient chart plots every instrument on the normalized scale (0–100, higher is worse) so pain and
// function read the same way, but labels its axis, lines and points in the instrument's own units:
// a 60 on the chart is "6 / 10" for NPRS, and for PSFS (10 = normal function) the 10 is at the bottom.
// The conversion is the domain's scoreOfNormalized, the inverse of the scoring.
import { INSTRUMENTS, scoreOfNormalized, type Instrument } from '@backtrack/domain';
import { formatScore } from '../clinical/livePreview';

export interface ChartScale {
  /** Tick positions on the normalized scale, at round values of the instrument's own scale. */
  ticks: number[];
  /** A tick's label in own units: "6", "12", "40%". */
  tick: (normalized: number) => string;
  /** A value in own units with its scale: "6 / 10", "12 / 24", "44%". */
  value: (normalized: number) => string;
  /** What the axis shows, in words. */
  axis: string;
}

// Tick labels are whole numbers of the own scale; a float such as 23.999999999999996 must not show.
const whole = (x: number) => String(Math.round(x * 100) / 100);

export function chartScale(instrument: Instrument): ChartScale {
  const def = INSTRUMENTS[instrument];
  const own = (normalized: number) => scoreOfNormalized(instrument, normalized);
  // A 0–10 scale gets a tick every 2 points, RMDQ every 6 statements, percents every 25.
  const ticks = def.scoreMax === 10 ? [0, 20, 40, 60, 80, 100] : [0, 25, 50, 75, 100];
  const percent = def.scoreUnit === '%';
  const axis =
    instrument === 'PSFS'
      ? 'PSFS 0–10, 10 = able to do the activity as before (at the bottom); higher on the chart is worse'
      : `${instrument} ${def.scoreMin}–${def.scoreMax}${percent ? '%' : ''}; higher is worse`;
  return {
    ticks,
    tick: (n) => `${whole(own(n))}${percent ? '%' : ''}`,
    value: (n) => formatScore(instrument, own(n)),
    axis,
  };
}
