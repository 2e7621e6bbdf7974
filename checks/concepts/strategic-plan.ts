// Strategic or development plan (แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน; อปท.: แผนพัฒนาท้องถิ่น):
// shared/oit/criteria.md §4.1 O4 (a plan of more than one year covering the current year, with
// strategies, targets and indicators), §4.4 O5 [C2], §6 "Strategic plan".
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'strategic-plan',
  names: {
    th: [
      'แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน', 'แผนพัฒนาท้องถิ่น', 'แผนพัฒนาสี่ปี', 'แผนพัฒนาห้าปี', 'แผนพัฒนาสามปี', 'แผนยุทธศาสตร์',
      'แผนยุทธศาสตร์การพัฒนา', 'แผนพัฒนาหน่วยงาน', 'แผนกลยุทธ์', 'แผนพัฒนาเทศบาล', 'แผนพัฒนาตำบล',
    ],
    en: ['strategic plan', 'local development plan'],
  },
  // Vision and mission alone are "not sufficient" (criteria.md §6).
  weakNames: ['ยุทธศาสตร์การพัฒนา', 'วิสัยทัศน์'],
  // The monitoring report of the plan is the 6-month report (O12); national plans are not the agency's.
  exclude: [
    'ติดตามและประเมินผล', 'รายงานผล', 'ยุทธศาสตร์ชาติ', 'แผนแม่บท', 'ป้องกันและปราบปรามการทุจริต', 'ป้องกันการทุจริต', 'ทรัพยากรบุคคล',
    'พัฒนาบุคลากร', 'ประชาคม', 'จัดซื้อจัดจ้าง', 'คณะกรรมการพัฒนา', 'แผนพัฒนาการศึกษา',
  ],
  urls: ['plan_pdl', 'four-year-plan', 'strategic-plan'],
  form: 'document',
  components: [{ id: 'document', detector: 'document' }],
  source: 'shared/oit/criteria.md §4.1 O4, §4.4 O5, §6',
});
