import InsightsIcon from '@mui/icons-material/InsightsOutlined';
import { OutcomesPage } from './OutcomesPage';

export default {
  list: OutcomesPage,
  icon: InsightsIcon,
};
