import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, type UseFormRegisterReturn } from 'react-hook-form';
import { z } from 'zod';
import { Field, FormError } from '../../components/Field';
import { Table } from '../../components/Table';
import { api } from '../../lib/api';
import { applyServerError, messageOf } from '../../lib/errors';
import type { Role, Site, StaffUser } from '../../lib/types';
import { useSession } from '../../session/session';
import { ROLES, useSites, useUsers } from './admin-api';

const roleSchema = z.enum(['nurse', 'clinician', 'admin']);
const userFields = z.object({
  email: z.email('Enter a valid email address.').max(254),
  displayName: z.string().trim().min(1, 'Enter the name staff see.').max(200),
  roles: z.array(roleSchema).min(1, 'Choose at least one role.'),
  sites: z.array(z.string()),
});
/** As the server: a nurse or clinician works at a site; an admin-only account needs none. */
function requireSiteForClinicalRoles(
  value: { roles: Role[]; sites: string[] },
  context: z.RefinementCtx,
) {
  if (value.sites.length === 0 && value.roles.some((r) => r === 'nurse' || r === 'clinician'))
    context.addIssue({
      code: 'custom',
      path: ['sites'],
      message: 'Choose at least one site for a nurse or clinician.',
    });
}
const userFormSchema = userFields.superRefine(requireSiteForClinicalRoles);
type UserForm = z.infer<typeof userFormSchema>;

export function Users() {
  const users = useUsers();
  const sites = useSites();
  const [temporary, setTemporary] = useState<{ who: string; password: string } | null>(null);
  const siteNames = new Map((sites.data?.items ?? []).map((s) => [s.id, s.name]));
  return (
    <>
      {temporary && (
        <div className="notice" role="status">
          <p>
            Temporary password for <strong>{temporary.who}</strong>:{' '}
            <code className="secret">{temporary.password}</code>
          </p>
          <p className="muted">
            Shown once. Give it to them in person; they choose a new one when they sign in.
          </p>
          <button type="button" onClick={() => setTemporary(null)}>
            Done, hide it
          </button>
        </div>
      )}
      {users.isError && <FormError error={messageOf(users.error)} />}
      <div className="table-wrap">
        <Table
          caption="Staff accounts"
          columns={['Name', 'Email', 'Roles', 'Sites', 'Authenticator', 'Status', 'Actions']}
        >
          {(users.data?.items ?? []).map((user) => (
            <UserRow
              key={user.id}
              user={user}
              siteNames={siteNames}
              sites={sites.data?.items ?? []}
              onTemporaryPassword={(password) => setTemporary({ who: user.displayName, password })}
            />
          ))}
        </Table>
      </div>
      {sites.data && (
        <CreateUser
          sites={sites.data.items}
          onCreated={(who, password) => setTemporary({ who, password })}
        />
      )}
    </>
  );
}

function UserRow({
  user,
  sites,
  siteNames,
  onTemporaryPassword,
}: {
  user: StaffUser;
  sites: Site[];
  siteNames: Map<string, string>;
  onTemporaryPassword: (password: string) => void;
}) {
  const { me } = useSession();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['admin', 'users'] });
  const patch = useMutation({
    mutationFn: (body: Partial<{ roles: Role[]; sites: string[]; active: boolean }>) =>
      api('PATCH', `/api/users/${user.id}`, body),
    onSuccess: refresh,
  });
  const resetPassword = useMutation({
    mutationFn: () =>
      api<{ temporaryPassword: string }>('POST', `/api/users/${user.id}/reset-password`),
    onSuccess: (r) => {
      onTemporaryPassword(r.temporaryPassword);
      void refresh();
    },
  });
  const resetTotp = useMutation({
    mutationFn: () => api('POST', `/api/users/${user.id}/reset-totp`),
    onSuccess: refresh,
  });
  const error = patch.error ?? resetPassword.error ?? resetTotp.error;
  const self = user.id === me.user.id;
  return (
    <>
      <tr className={user.active ? undefined : 'inactive'}>
        <th scope="row">{user.displayName}</th>
        <td>{user.email}</td>
        <td>{user.roles.join(', ')}</td>
        <td>{user.siteIds.map((id) => siteNames.get(id) ?? id).join(', ') || '—'}</td>
        <td>{user.totpEnabled ? 'Set up' : 'Not set up'}</td>
        <td>{user.active ? 'Active' : 'Deactivated'}</td>
        <td>
          <button
            type="button"
            aria-expanded={editing}
            aria-label={`Manage ${user.displayName}`}
            onClick={() => setEditing(!editing)}
          >
            Manage
          </button>
        </td>
      </tr>
      {editing && (
        <tr className="edit-row">
          <td colSpan={7}>
            <EditUser
              user={user}
              sites={sites}
              onSave={(body) => patch.mutate(body)}
              busy={patch.isPending}
            />
            <div className="actions">
              {!self && (
                <button type="button" onClick={() => patch.mutate({ active: !user.active })}>
                  {user.active ? 'Deactivate (ends their sessions)' : 'Reactivate'}
                </button>
              )}
              <button type="button" onClick={() => resetPassword.mutate()}>
                Reset password
              </button>
              {user.totpEnabled && (
                <button type="button" onClick={() => resetTotp.mutate()}>
                  Reset authenticator
                </button>
              )}
            </div>
            {error && <FormError error={messageOf(error)} />}
          </td>
        </tr>
      )}
    </>
  );
}

function EditUser({
  user,
  sites,
  onSave,
  busy,
}: {
  user: StaffUser;
  sites: Site[];
  onSave: (body: { roles: Role[]; sites: string[] }) => void;
  busy: boolean;
}) {
  const schema = userFields
    .pick({ roles: true, sites: true })
    .superRefine(requireSiteForClinicalRoles);
  const form = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { roles: user.roles, sites: user.siteIds },
  });
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((values) => onSave(values))}
      className="inline-form"
    >
      <RoleAndSiteChoices
        idPrefix={`edit-${user.id}`}
        register={(name) => form.register(name)}
        sites={sites}
        rolesError={form.formState.errors.roles?.message}
        sitesError={form.formState.errors.sites?.message}
      />
      <button type="submit" disabled={busy}>
        Save roles and sites
      </button>
    </form>
  );
}

function RoleAndSiteChoices({
  idPrefix,
  register,
  sites,
  rolesError,
  sitesError,
}: {
  idPrefix: string;
  register: (name: 'roles' | 'sites') => UseFormRegisterReturn;
  sites: Site[];
  rolesError?: string | undefined;
  sitesError?: string | undefined;
}) {
  return (
    <>
      <Choices
        id={`${idPrefix}-role`}
        legend="Roles"
        options={ROLES}
        registration={register('roles')}
        error={rolesError}
      />
      <Choices
        id={`${idPrefix}-site`}
        legend="Sites"
        options={sites.map((site) => ({ value: site.id, label: site.name }))}
        registration={register('sites')}
        error={sitesError}
      />
    </>
  );
}

/** A many-choice list with its error announced and tied to the group. */
function Choices({
  id,
  legend,
  options,
  registration,
  error,
}: {
  id: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  registration: UseFormRegisterReturn;
  error?: string | undefined;
}) {
  const errorId = `${id}-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <Checkbox
          key={option.value}
          id={`${id}-${option.value}`}
          value={option.value}
          label={option.label}
          registration={registration}
        />
      ))}
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** One box of a many-choice list (roles, sites); the form reads every ticked value. */
function Checkbox({
  id,
  value,
  label,
  registration,
}: {
  id: string;
  value: string;
  label: string;
  registration: UseFormRegisterReturn;
}) {
  return (
    <div className="checkbox">
      <input id={id} type="checkbox" value={value} {...registration} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

function CreateUser({
  sites,
  onCreated,
}: {
  sites: Site[];
  onCreated: (who: string, temporaryPassword: string) => void;
}) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<UserForm>({
    resolver: zodResolver(userFormSchema),
    defaultValues: { roles: [], sites: sites.length === 1 ? [sites[0]!.id] : [] },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <section aria-labelledby="create-user-title" className="panel">
      <h2 id="create-user-title">Add a staff account</h2>
      <form
        noValidate
        onSubmit={form.handleSubmit(async (values) => {
          setError(null);
          try {
            const created = await api<{ user: StaffUser; temporaryPassword: string }>(
              'POST',
              '/api/users',
              values,
            );
            onCreated(created.user.displayName, created.temporaryPassword);
            // Every field named: react-hook-form keeps what a box shows for a field reset() is
            // not given.
            form.reset({ email: '', displayName: '', roles: [], sites: values.sites });
            await queryClient.invalidateQueries({ queryKey: ['admin', 'users'] });
          } catch (e) {
            setError(
              applyServerError(e, form.setError, (path) =>
                path in userFields.shape ? (path as keyof UserForm) : undefined,
              ),
            );
          }
        })}
      >
        <Field label="Email" error={errors.email?.message}>
          {(p) => <input {...p} type="email" autoComplete="off" {...form.register('email')} />}
        </Field>
        <Field label="Name shown to staff" error={errors.displayName?.message}>
          {(p) => <input {...p} autoComplete="off" {...form.register('displayName')} />}
        </Field>
        <RoleAndSiteChoices
          idPrefix="create"
          register={(name) => form.register(name)}
          sites={sites}
          rolesError={errors.roles?.message}
          sitesError={errors.sites?.message}
        />
        <FormError error={error} />
        <button type="submit" className="primary" disabled={isSubmitting}>
          Add account
        </button>
      </form>
    </section>
  );
}
