import PersonIcon from '@mui/icons-material/PersonOutlined';
import { PatientCreate } from './PatientCreate';
import { PatientEdit } from './PatientEdit';
import { PatientList } from './PatientList';
import { PatientShow } from './PatientShow';

export default {
  list: PatientList,
  show: PatientShow,
  edit: PatientEdit,
  create: PatientCreate,
  icon: PersonIcon,
  recordRepresentation: 'name',
};
