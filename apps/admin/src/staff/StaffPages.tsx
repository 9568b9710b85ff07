// Staff accounts (the User resource). Editing is react-admin's updateUser; creating is the explicit
// createStaff mutation, which also gives a THERAPIST their bookable therapist profile.
import { Box, Card, CardContent, Chip, Typography } from '@mui/material';
import {
  BooleanInput,
  CreateButton,
  DataTable,
  Edit,
  EmailField,
  Form,
  List,
  PasswordInput,
  SaveButton,
  SearchInput,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  Title,
  Toolbar,
  TopToolbar,
  email,
  maxLength,
  minLength,
  required,
  useGetIdentity,
  useNotify,
  useRecordContext,
  useRedirect,
} from 'react-admin';
import { useState } from 'react';
import { ROLE_LABELS } from '../access';
import { graphql } from '../graphql';
import type { StaffRecordFragment } from '../graphql/graphql';
import { callMutation } from '../providers/graphqlClient';
import { ApiError, toApiError } from '../providers/graphqlErrors';
import type { Role } from '../providers/session';
import { ActiveChip } from '../shared/ActiveChip';
import { useSavedHandler } from '../shared/useSaved';
import { useInvalidateScheduling } from '../shared/catalog';

// The record react-admin's data provider returns (it selects every field); typed from the schema here.
export const STAFF_RECORD = graphql(`
  fragment StaffRecord on User {
    id
    name
    email
    role
    active
    createdAt
  }
`);
export type StaffUser = StaffRecordFragment;

export const ROLE_CHOICES = (Object.keys(ROLE_LABELS) as Role[]).map((id) => ({ id, name: ROLE_LABELS[id] }));
export const PASSWORD_MIN = 10; // the API's rule (auth.inputs.ts)

const ROLE_TONES: Record<Role, { bg: string; fg: string }> = {
  OWNER: { bg: '#ece6f6', fg: '#4a2f7a' },
  FRONT_DESK: { bg: '#e4effa', fg: '#123a5e' },
  THERAPIST: { bg: '#e3f1ef', fg: '#0a4d49' },
};

export function RoleChip({ role }: { role: Role }) {
  return <Chip size="small" label={ROLE_LABELS[role]} sx={{ bgcolor: ROLE_TONES[role].bg, color: ROLE_TONES[role].fg, fontWeight: 600 }} />;
}

const Col = DataTable.Col<StaffUser>;

export function StaffList() {
  return (
    <List
      title="Staff"
      filters={[
        <SearchInput key="q" source="q" alwaysOn placeholder="Search name or email" aria-label="Search staff by name or email" />,
        <SelectInput key="role" source="role" label="Role" choices={ROLE_CHOICES} alwaysOn emptyText="All roles" sx={{ minWidth: 160 }} />,
      ]}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={50}
      actions={
        <TopToolbar>
          <CreateButton label="New staff account" />
        </TopToolbar>
      }
      empty={false}
    >
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <Col source="name" label="Name" field={TextField} />
        <Col source="email" label="Email" field={EmailField} />
        <Col source="role" label="Role" render={(r) => <RoleChip role={r.role} />} />
        <Col source="active" label="Status" render={(r) => <ActiveChip active={r.active} />} />
      </DataTable>
    </List>
  );
}

function StaffTitle() {
  const record = useRecordContext<StaffUser>();
  return <span>{record ? `Edit ${record.name}` : 'Edit staff account'}</span>;
}

function SelfNote() {
  const record = useRecordContext<StaffUser>();
  const { identity } = useGetIdentity();
  if (!record || record.id !== identity?.id) return null;
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
      This is your own account: you cannot change your own role or deactivate yourself.
    </Typography>
  );
}

export function StaffEdit() {
  const onSuccess = useSavedHandler('staff', (r) => `${r.name as string} saved`);
  return (
    <Edit title={<StaffTitle />} mutationMode="pessimistic" mutationOptions={{ onSuccess }}>
      <SimpleForm
        noValidate
        sx={{ maxWidth: 560 }}
        toolbar={
          <Toolbar>
            <SaveButton label="Save account" alwaysEnable />
          </Toolbar>
        }
      >
        <SelfNote />
        <TextInput source="email" label="Email" disabled helperText="The sign-in email cannot be changed" />
        <TextInput source="name" label="Name" validate={[required('Enter the name'), maxLength(120)]} />
        <SelectInput source="role" label="Role" choices={ROLE_CHOICES} validate={required('Choose the role')} />
        <BooleanInput source="active" label="Active (can sign in)" helperText="Deactivating signs the person out at once" />
      </SimpleForm>
    </Edit>
  );
}

const CREATE_STAFF = graphql(`
  mutation createStaff($input: CreateStaffInput!) {
    createStaff(input: $input) {
      id
      name
      role
    }
  }
`);

export function StaffCreate() {
  const notify = useNotify();
  const redirect = useRedirect();
  const invalidate = useInvalidateScheduling();
  const [failure, setFailure] = useState<string | null>(null);

  const save = async (values: Record<string, unknown>) => {
    setFailure(null);
    const input = {
      email: String(values.email ?? '').trim(),
      name: String(values.name ?? '').trim(),
      role: values.role as Role,
      password: String(values.password ?? ''),
    };
    try {
      const { createStaff } = await callMutation(CREATE_STAFF, { input });
      invalidate();
      notify(
        createStaff.role === 'THERAPIST'
          ? `${createStaff.name} added. Set their working hours under Therapists.`
          : `${createStaff.name} added`,
        { type: 'success' },
      );
      redirect('list', 'staff');
      return undefined;
    } catch (error) {
      const apiError: ApiError = toApiError(error);
      // Field errors (e.g. an email already in use) land on the field they name.
      const fields = apiError.body?.errors as Record<string, unknown> | undefined;
      if (fields) {
        const out: Record<string, unknown> = {};
        for (const [key, message] of Object.entries(fields)) if (key !== 'root') out[key.replace(/^input\./, '')] = message;
        if (Object.keys(out).length) return out;
      }
      setFailure(apiError.message);
      return undefined;
    }
  };

  return (
    <Box sx={{ mt: 1, maxWidth: 640 }}>
      <Title title="New staff account" />
      <Card>
        <Form onSubmit={save} noValidate defaultValues={{ role: 'FRONT_DESK' }}>
          <CardContent sx={{ display: 'grid', gap: 0.5 }}>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              The person signs in with this email and password; ask them to keep the password private. A therapist also gets a therapist
              profile you can then give working hours.
            </Typography>
            <TextInput source="name" label="Name" validate={[required('Enter the name'), maxLength(120)]} autoFocus />
            <TextInput
              source="email"
              label="Email"
              type="email"
              validate={[required('Enter the email'), email('Enter a valid email address')]}
              autoComplete="off"
            />
            <SelectInput source="role" label="Role" choices={ROLE_CHOICES} validate={required('Choose the role')} />
            <PasswordInput
              source="password"
              label="Initial password"
              autoComplete="new-password"
              validate={[required('Enter a password'), minLength(PASSWORD_MIN, `At least ${PASSWORD_MIN} characters`), maxLength(200)]}
              helperText={`At least ${PASSWORD_MIN} characters`}
            />
            {failure && (
              <Typography role="alert" color="error" variant="body2">
                {failure}
              </Typography>
            )}
          </CardContent>
          <Toolbar>
            <SaveButton label="Create account" alwaysEnable />
          </Toolbar>
        </Form>
      </Card>
    </Box>
  );
}
