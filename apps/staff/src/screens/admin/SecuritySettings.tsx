import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { FormError } from '../../components/Field';
import { api } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import type { Role } from '../../lib/types';
import { ROLES } from './admin-api';

export function SecuritySettings() {
  const queryClient = useQueryClient();
  const settings = useQuery({
    queryKey: ['admin', 'settings'],
    queryFn: () => api<{ totpRequiredRoles: Role[] }>('GET', '/api/settings'),
  });
  const [chosen, setChosen] = useState<Role[]>([]);
  useEffect(() => {
    if (settings.data) setChosen(settings.data.totpRequiredRoles);
  }, [settings.data]);
  const save = useMutation({
    mutationFn: (roles: Role[]) => api('PUT', '/api/settings', { totpRequiredRoles: roles }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin', 'settings'] }),
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(chosen);
      }}
    >
      <fieldset>
        <legend>Roles that must use an authenticator app (TOTP)</legend>
        {ROLES.map((role) => (
          <div className="checkbox" key={role.value}>
            <input
              id={`totp-${role.value}`}
              type="checkbox"
              checked={chosen.includes(role.value)}
              onChange={(e) => {
                const checked = e.target.checked;
                // A change since the last save is not saved: "Saved." must not stay on screen.
                save.reset();
                setChosen((list) =>
                  checked ? [...list, role.value] : list.filter((r) => r !== role.value),
                );
              }}
            />
            <label htmlFor={`totp-${role.value}`}>{role.label}</label>
          </div>
        ))}
      </fieldset>
      <p className="muted">
        Someone in a chosen role who has no authenticator set up is asked to set one up at their
        next sign-in, before anything else.
      </p>
      {settings.isError && <FormError error={messageOf(settings.error)} />}
      {save.error && <FormError error={messageOf(save.error)} />}
      {save.isSuccess && <p role="status">Saved.</p>}
      <button type="submit" className="primary" disabled={save.isPending || settings.isPending}>
        Save
      </button>
    </form>
  );
}
