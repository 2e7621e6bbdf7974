// HR policy or plan (นโยบายหรือแผนการบริหารทรัพยากรบุคคล; 2568 แผนการบริหารและพัฒนาทรัพยากรบุคคล;
// 2569 with the HR rules, a `companion`): shared/oit/criteria.md §4.1 O23 [P12] (the top executive's
// HR policy or the HR plan, in force this year), §4.3 O14, §4.4 O13, §6 "HR policy/plan" (3-year
// staffing plan, staff development plan).
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'hr-policy',
  names: {
    th: [
      'นโยบายหรือแผนการบริหารทรัพยากรบุคคล', 'นโยบายการบริหารทรัพยากรบุคคล', 'นโยบายบริหารทรัพยากรบุคคล', 'แผนการบริหารทรัพยากรบุคคล',
      'แผนการบริหารและพัฒนาทรัพยากรบุคคล', 'หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล', 'แผนบริหารทรัพยากรบุคคล', 'แผนพัฒนาบุคลากร',
      'แผนการพัฒนาบุคลากร', 'แผนอัตรากำลัง', 'แผนกลยุทธ์การบริหารทรัพยากรบุคคล', 'แผนพัฒนาพนักงาน', 'นโยบายการบริหารงานบุคคล',
      'แผนการบริหารและพัฒนาทรัพยากรบุคคลประจำปี', 'แผนพัฒนาทรัพยากรบุคคล',
    ],
    en: ['hr policy', 'human resource management plan', 'hr plan'],
  },
  exclude: ['รายงานผล', 'การดำเนินการตาม', 'ความก้าวหน้า', 'ผลการดำเนินการ', 'รอบ 6 เดือน', 'รอบ6เดือน', 'ติดตามและประเมินผล'],
  urls: ['operation_policy_hr', 'plan_pc3y', 'plan_pds3y', 'plan_dpy'],
  ownDocument: true,
  form: 'document',
  components: [{ id: 'document', detector: 'document' }],
  source: 'shared/oit/criteria.md §4.1 O23, §4.3 O14, §4.4 O13, §6',
});
