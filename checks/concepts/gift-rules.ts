// Gift-acceptance rules (หลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาของเจ้าพนักงานของรัฐ,
// the NACC rule under มาตรา 128): shared/oit/criteria.md §4.4 O20 [C1][C2] (2569: the No Gift item also
// asks for knowledge of these rules), §6 "Gift report (2568)" ("หลักเกณฑ์การรับทรัพย์สิน มาตรา 128").
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'gift-rules',
  names: {
    th: [
      'หลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา', 'การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา', 'หลักเกณฑ์การรับทรัพย์สิน',
      'มาตรา 128', 'การเสริมสร้างความรู้เกี่ยวกับหลักเกณฑ์การรับทรัพย์สิน', 'การรับของขวัญตามกฎหมาย',
    ],
    en: ['gift acceptance rules'],
  },
  exclude: ['รายงาน', 'บัญชี', 'ทะเบียน'],
  acceptsLaws: true,
  form: 'document',
  components: [{ id: 'document', detector: 'document' }],
  source: 'shared/oit/criteria.md §4.4 O20, §6',
});
