import BadgeIcon from '@mui/icons-material/BadgeOutlined';
import { StaffCreate, StaffEdit, StaffList } from './StaffPages';

export default {
  list: StaffList,
  edit: StaffEdit,
  create: StaffCreate,
  icon: BadgeIcon,
  recordRepresentation: 'name',
};
