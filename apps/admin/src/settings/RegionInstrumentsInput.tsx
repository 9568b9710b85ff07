// The instruments patients with one complaint region are asked at home, in the order they answer
// them: a checkbox per instrument (a new one goes last) and the chosen ones listed in order, each
// movable earlier. The whole list is one form value (questionnaireRegions.<REGION>).
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import { Box, Checkbox, FormControlLabel, FormGroup, FormHelperText, FormLabel, IconButton, Typography } from '@mui/material';
import { INSTRUMENTS, type ComplaintRegion, type Instrument } from '@backtrack/domain';
import { ValidationError, useInput } from 'react-admin';
import { scheduleValidator } from './questionnaireRules';

/**
 * What a patient can answer on the patient page. RMDQ is left out: its statements are copyrighted and
 * a patient would see numbered items only (a list that holds it still shows it, so it can be removed).
 */
export const HOME_INSTRUMENTS: readonly Instrument[] = ['NPRS', 'PEG', 'ODI', 'NDI', 'PSFS'];

interface Props {
  region: ComplaintRegion;
  label: string;
}

export function RegionInstrumentsInput({ region, label }: Props) {
  const { field, fieldState, formState } = useInput({
    source: `questionnaireRegions.${region}`,
    validate: scheduleValidator(`instruments.${region}`),
  });
  const chosen: Instrument[] = Array.isArray(field.value) ? field.value : [];
  const offered = [...HOME_INSTRUMENTS, ...chosen.filter((code) => !HOME_INSTRUMENTS.includes(code))];
  const error = fieldState.isTouched || formState.isSubmitted ? fieldState.error?.message : undefined;
  const helpId = `${field.name}-help`;

  const change = (next: Instrument[]) => {
    field.onChange(next);
    field.onBlur();
  };
  const toggle = (code: Instrument, on: boolean) => change(on ? [...chosen, code] : chosen.filter((c) => c !== code));
  const earlier = (index: number) =>
    change(chosen.map((c, i) => (i === index - 1 ? chosen[index]! : i === index ? chosen[index - 1]! : c)));

  return (
    <Box component="fieldset" aria-describedby={helpId} sx={{ border: 0, p: 0, m: 0, minWidth: 0, width: '100%', mb: 2 }}>
      <FormLabel component="legend" error={Boolean(error)} sx={{ fontWeight: 600, color: 'text.primary', mb: 0.25 }}>
        {label}
      </FormLabel>
      <FormGroup row>
        {offered.map((code) => (
          <FormControlLabel
            key={code}
            control={<Checkbox checked={chosen.includes(code)} onChange={(event) => toggle(code, event.target.checked)} />}
            label={code}
            title={INSTRUMENTS[code].name}
            sx={{ mr: 2 }}
          />
        ))}
      </FormGroup>
      <Box id={helpId}>
        {chosen.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            None: patients with this complaint get no questionnaire.
          </Typography>
        ) : (
          <Box
            component="ol"
            aria-label={`${label}: order asked`}
            sx={{ m: 0, pl: 0, listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: 1 }}
          >
            {chosen.map((code, index) => (
              <Box
                component="li"
                key={code}
                sx={{
                  display: 'flex',
                  alignItems: 'center',
                  gap: 0.5,
                  pl: 1,
                  pr: index > 0 ? 0 : 1,
                  py: 0.25,
                  borderRadius: 4,
                  bgcolor: 'action.hover',
                }}
              >
                <Typography variant="body2">
                  {index + 1}. {INSTRUMENTS[code].name}
                </Typography>
                {index > 0 ? (
                  <IconButton size="small" aria-label={`Ask ${code} before ${chosen[index - 1]}`} onClick={() => earlier(index)}>
                    <ArrowUpwardIcon fontSize="small" />
                  </IconButton>
                ) : null}
              </Box>
            ))}
          </Box>
        )}
      </Box>
      {error ? (
        <FormHelperText error role="alert">
          <ValidationError error={error} />
        </FormHelperText>
      ) : null}
    </Box>
  );
}
