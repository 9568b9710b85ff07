import { useMediaQuery, type Theme } from '@mui/material';
import { CreateButton, DataTable, List, SearchInput, SelectInput, TextField, TopToolbar } from 'react-admin';
import { CLEARANCE_CHOICES, REGION_CHOICES, type Patient } from './choices';
import { ClearanceChip } from './ClearanceChip';
import { DateOfBirthField, PhoneField, RegionField } from './PatientFields';

const filters = [
  // The API reads the text as a name, an email, a phone as written or a date of birth (patient-search.ts).
  <SearchInput
    key="q"
    source="q"
    alwaysOn
    placeholder="Name, phone, email or birth date"
    aria-label="Search patients by name, phone, email or date of birth"
    sx={{ minWidth: { xs: '100%', sm: 300 } }}
  />,
  <SelectInput
    key="complaintRegion"
    source="complaintRegion"
    label="Region"
    choices={REGION_CHOICES}
    alwaysOn
    emptyText="All regions"
    sx={{ minWidth: 160 }}
  />,
  <SelectInput
    key="clearanceStatus"
    source="clearanceStatus"
    label="Clearance"
    choices={CLEARANCE_CHOICES}
    alwaysOn
    emptyText="Any status"
    sx={{ minWidth: 200 }}
  />,
];

const Col = DataTable.Col<Patient>;

export function PatientList() {
  // On a tablet in portrait the contact column is what gives way, not the clinical ones.
  const wide = useMediaQuery((theme: Theme) => theme.breakpoints.up('lg'));
  return (
    <List
      title="Patients"
      filters={filters}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={25}
      actions={
        // Below md the create button floats (FAB), so its toolbar row must not leave a gap.
        <TopToolbar sx={(theme) => ({ [theme.breakpoints.down('md')]: { p: 0, minHeight: 0 } })}>
          <CreateButton label="New patient" />
        </TopToolbar>
      }
      empty={false}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <Col source="name" label="Name" field={TextField} />
        <Col source="dateOfBirth" label="Date of birth" render={() => <DateOfBirthField />} />
        <Col source="complaintRegion" label="Region" render={() => <RegionField />} />
        <Col source="clearanceStatus" label="Clearance" render={() => <ClearanceChip />} />
        {wide && <Col source="phone" label="Phone" disableSort render={() => <PhoneField />} />}
      </DataTable>
    </List>
  );
}
