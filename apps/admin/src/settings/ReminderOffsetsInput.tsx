// The hours before a session when reminders go out: one row per reminder, added and removed in place,
// each row saying what is wrong with it. The whole list is one form value (reminderOffsetsHours).
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { Box, Button, FormHelperText, FormLabel, IconButton, InputAdornment, Stack, TextField, Typography } from '@mui/material';
import { ValidationError, useInput } from 'react-admin';
import { MAX_OFFSET_HOURS, MAX_REMINDERS, describeHours, offsetProblems, validateOffsets, type OffsetDraft } from './reminderRules';

export function ReminderOffsetsInput({ source = 'reminderOffsetsHours' }: { source?: string }) {
  const { field, fieldState, formState } = useInput({ source, validate: validateOffsets });
  const offsets: OffsetDraft[] = Array.isArray(field.value) ? field.value : [];
  const problems = offsetProblems(offsets);
  // A new empty row is not an error until the owner leaves it or saves.
  const showProblems = fieldState.isTouched || formState.isSubmitted;
  const fieldError = fieldState.error?.message;

  const change = (next: OffsetDraft[]) => field.onChange(next);

  return (
    // A fieldset, so the legend names the group like the channels' checkboxes below.
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0, width: '100%', mb: 2 }}>
      <FormLabel component="legend" error={Boolean(fieldError)} sx={{ fontSize: '0.75rem', mb: 0.25 }}>
        Reminder times
      </FormLabel>
      <Typography variant="caption" component="p" color="text.secondary" sx={{ mb: 1.5 }}>
        Hours before the session, up to {MAX_REMINDERS} reminders (at most {MAX_OFFSET_HOURS} hours, 14 days).
      </Typography>
      {offsets.length === 0 && (
        <Typography variant="body2" sx={{ mb: 1 }}>
          No reminders: patients get no reminder before their sessions.
        </Typography>
      )}
      <Stack spacing={1}>
        {offsets.map((value, index) => {
          const problem = showProblems ? problems[index] : undefined;
          const hours = Number(value);
          const hint = !problems[index] ? `${describeHours(hours)} before` : ' ';
          return (
            // Rows are positional: removing one shifts the rest, which is what the owner sees.
            <Stack key={index} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
              <TextField
                label={`Reminder ${index + 1}`}
                type="number"
                size="small"
                value={String(value ?? '')}
                onChange={(event) => change(offsets.map((v, i) => (i === index ? event.target.value : v)))}
                onBlur={field.onBlur}
                error={Boolean(problem)}
                helperText={problem ?? hint}
                slotProps={{
                  htmlInput: { min: 1, max: MAX_OFFSET_HOURS, step: 1, inputMode: 'numeric', name: `${source}.${index}` },
                  input: { endAdornment: <InputAdornment position="end">hours before</InputAdornment> },
                }}
                sx={{ width: 240, maxWidth: '100%' }}
              />
              <IconButton
                aria-label={`Remove reminder ${index + 1}`}
                onClick={() => {
                  change(offsets.filter((_, i) => i !== index));
                  field.onBlur();
                }}
                sx={{ mt: 0.25 }}
              >
                <DeleteIcon />
              </IconButton>
            </Stack>
          );
        })}
      </Stack>
      <Button startIcon={<AddIcon />} onClick={() => change([...offsets, ''])} disabled={offsets.length >= MAX_REMINDERS} sx={{ mt: 0.5 }}>
        Add a reminder
      </Button>
      {offsets.length >= MAX_REMINDERS && <FormHelperText sx={{ ml: 1 }}>That is the most reminders a session can have.</FormHelperText>}
      {/* The server's message, or "at most 4"; a per-row problem is already said on its row. */}
      {fieldError && !problems.some(Boolean) && (
        <FormHelperText error role="alert" sx={{ ml: 1 }}>
          <ValidationError error={fieldError} />
        </FormHelperText>
      )}
    </Box>
  );
}
