import MeetingRoomIcon from '@mui/icons-material/MeetingRoomOutlined';
import { RoomCreate, RoomEdit, RoomList } from './RoomPages';

export default {
  list: RoomList,
  edit: RoomEdit,
  create: RoomCreate,
  icon: MeetingRoomIcon,
  recordRepresentation: 'name',
};
