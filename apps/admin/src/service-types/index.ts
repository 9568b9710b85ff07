import SpaIcon from '@mui/icons-material/SpaOutlined';
import { ServiceTypeList } from './ServiceTypeList';
import { ServiceTypeCreate, ServiceTypeEdit } from './ServiceTypePages';

export default {
  list: ServiceTypeList,
  edit: ServiceTypeEdit,
  create: ServiceTypeCreate,
  icon: SpaIcon,
  recordRepresentation: 'name',
};
