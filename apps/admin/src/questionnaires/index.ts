import QuestionnaireIcon from '@mui/icons-material/AssignmentOutlined';
import { QuestionnaireList } from './QuestionnaireList';
import { QuestionnaireShow } from './QuestionnaireShow';

export default {
  list: QuestionnaireList,
  show: QuestionnaireShow,
  icon: QuestionnaireIcon,
};
