// Patient autocomplete: searches by name as the user types (the API's `q` filter).
import { Autocomplete, Box, CircularProgress, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { ClearanceChip } from '../patients/ClearanceChip';
import { formatDateOnly } from '../patients/dates';
import type { PatientOption } from './api';

export function PatientPicker({
  value,
  onChange,
  search,
  disabled,
  autoFocus,
}: {
  value: PatientOption | null;
  onChange: (patient: PatientOption | null) => void;
  search: (q: string) => Promise<PatientOption[]>;
  disabled?: boolean;
  autoFocus?: boolean;
}) {
  const [input, setInput] = useState('');
  const [options, setOptions] = useState<PatientOption[]>(value ? [value] : []);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    let live = true;
    setLoading(true);
    const timer = setTimeout(() => {
      search(input)
        .then((found) => live && setOptions(found))
        .catch(() => live && setOptions([]))
        .finally(() => live && setLoading(false));
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [input, search]);

  return (
    <Autocomplete
      value={value}
      onChange={(_, patient) => onChange(patient)}
      inputValue={input}
      onInputChange={(_, text) => setInput(text)}
      options={value && !options.some((o) => o.id === value.id) ? [value, ...options] : options}
      // The server already filtered by name.
      filterOptions={(x) => x}
      getOptionLabel={(p) => p.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      loading={loading}
      disabled={disabled}
      noOptionsText={input ? 'No patient with that name' : 'Type a name'}
      renderOption={({ key, ...props }, p) => (
        <Box component="li" key={key} {...props} sx={{ display: 'flex', justifyContent: 'space-between', gap: 1 }}>
          <span>
            {p.name}
            {p.dateOfBirth && (
              <Typography component="span" variant="body2" color="text.secondary">
                {' '}
                · born {formatDateOnly(p.dateOfBirth)}
              </Typography>
            )}
          </span>
          {p.clearanceStatus === 'NEEDS_MEDICAL_CLEARANCE' && <ClearanceChip status={p.clearanceStatus} />}
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label="Patient"
          required
          autoFocus={autoFocus}
          placeholder="Search by name"
          slotProps={{
            ...params.slotProps,
            input: {
              ...params.slotProps.input,
              endAdornment: (
                <>
                  {loading ? <CircularProgress color="inherit" size={16} /> : null}
                  {params.slotProps.input.endAdornment}
                </>
              ),
            },
          }}
        />
      )}
    />
  );
}
