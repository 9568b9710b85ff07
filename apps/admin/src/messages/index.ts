import MessageIcon from '@mui/icons-material/ForumOutlined';
import { MessageList } from './MessageList';
import { MessageShow } from './MessageShow';

export default {
  list: MessageList,
  show: MessageShow,
  icon: MessageIcon,
};
