// A clinic's licensed wording of one instrument (ODI or NDI): one text per section, all of them or
// none, each checked as typed and saying on its own row what is wrong. Folded away until opened, so
// the settings page stays short; it opens by itself when something in it needs correcting.
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Accordion, AccordionDetails, AccordionSummary, FormHelperText, Stack, TextField, Typography } from '@mui/material';
import { INSTRUMENTS, LICENSED_ITEM_TEXT_MAX_LENGTH, type Instrument } from '@backtrack/domain';
import { memo, useCallback, useRef, useState } from 'react';
import { ValidationError, useInput } from 'react-admin';
import { isEmptyWording, licensedTextProblems, validateLicensedText } from './questionnaireRules';

export function LicensedTextInput({ instrument }: { instrument: Instrument }) {
  const { field, fieldState, formState } = useInput({ source: `licensedText.${instrument}`, validate: validateLicensedText });
  const def = INSTRUMENTS[instrument];
  const items: string[] = Array.isArray(field.value) ? field.value.map((t: unknown) => String(t ?? '')) : def.items.map(() => '');
  // A text too long is said once the owner leaves the box; the boxes still empty only on saving,
  // so that typing the first section does not turn the nine others red.
  const shown = licensedTextProblems(items).map((problem, i) =>
    problem && (formState.isSubmitted || (fieldState.isTouched && items[i]!.trim() !== '')) ? problem : undefined,
  );
  const fieldError = fieldState.error?.message;
  const flagged = shown.some(Boolean) || Boolean(fieldError);
  const [open, setOpen] = useState(false);
  const entered = !isEmptyWording(items);

  // Rows are memoized and this handler stays the same, so a keystroke redraws one box, not ten.
  const latest = useRef(items);
  latest.current = items;
  const { onChange, onBlur } = field;
  const setItem = useCallback(
    (index: number, text: string) => onChange(latest.current.map((t, i) => (i === index ? text : t))),
    [onChange],
  );

  return (
    <Accordion
      expanded={open || flagged}
      onChange={(_, expanded) => setOpen(expanded)}
      disableGutters
      variant="outlined"
      // Twenty multi-line boxes are heavy: only the open one's are rendered (the values live in the form).
      slotProps={{ transition: { unmountOnExit: true } }}
      sx={{ width: '100%', '&:before': { display: 'none' } }}
    >
      <AccordionSummary expandIcon={<ExpandMoreIcon />} id={`${field.name}-summary`}>
        <Stack>
          <Typography component="span" sx={{ fontWeight: 600 }}>
            {instrument} wording · {def.name}
          </Typography>
          <Typography component="span" variant="body2" color={flagged ? 'error' : 'text.secondary'}>
            {entered
              ? `Entered (${items.filter((t) => t.trim()).length} of ${items.length} sections)`
              : 'Not entered: patients see the section names'}
          </Typography>
        </Stack>
      </AccordionSummary>
      <AccordionDetails>
        <Stack spacing={2}>
          {def.items.map((item, index) => (
            <WordingRow
              key={item.key}
              index={index}
              label={`${instrument} ${index + 1}. ${item.label}`}
              name={`${field.name}.${index}`}
              value={items[index] ?? ''}
              problem={shown[index]}
              onChange={setItem}
              onBlur={onBlur}
            />
          ))}
          {/* The server's message; a per-row problem is already said on its row. */}
          {fieldError && !shown.some(Boolean) ? (
            <FormHelperText error role="alert">
              <ValidationError error={fieldError} />
            </FormHelperText>
          ) : null}
        </Stack>
      </AccordionDetails>
    </Accordion>
  );
}

interface WordingRowProps {
  index: number;
  label: string;
  name: string;
  value: string;
  problem: string | undefined;
  onChange: (index: number, text: string) => void;
  onBlur: () => void;
}

const WordingRow = memo(function WordingRow({ index, label, name, value, problem, onChange, onBlur }: WordingRowProps) {
  const length = [...value.trim()].length;
  return (
    <TextField
      label={label}
      multiline
      // Fixed rows, resizable by hand: autosizing measures the layout on every keystroke.
      rows={4}
      value={value}
      onChange={(event) => onChange(index, event.target.value)}
      onBlur={onBlur}
      error={Boolean(problem)}
      helperText={problem ?? (length > 0 ? `${length} / ${LICENSED_ITEM_TEXT_MAX_LENGTH}` : ' ')}
      slotProps={{ htmlInput: { name } }}
      fullWidth
      sx={{ '& textarea': { resize: 'vertical' } }}
    />
  );
});
