// Annual performance report (รายงานผลการดำเนินงานประจำปี): shared/oit/criteria.md §4.1 O13 (results
// of projects, budget use, problems, suggestions; previous year, M), §4.3 O7, §4.4 O7 (ย้อนหลัง 1
// ปีงบประมาณ), §6 "Annual report".
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'annual-report',
  names: {
    // "ผลงานองค์กร" is a §6 synonym ("สรุปผลงานองค์กร ปีงบประมาณ 2568" is the year's report).
    th: ['รายงานผลการดำเนินงานประจำปี', 'รายงานผลการดำเนินงาน', 'รายงานประจำปี', 'ผลการดำเนินงานประจำปี', 'รายงานผลการปฏิบัติงานประจำปี', 'รายงานผลการปฏิบัติราชการประจำปี', 'สรุปผลงานองค์กร', 'ผลงานองค์กร'],
    en: ['annual report', 'annual performance report'],
  },
  // The development plan's monitoring report is the 6-month report's kin, not the annual report.
  weakNames: ['ผลการดำเนินงาน'],
  exclude: [
    'รอบ 6 เดือน', 'รอบ6เดือน', '6 เดือน', 'หกเดือน', 'ไตรมาส', 'ป้องกันการทุจริต', 'ทรัพยากรบุคคล', 'บุคลากร', 'จัดซื้อจัดจ้าง', 'จัดหาพัสดุ',
    'ความเสี่ยง', 'มาตรการ', 'คุณธรรม', 'nogift', 'ร้องเรียน', 'จริยธรรม', 'งบแสดงฐานะการเงิน', 'รายงานการเงิน', 'ความพึงพอใจ', 'การกำกับติดตาม', 'ติดตามและประเมินผล',
  ],
  urls: ['operation_report', 'AnnualReport'],
  kin: ['plan-progress'],
  form: 'document',
  components: [{ id: 'document', detector: 'document' }],
  source: 'shared/oit/criteria.md §4.1 O13, §4.3 O7, §4.4 O7, §6',
});
