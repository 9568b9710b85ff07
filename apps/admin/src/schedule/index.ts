import CalendarMonthIcon from '@mui/icons-material/CalendarMonthOutlined';
import { SchedulePage } from './SchedulePage';

// The schedule is the Session resource's list: sessions are only created by booking, never by a form.
export default {
  list: SchedulePage,
  icon: CalendarMonthIcon,
};
