// One measure's course on the normalized scale (0–100, higher is worse) with its baseline, the
// 50%-of-baseline target and the 30% improvement band, labelled in the instrument's own units (NPRS
// "6 / 10", not 60; see ownUnits.ts). Points the patient answered by link are hollow, and the tooltip
// and legend say which are patient-reported. recharts, styled to match the MUI theme.
import { useTheme } from '@mui/material';
import { DateTime } from 'luxon';
import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AssessmentSource } from '../graphql/graphql';
import { SOURCE_LABELS } from '../shared/labels';
import { chartScale, type ChartScale } from './ownUnits';
import { referenceLevels } from './referenceLevels';
import type { MeasureOutcome } from './api';

export type XMode = 'time' | 'session';

interface Props {
  measure: MeasureOutcome;
  xMode: XMode;
  /** Fixed size (tests, print); otherwise the chart fills its container's width. */
  width?: number;
  height?: number;
}

interface Datum {
  t: number;
  sessionNumber: number;
  normalized: number;
  score: number;
  source: AssessmentSource;
}

const shortDate = (t: number) => DateTime.fromMillis(t).toFormat('d LLL');

function PointTooltip({
  active,
  payload,
  instrument,
  scale,
}: {
  active?: boolean;
  payload?: readonly { payload?: unknown }[];
  instrument: MeasureOutcome['instrument'];
  scale: ChartScale;
}) {
  const d = payload?.[0]?.payload as Datum | undefined;
  if (!active || !d) return null;
  return (
    <div style={{ background: '#fff', border: '1px solid #dfe6e8', borderRadius: 8, padding: '6px 10px', fontSize: 13 }}>
      <div style={{ fontWeight: 600 }}>
        {instrument} {scale.value(d.normalized)}
      </div>
      <div>{SOURCE_LABELS[d.source]}</div>
      <div style={{ color: '#51606b' }}>
        {DateTime.fromMillis(d.t).toFormat('d LLL yyyy')} · after {d.sessionNumber} {d.sessionNumber === 1 ? 'session' : 'sessions'}
      </div>
    </div>
  );
}

/** A filled dot for a clinician-entered point, a hollow one for a patient-reported one. */
function SourceDot(props: { cx?: number; cy?: number; payload?: Datum; color: string; r: number }) {
  const { cx, cy, payload, color, r } = props;
  if (cx === undefined || cy === undefined) return null;
  const patient = payload?.source === 'PATIENT_REPORTED';
  return (
    <circle
      className="recharts-dot recharts-line-dot"
      data-source={payload?.source}
      cx={cx}
      cy={cy}
      r={r}
      fill={patient ? '#fff' : color}
      stroke={color}
      strokeWidth={patient ? 2 : 1}
    />
  );
}

/** Which dot means what, for the sources the series has. */
function SourceLegend({ sources, color }: { sources: AssessmentSource[]; color: string }) {
  return (
    <ul
      aria-label="Point sources"
      style={{ display: 'flex', gap: 16, listStyle: 'none', margin: 0, padding: '0 0 0 40px', fontSize: 12, color: '#51606b' }}
    >
      {sources.map((source) => (
        <li key={source} style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
          <svg width={10} height={10} aria-hidden>
            <circle cx={5} cy={5} r={4} fill={source === 'PATIENT_REPORTED' ? '#fff' : color} stroke={color} strokeWidth={1.5} />
          </svg>
          {SOURCE_LABELS[source]}
        </li>
      ))}
    </ul>
  );
}

export function OutcomeChart({ measure, xMode, width, height = 240 }: Props) {
  const theme = useTheme();
  const levels = referenceLevels(measure.baseline.normalized);
  const scale = chartScale(measure.instrument);
  const data: Datum[] = measure.series.map((p) => ({
    t: Date.parse(p.takenAt),
    sessionNumber: p.sessionNumber,
    normalized: p.normalized,
    score: p.score,
    source: p.source,
  }));
  const sources = (['CLINICIAN_ENTERED', 'PATIENT_REPORTED'] as const).filter((s) => data.some((d) => d.source === s));
  const line = measure.domain === 'PAIN' ? '#b4532a' : theme.palette.secondary.main;
  const maxSession = Math.max(1, ...data.map((d) => d.sessionNumber));

  const chart = (
    <LineChart data={data} width={width} height={width ? height : undefined} margin={{ top: 16, right: 118, bottom: 4, left: 0 }}>
      <CartesianGrid stroke="#eef1f2" vertical={false} />
      {xMode === 'time' ? (
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={['dataMin', 'dataMax']}
          tickFormatter={shortDate}
          padding={{ left: 16, right: 16 }}
          tick={{ fontSize: 12 }}
        />
      ) : (
        <XAxis
          dataKey="sessionNumber"
          type="number"
          domain={[0, maxSession]}
          allowDecimals={false}
          tickCount={Math.min(maxSession + 1, 11)}
          padding={{ left: 16, right: 16 }}
          tick={{ fontSize: 12 }}
          label={{ value: 'Completed sessions', position: 'insideBottomRight', offset: -2, fontSize: 11, fill: '#51606b' }}
          height={36}
        />
      )}
      <YAxis domain={[0, 100]} ticks={scale.ticks} tickFormatter={scale.tick} width={40} tick={{ fontSize: 12 }} />
      <ReferenceArea
        className="ref-band"
        y1={levels.band.y1}
        y2={levels.band.y2}
        fill="#2e7d32"
        fillOpacity={0.1}
        strokeOpacity={0}
        ifOverflow="extendDomain"
        label={{ value: '30–50% better', position: 'insideLeft', fontSize: 11, fill: '#2e6b31' }}
      />
      <ReferenceLine
        className="ref-baseline"
        y={levels.baseline}
        stroke="#7a8790"
        strokeDasharray="5 4"
        label={{ value: `Baseline ${scale.value(levels.baseline)}`, position: 'right', fontSize: 11, fill: '#51606b' }}
      />
      <ReferenceLine
        className="ref-claim"
        y={levels.claimTarget}
        stroke={theme.palette.primary.main}
        strokeWidth={1.5}
        label={{
          value: `50% target ${scale.value(levels.claimTarget)}`,
          position: 'right',
          fontSize: 11,
          fill: theme.palette.primary.dark,
        }}
      />
      <Tooltip
        content={(props) => <PointTooltip active={props.active} payload={props.payload} instrument={measure.instrument} scale={scale} />}
      />
      <Line
        type="linear"
        dataKey="normalized"
        stroke={line}
        strokeWidth={2.5}
        dot={(props: { cx?: number; cy?: number; payload?: Datum }) => <SourceDot {...props} color={line} r={4} />}
        activeDot={{ r: 6 }}
        isAnimationActive={false}
        name={measure.instrument}
      />
    </LineChart>
  );

  return (
    <>
      <div
        data-testid={`outcome-chart-${measure.instrument}`}
        role="img"
        aria-label={`${measure.instrument} scores ${xMode === 'time' ? 'over time' : 'by session'} (${scale.axis})`}
      >
        {width ? (
          chart
        ) : (
          <ResponsiveContainer width="100%" height={height}>
            {chart}
          </ResponsiveContainer>
        )}
      </div>
      <SourceLegend sources={sources} color={line} />
    </>
  );
}
