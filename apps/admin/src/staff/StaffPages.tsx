// Staff accounts (the User resource). Editing is react-admin's updateUser; adding someone is an
// invitation by email (inviteStaff: they choose their own password through the link) or, as an
// option, createStaff with an initial password. Either gives a THERAPIST their bookable profile.
import { Alert, Box, Button, Card, CardContent, Chip, Typography } from '@mui/material';
import SendIcon from '@mui/icons-material/ForwardToInboxOutlined';
import {
  BooleanInput,
  CreateButton,
  DataTable,
  Edit,
  EmailField,
  Form,
  List,
  PasswordInput,
  RadioButtonGroupInput,
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
  useRefresh,
} from 'react-admin';
import { useState, type MouseEvent } from 'react';
import { useWatch } from 'react-hook-form';
import { ROLE_LABELS } from '../access';
import { graphql } from '../graphql';
import type { StaffRecordFragment } from '../graphql/graphql';
import { callMutation } from '../providers/graphqlClient';
import { ApiError, toApiError } from '../providers/graphqlErrors';
import type { Role } from '../providers/session';
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
    status
    invitedAt
    inviteAcceptedAt
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

const STATUS_LOOK: Record<StaffUser['status'], { label: string; bg: string; fg: string }> = {
  INVITED: { label: 'Invited', bg: '#fdf0d5', fg: '#6b4a00' },
  ACTIVE: { label: 'Active', bg: '#e3f3e8', fg: '#1d4d30' },
  INACTIVE: { label: 'Inactive', bg: '#f1f3f4', fg: '#5b6670' },
};

/** Invited (no password yet), Active, or Inactive. */
export function StaffStatusChip({ status }: { status: StaffUser['status'] }) {
  const { label, bg, fg } = STATUS_LOOK[status];
  return <Chip size="small" label={label} sx={{ bgcolor: bg, color: fg, fontWeight: 600 }} />;
}

const RESEND_INVITE = graphql(`
  mutation StaffResendInvite($userId: ID!) {
    resendStaffInvite(userId: $userId) {
      id
      status
    }
  }
`);

/** Sends a fresh invitation to an account still waiting for its password; the earlier link stops working. */
export function ResendInviteButton({ variant = 'text' }: { variant?: 'text' | 'outlined' }) {
  const record = useRecordContext<StaffUser>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  if (!record || record.status !== 'INVITED') return null;
  const resend = async (event: MouseEvent) => {
    event.stopPropagation(); // not the row's click, which opens the account
    setBusy(true);
    try {
      await callMutation(RESEND_INVITE, { userId: record.id });
      notify(`A new invitation is on its way to ${record.email}; the earlier link no longer works.`, { type: 'success' });
      refresh();
    } catch (error) {
      notify(toApiError(error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      size="small"
      variant={variant}
      startIcon={<SendIcon />}
      onClick={(event) => void resend(event)}
      disabled={busy}
      aria-label={`Resend invitation to ${record.name}`}
    >
      Resend invitation
    </Button>
  );
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
          <CreateButton label="Invite staff" icon={<SendIcon />} />
        </TopToolbar>
      }
      empty={false}
    >
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <Col source="name" label="Name" field={TextField} />
        <Col source="email" label="Email" field={EmailField} />
        <Col source="role" label="Role" render={(r) => <RoleChip role={r.role} />} />
        <Col source="active" label="Status" render={(r) => <StaffStatusChip status={r.status} />} />
        <Col label="" disableSort render={() => <ResendInviteButton />} />
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

/** An account still waiting for its invitee: say so, and offer a new link. */
function PendingInvitation() {
  const record = useRecordContext<StaffUser>();
  if (!record || record.status !== 'INVITED' || !record.invitedAt) return null;
  return (
    <Alert severity="info" sx={{ mb: 2, width: '100%' }} action={<ResendInviteButton variant="outlined" />}>
      Invited on {new Date(record.invitedAt).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' })};{' '}
      {record.name} has not set a password yet, so cannot sign in. An invitation link works once and for 7 days.
    </Alert>
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
        <PendingInvitation />
        <TextInput source="email" label="Email" disabled helperText="The sign-in email cannot be changed" />
        <TextInput source="name" label="Name" validate={[required('Enter the name'), maxLength(120)]} />
        <SelectInput source="role" label="Role" choices={ROLE_CHOICES} validate={required('Choose the role')} />
        <BooleanInput source="active" label="Active (can sign in)" helperText="Deactivating signs the person out at once" />
      </SimpleForm>
    </Edit>
  );
}

const INVITE_STAFF = graphql(`
  mutation StaffInvite($input: InviteStaffInput!) {
    inviteStaff(input: $input) {
      id
      name
      email
      role
    }
  }
`);

const METHOD_CHOICES = [
  { id: 'invite', name: 'Email them an invitation: they choose their own password' },
  { id: 'password', name: 'Set an initial password now and give it to them yourself' },
];

/** The password box, only when the owner chose to set one. */
function InitialPassword() {
  const method = useWatch({ name: 'method' }) as string | undefined;
  if (method !== 'password') {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        They receive an email with a link to set their password (it works once, for 7 days). The invitation also appears under Messages, so
        you can pass the link on yourself when email sending is not set up.
      </Typography>
    );
  }
  return (
    <PasswordInput
      source="password"
      label="Initial password"
      autoComplete="new-password"
      validate={[required('Enter a password'), minLength(PASSWORD_MIN, `At least ${PASSWORD_MIN} characters`), maxLength(200)]}
      helperText={`At least ${PASSWORD_MIN} characters; ask them to change it after signing in`}
    />
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
    const person = {
      email: String(values.email ?? '').trim(),
      name: String(values.name ?? '').trim(),
      role: values.role as Role,
    };
    try {
      if (values.method === 'password') {
        const { createStaff } = await callMutation(CREATE_STAFF, { input: { ...person, password: String(values.password ?? '') } });
        notify(
          createStaff.role === 'THERAPIST'
            ? `${createStaff.name} added. Set their working hours under Therapists.`
            : `${createStaff.name} added`,
          { type: 'success' },
        );
      } else {
        const { inviteStaff } = await callMutation(INVITE_STAFF, { input: person });
        notify(
          `Invitation sent to ${inviteStaff.email}.${inviteStaff.role === 'THERAPIST' ? ' Set their working hours under Therapists.' : ''}`,
          { type: 'success' },
        );
      }
      invalidate();
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
      <Title title="Invite staff" />
      <Card>
        <Form onSubmit={save} noValidate defaultValues={{ role: 'FRONT_DESK', method: 'invite' }}>
          <CardContent sx={{ display: 'grid', gap: 0.5 }}>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              The person signs in with this email. A therapist also gets a therapist profile you can then give working hours.
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
            <RadioButtonGroupInput
              source="method"
              label="Their password"
              choices={METHOD_CHOICES}
              row={false}
              helperText={false}
              sx={{ mt: 0 }}
            />
            <InitialPassword />
            {failure && (
              <Typography role="alert" color="error" variant="body2">
                {failure}
              </Typography>
            )}
          </CardContent>
          <Toolbar>
            <CreateSubmit />
          </Toolbar>
        </Form>
      </Card>
    </Box>
  );
}

function CreateSubmit() {
  const method = useWatch({ name: 'method' }) as string | undefined;
  return (
    <SaveButton
      label={method === 'password' ? 'Create account' : 'Send invitation'}
      icon={method === 'password' ? undefined : <SendIcon />}
      alwaysEnable
    />
  );
}
