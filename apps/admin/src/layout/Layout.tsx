import { useMediaQuery, type Theme } from '@mui/material';
import { useEffect, type ReactNode } from 'react';
import { Layout as RaLayout, useSidebarState } from 'react-admin';
import { AppBar } from './AppBar';
import { Menu } from './Menu';

/**
 * On a tablet in portrait (below the md breakpoint) the menu starts collapsed to its icons, so lists
 * and forms get the width; the burger button still opens it.
 */
function CollapseSidebarOnTablet() {
  const compact = useMediaQuery((theme: Theme) => theme.breakpoints.down('md'), { noSsr: true });
  const [, setOpen] = useSidebarState();
  useEffect(() => {
    if (compact) setOpen(false);
  }, [compact, setOpen]);
  return null;
}

export function Layout({ children }: { children: ReactNode }) {
  return (
    <RaLayout appBar={AppBar} menu={Menu}>
      <CollapseSidebarOnTablet />
      {children}
    </RaLayout>
  );
}
