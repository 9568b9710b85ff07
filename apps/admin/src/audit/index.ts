import HistoryIcon from '@mui/icons-material/ManageHistoryOutlined';
import { AuditList } from './AuditList';

export default {
  list: AuditList,
  icon: HistoryIcon,
};
