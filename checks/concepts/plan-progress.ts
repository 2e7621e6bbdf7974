// Six-month progress report of the annual plan and budget (รายงานการกำกับติดตามการดำเนินงานและการใช้
// งบประมาณ รอบ 6 เดือน): shared/oit/criteria.md §4.1 O12 [P7] (progress of each project of O11 and the
// budget spent, covering the first six months), §4.3 O6 (merged into the plan from 2568), §6
// "6-month report".
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'plan-progress',
  names: {
    th: [
      'รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ รอบ 6 เดือน',
      'รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ',
      'รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณ',
      'รายงานผลการดำเนินงานรอบ 6 เดือน',
      'รายงานผลการดำเนินงาน รอบ 6 เดือน',
      'รายงานการติดตามผลการดำเนินงานรอบ 6 เดือน',
      'รายงานความก้าวหน้าการดำเนินงาน',
      'ความก้าวหน้าในการดำเนินงานและการใช้งบประมาณ',
      'ความก้าวหน้าในการดำเนินงานและการใช้จ่ายงบประมาณ',
      'รายงานผลการใช้จ่ายงบประมาณรอบ 6 เดือน',
      'รายงานติดตามและประเมินผล',
      'รายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น',
      'รายงานการติดตามและประเมินผลแผนพัฒนา',
      'รายงานผลการติดตามและประเมินผลแผนพัฒนา',
    ],
    en: ['six-month progress report', '6-month progress report'],
  },
  exclude: ['ป้องกันการทุจริต', 'ทรัพยากรบุคคล', 'บุคลากร', 'จัดซื้อจัดจ้าง', 'จัดหาพัสดุ', 'ความเสี่ยง', 'มาตรการ', 'จริยธรรม', 'ร้องเรียน', 'nogift'],
  urls: ['operation_reauf', 'BudgetReport'],
  form: 'document',
  components: [
    { id: 'document', detector: 'document' },
    {
      id: 'topics',
      detector: 'topics',
      params: {
        // criteria.md §4.1 O12: the progress of the projects and the budget spent; a status table
        // without an amount shows only the first. Title words ("…และการใช้งบประมาณ") prove neither.
        ifUnread: 'pass',
        topics: [
          { id: 'budget', th: 'ผลการใช้จ่ายงบประมาณ (จำนวนเงินที่เบิกจ่าย)', en: 'the budget spent (amounts disbursed)', terms: ['เบิกจ่าย', 'บาท', 'จำนวนเงิน', 'งบประมาณที่ใช้', 'ใช้จ่ายไป', 'คงเหลือ', 'งบประมาณที่ได้รับ'] },
        ],
      },
    },
  ],
  source: 'shared/oit/criteria.md §4.1 O12, §6',
});
