import WaitlistIcon from '@mui/icons-material/HourglassTopOutlined';
import { WaitlistCreate } from './WaitlistCreate';
import { WaitlistList } from './WaitlistList';
import { WaitlistShow } from './WaitlistShow';

export default {
  list: WaitlistList,
  show: WaitlistShow,
  create: WaitlistCreate,
  icon: WaitlistIcon,
};
