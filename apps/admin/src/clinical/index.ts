export { ClinicalTabs } from './ClinicalTabs';
export { RecordScreeningButton } from './RecordScreeningButton';
