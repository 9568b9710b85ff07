// Patient autocomplete: searches by name as the user types (the API's `q` filter).
import { Autocomplete, Box, CircularProgress, TextField, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
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
  // Search once typing pauses, not on every keystroke.
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(input), 200);
    return () => clearTimeout(timer);
  }, [input]);
  const found = useQuery({
    queryKey: ['backtrack', 'patientSearch', query],
    queryFn: () => search(query),
    placeholderData: keepPreviousData,
  });
  const options = found.data ?? (value ? [value] : []);
  const loading = found.isFetching || query !== input;

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
      noOptionsText={input ? 'No patient found' : 'Type a name, phone, email or date of birth'}
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
          placeholder="Name, phone, email or date of birth"
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
