import SettingsIcon from '@mui/icons-material/SettingsOutlined';
import { ClinicSettingsPage } from './ClinicSettingsPage';

// A single page, mounted as a resource so the menu and access table treat it like the others.
export default {
  list: ClinicSettingsPage,
  icon: SettingsIcon,
};
