import { Create, Edit, useRecordContext } from 'react-admin';
import { useSavedHandler } from '../shared/useSaved';
import type { ServiceType } from '../shared/catalog';
import { ServiceTypeForm } from './ServiceTypeForm';

function Title() {
  const record = useRecordContext<ServiceType>();
  return <span>{record ? `Edit ${record.name}` : 'Edit service'}</span>;
}

export function ServiceTypeEdit() {
  const onSuccess = useSavedHandler('service-types', (r) => `${r.name as string} saved`);
  return (
    <Edit title={<Title />} mutationMode="pessimistic" mutationOptions={{ onSuccess }}>
      <ServiceTypeForm canDelete />
    </Edit>
  );
}

export function ServiceTypeCreate() {
  const onSuccess = useSavedHandler('service-types', (r) => `${r.name as string} added`);
  return (
    <Create title="New service" mutationOptions={{ onSuccess }}>
      <ServiceTypeForm />
    </Create>
  );
}
