import PeopleIcon from '@mui/icons-material/PeopleAltOutlined';
import { TherapistEdit, TherapistList, TherapistShow } from './TherapistPages';

export default {
  list: TherapistList,
  show: TherapistShow,
  edit: TherapistEdit,
  icon: PeopleIcon,
  recordRepresentation: 'displayName',
};
