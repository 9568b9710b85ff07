// "Change password", for every signed-in staff member (the user menu opens it). The current password
// is required; the new one must meet the API's policy. Every other session of the account ends at
// once; this one carries on with the fresh token the API returns.
import KeyIcon from '@mui/icons-material/KeyOutlined';
import { Box, Card, CardContent, MenuItem, ListItemIcon, ListItemText, Typography } from '@mui/material';
import { forwardRef, useState } from 'react';
import { Form, PasswordInput, SaveButton, Title, Toolbar, maxLength, minLength, required, useNotify, useUserMenu } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { graphql } from '../graphql';
import { callMutation } from '../providers/graphqlClient';
import { toApiError } from '../providers/graphqlErrors';
import { saveSession } from '../providers/session';
import { PASSWORD_MIN } from './StaffPages';

export const CHANGE_PASSWORD_PATH = '/account/password';

const CHANGE_PASSWORD = graphql(`
  mutation StaffChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      token
      user {
        id
        email
        name
        role
        clinicId
        active
      }
    }
  }
`);

const sameAsNew = (value: unknown, values: Record<string, unknown>) =>
  value === values.newPassword ? undefined : 'The two new passwords are not the same';

export function ChangePasswordPage() {
  const notify = useNotify();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);

  const save = async (values: Record<string, unknown>) => {
    setFailure(null);
    try {
      const { changePassword } = await callMutation(CHANGE_PASSWORD, {
        currentPassword: String(values.currentPassword ?? ''),
        newPassword: String(values.newPassword ?? ''),
      });
      saveSession(changePassword);
      notify('Password changed. You stay signed in here; every other session of your account has been signed out.', { type: 'success' });
      navigate('/');
      return undefined;
    } catch (error) {
      const apiError = toApiError(error);
      // A wrong current password or a refused new one lands on its field.
      const fields = apiError.body?.errors as Record<string, unknown> | undefined;
      const onFields = Object.fromEntries(
        Object.entries(fields ?? {}).filter(([key]) => key === 'currentPassword' || key === 'newPassword'),
      );
      if (Object.keys(onFields).length) return onFields;
      setFailure(apiError.message);
      return undefined;
    }
  };

  return (
    <Box sx={{ mt: 1, maxWidth: 560 }}>
      <Title title="Change password" />
      <Card>
        <Form onSubmit={save} noValidate>
          <CardContent sx={{ display: 'grid', gap: 0.5 }}>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              Changing your password signs your account out everywhere else (other browsers and devices); you stay signed in here.
            </Typography>
            <PasswordInput
              source="currentPassword"
              label="Current password"
              autoComplete="current-password"
              validate={required('Enter your current password')}
              autoFocus
            />
            <PasswordInput
              source="newPassword"
              label="New password"
              autoComplete="new-password"
              validate={[required('Enter a new password'), minLength(PASSWORD_MIN, `At least ${PASSWORD_MIN} characters`), maxLength(200)]}
              helperText={`At least ${PASSWORD_MIN} characters; a phrase of a few words is easy to remember and hard to guess`}
            />
            <PasswordInput
              source="confirmPassword"
              label="Confirm new password"
              autoComplete="new-password"
              validate={[required('Enter the new password again'), sameAsNew]}
            />
            {failure && (
              <Typography role="alert" color="error" variant="body2">
                {failure}
              </Typography>
            )}
          </CardContent>
          <Toolbar>
            <SaveButton label="Change password" icon={<KeyIcon />} alwaysEnable />
          </Toolbar>
        </Form>
      </Card>
    </Box>
  );
}

/** The user menu's entry to the page. */
export const ChangePasswordMenuItem = forwardRef<HTMLLIElement>(function ChangePasswordMenuItem(props, ref) {
  const userMenu = useUserMenu();
  const navigate = useNavigate();
  return (
    <MenuItem
      ref={ref}
      {...props}
      onClick={() => {
        userMenu?.onClose();
        navigate(CHANGE_PASSWORD_PATH);
      }}
    >
      <ListItemIcon>
        <KeyIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>Change password</ListItemText>
    </MenuItem>
  );
});
