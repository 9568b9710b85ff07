// The share meeting the 50% claim per instrument, completers beside intention to treat, each bar
// labelled with its count out of its n (a share of nothing has no bar rather than a bar at 0).
import { Box } from '@mui/material';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { OutcomeStats } from './api';
import { countOf } from './figures';

/** "4/9" on a bar: its count of n, short enough to stay on one line above a narrow bar. */
const onBar = (share: number | null, n: number) => (share === null || n === 0 ? 'n = 0' : `${Math.round(share * n)}/${n}`);

const COMPLETERS = 'Completers';
const ITT = 'Intention to treat';

interface Datum {
  instrument: string;
  [COMPLETERS]: number | null;
  [ITT]: number | null;
  completersOf: string;
  ittOf: string;
  completersBar: string;
  ittBar: string;
}

const percent = (share: number | null) => (share === null ? null : Math.round(share * 100));

export function claimChartData(measures: OutcomeStats[]): Datum[] {
  return measures
    .filter((m) => m.episodes > 0)
    .map((m) => ({
      instrument: m.instrument,
      [COMPLETERS]: percent(m.completers.claimShare),
      [ITT]: percent(m.intentionToTreat.claimShare),
      completersOf: countOf(m.completers.claimShare, m.withFollowUp),
      ittOf: countOf(m.intentionToTreat.claimShare, m.episodes),
      completersBar: onBar(m.completers.claimShare, m.withFollowUp),
      ittBar: onBar(m.intentionToTreat.claimShare, m.episodes),
    }));
}

export function ClaimChart({ measures, width }: { measures: OutcomeStats[]; width?: number }) {
  const data = claimChartData(measures);
  if (!data.length) return null;
  const label = { fontSize: 10, fill: '#51606b' };
  const chart = (
    <BarChart data={data} width={width} height={width ? 210 : undefined} margin={{ top: 20, right: 8, bottom: 0, left: 0 }}>
      <CartesianGrid stroke="#eef1f2" vertical={false} />
      <XAxis dataKey="instrument" tick={{ fontSize: 12 }} />
      <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v: number) => `${v}%`} width={44} tick={{ fontSize: 12 }} />
      <Tooltip
        formatter={(value, name, item) => {
          const d = (item as { payload?: Datum }).payload;
          return [`${String(value)}% (${name === COMPLETERS ? d?.completersOf : d?.ittOf})`, name];
        }}
      />
      <Legend wrapperStyle={{ fontSize: 12 }} />
      <Bar dataKey={COMPLETERS} fill="#0f6b66" radius={[3, 3, 0, 0]} isAnimationActive={false}>
        <LabelList dataKey="completersBar" position="top" style={label} />
      </Bar>
      <Bar dataKey={ITT} fill="#9cc7c3" radius={[3, 3, 0, 0]} isAnimationActive={false}>
        <LabelList dataKey="ittBar" position="top" style={label} />
      </Bar>
    </BarChart>
  );
  return (
    <Box role="img" aria-label="Share of episodes meeting the 50% claim, completers and intention to treat, each with its count and n">
      {width ? (
        chart
      ) : (
        <ResponsiveContainer width="100%" height={210}>
          {chart}
        </ResponsiveContainer>
      )}
    </Box>
  );
}
