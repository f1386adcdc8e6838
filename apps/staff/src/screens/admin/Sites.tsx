import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Field, FormError } from '../../components/Field';
import { Table } from '../../components/Table';
import { api } from '../../lib/api';
import { applyServerError, messageOf } from '../../lib/errors';
import type { Site } from '../../lib/types';
import { useSites } from './admin-api';

const siteSchema = z.object({
  name: z.string().trim().min(1, 'Enter the clinic’s name.').max(200),
});
type SiteForm = z.infer<typeof siteSchema>;

export function Sites() {
  const sites = useSites();
  return (
    <>
      {sites.isError && <FormError error={messageOf(sites.error)} />}
      <Table caption="Sites" columns={['Name', 'Rename']}>
        {(sites.data?.items ?? []).map((site) => (
          <SiteRow key={site.id} site={site} />
        ))}
      </Table>
      <AddSite />
    </>
  );
}

function SiteRow({ site }: { site: Site }) {
  const queryClient = useQueryClient();
  const form = useForm<SiteForm>({
    resolver: zodResolver(siteSchema),
    defaultValues: { name: site.name },
  });
  const rename = useMutation({
    mutationFn: (values: SiteForm) => api('PATCH', `/api/sites/${site.id}`, values),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin', 'sites'] }),
  });
  return (
    <tr>
      <th scope="row">{site.name}</th>
      <td>
        <form
          noValidate
          className="inline-form"
          onSubmit={form.handleSubmit((v) => rename.mutate(v))}
        >
          <Field label={`New name for ${site.name}`} error={form.formState.errors.name?.message}>
            {(p) => <input {...p} {...form.register('name')} />}
          </Field>
          <button type="submit" disabled={rename.isPending}>
            Rename
          </button>
          {rename.error && <FormError error={messageOf(rename.error)} />}
        </form>
      </td>
    </tr>
  );
}

function AddSite() {
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<SiteForm>({ resolver: zodResolver(siteSchema) });
  return (
    <section aria-labelledby="add-site-title" className="panel">
      <h2 id="add-site-title">Add a site</h2>
      <form
        noValidate
        onSubmit={form.handleSubmit(async (values) => {
          setError(null);
          try {
            await api('POST', '/api/sites', values);
            form.reset({ name: '' });
            await queryClient.invalidateQueries({ queryKey: ['admin', 'sites'] });
          } catch (e) {
            setError(
              applyServerError(e, form.setError, (p) => (p === 'name' ? 'name' : undefined)),
            );
          }
        })}
      >
        <Field label="Clinic name" error={form.formState.errors.name?.message}>
          {(p) => <input {...p} {...form.register('name')} />}
        </Field>
        <FormError error={error} />
        <button type="submit" disabled={form.formState.isSubmitting}>
          Add site
        </button>
      </form>
    </section>
  );
}
