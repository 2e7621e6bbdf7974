// Personal data protection policy (นโยบายคุ้มครองข้อมูลส่วนบุคคล): shared/oit/criteria.md §4.1 O10
// (S-partial [C4]; M: "and possibly website cookie policy"), §6 "PDPA". A cookie notice alone is not
// the agency's PDPA policy, and neither is the Act itself (พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 in a
// law list): a law is not the agency's policy.
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'privacy-policy',
  names: {
    th: ['นโยบายคุ้มครองข้อมูลส่วนบุคคล', 'นโยบายการคุ้มครองข้อมูลส่วนบุคคล', 'นโยบายความเป็นส่วนตัว', 'ประกาศความเป็นส่วนตัว', 'คุ้มครองข้อมูลส่วนบุคคล', 'การคุ้มครองข้อมูลส่วนบุคคล'],
    en: ['privacy policy', 'privacy notice', 'pdpa', 'personal data protection'],
  },
  weakNames: ['นโยบายคุกกี้', 'cookie policy', 'การใช้คุกกี้'],
  exclude: ['ผู้ป่วย', 'ยินยอม'],
  urls: ['privacy', 'pdpa'],
  form: 'any',
  components: [{ id: 'document', detector: 'document' }],
  source: 'shared/oit/criteria.md §4.1 O10, §6',
});
