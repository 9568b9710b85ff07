// The SOAP note's fields, shared by the complete-session dialog and the amendment: S, O (with the
// treatment given: techniques, regions, pressure), A (the patient's response) and P with its next step,
// each under its own heading. One column on a phone; the technique boxes take two or three columns.
import {
  Box,
  Checkbox,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  TextField,
  Typography,
} from '@mui/material';
import type { ReactNode } from 'react';
import type { ComplaintRegion, Modality, Pressure } from '../../graphql/graphql';
import { REGION_LABELS } from '../../patients/choices';
import { MODALITY_LABELS, PRESSURE_LABELS } from '../../shared/labels';
import type { SoapProblems, SoapValues } from './soap';

const PRESSURES = Object.keys(PRESSURE_LABELS) as Pressure[];

function Part({ letter, title, children }: { letter: string; title: string; children: ReactNode }) {
  const id = `soap-${letter.toLowerCase()}`;
  return (
    <Box component="section" aria-labelledby={id} sx={{ display: 'grid', gap: 1.5 }}>
      <Typography id={id} variant="subtitle2" component="h3" sx={{ display: 'flex', gap: 1, alignItems: 'baseline' }}>
        <Box component="span" aria-hidden sx={{ fontWeight: 800, color: 'primary.main', minWidth: 16 }}>
          {letter}
        </Box>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

export function SoapNoteFields({
  value,
  onChange,
  problems,
  showProblems,
  disabled,
}: {
  value: SoapValues;
  onChange: (next: SoapValues) => void;
  problems: SoapProblems;
  /** Problems show once the user tried to save. */
  showProblems: boolean;
  disabled?: boolean;
}) {
  const set = <K extends keyof SoapValues>(key: K, v: SoapValues[K]) => onChange({ ...value, [key]: v });
  const toggle = <T,>(list: T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);
  const problem = (key: keyof SoapValues) => (showProblems ? problems[key] : undefined);

  return (
    <Box sx={{ display: 'grid', gap: 3 }}>
      <Part letter="S" title="Subjective">
        <TextField
          label="What the patient reports"
          multiline
          minRows={2}
          value={value.subjective}
          disabled={disabled}
          onChange={(e) => set('subjective', e.target.value)}
          error={!!problem('subjective')}
          helperText={problem('subjective') ?? 'Pain, function, changes since the last visit'}
        />
      </Part>
      <Part letter="O" title="Objective">
        <TextField
          label="Findings"
          multiline
          minRows={2}
          value={value.objective}
          disabled={disabled}
          onChange={(e) => set('objective', e.target.value)}
          error={!!problem('objective')}
          helperText={problem('objective') ?? 'What you observed and tested'}
        />
        <FormControl component="fieldset" error={!!problem('techniques')} disabled={disabled}>
          <FormLabel component="legend">Techniques</FormLabel>
          <FormGroup sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', sm: '1fr 1fr 1fr' } }}>
            {(Object.keys(MODALITY_LABELS) as Modality[]).map((m) => (
              <FormControlLabel
                key={m}
                control={
                  <Checkbox
                    size="small"
                    checked={value.techniques.includes(m)}
                    onChange={() => set('techniques', toggle(value.techniques, m))}
                  />
                }
                label={MODALITY_LABELS[m]}
              />
            ))}
          </FormGroup>
          {problem('techniques') && <FormHelperText>{problem('techniques')}</FormHelperText>}
        </FormControl>
        <FormControl component="fieldset" error={!!problem('regions')} disabled={disabled}>
          <FormLabel component="legend">Regions treated</FormLabel>
          <FormGroup row>
            {(Object.keys(REGION_LABELS) as ComplaintRegion[]).map((r) => (
              <FormControlLabel
                key={r}
                control={
                  <Checkbox size="small" checked={value.regions.includes(r)} onChange={() => set('regions', toggle(value.regions, r))} />
                }
                label={REGION_LABELS[r]}
              />
            ))}
          </FormGroup>
          {problem('regions') && <FormHelperText>{problem('regions')}</FormHelperText>}
        </FormControl>
        <FormControl error={!!problem('pressure')} disabled={disabled}>
          <FormLabel id="soap-pressure-label">Pressure</FormLabel>
          <RadioGroup
            row
            aria-labelledby="soap-pressure-label"
            value={value.pressure}
            onChange={(e) => set('pressure', e.target.value as Pressure)}
          >
            {PRESSURES.map((p) => (
              <FormControlLabel key={p} value={p} control={<Radio size="small" />} label={PRESSURE_LABELS[p]} />
            ))}
          </RadioGroup>
          {problem('pressure') && <FormHelperText>{problem('pressure')}</FormHelperText>}
        </FormControl>
      </Part>
      <Part letter="A" title="Assessment">
        <TextField
          label="Patient response"
          required
          multiline
          minRows={3}
          value={value.patientResponse}
          disabled={disabled}
          onChange={(e) => set('patientResponse', e.target.value)}
          error={!!problem('patientResponse')}
          helperText={problem('patientResponse') ?? 'How the patient tolerated and responded to the treatment; your assessment'}
        />
      </Part>
      <Part letter="P" title="Plan">
        <TextField
          label="Plan"
          multiline
          minRows={2}
          value={value.plan}
          disabled={disabled}
          onChange={(e) => set('plan', e.target.value)}
          error={!!problem('plan')}
          helperText={problem('plan') ?? 'Frequency, home care, goals'}
        />
        <TextField
          label="Next step"
          value={value.nextStep}
          disabled={disabled}
          onChange={(e) => set('nextStep', e.target.value.replace(/[\r\n]+/g, ' '))}
          error={!!problem('nextStep')}
          helperText={problem('nextStep') ?? 'e.g. “Rebook in 1 week, add hip mobility”'}
        />
      </Part>
    </Box>
  );
}
