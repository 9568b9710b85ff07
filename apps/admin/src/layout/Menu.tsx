import { Menu as RaMenu, usePermissions } from 'react-admin';
import { menuResources } from '../access';

/** Only the resources the signed-in role may use (see ../access.ts). */
export function Menu() {
  const { permissions, isPending } = usePermissions();
  if (isPending) return <RaMenu />;
  return (
    <RaMenu>
      {/* The owner's landing page; other roles land on their first resource. */}
      {permissions === 'OWNER' && <RaMenu.DashboardItem />}
      {menuResources(permissions).map((resource) => (
        <RaMenu.ResourceItem key={resource} name={resource} />
      ))}
    </RaMenu>
  );
}
