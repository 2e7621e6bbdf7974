// Annual operating plan and budget (แผนดำเนินงานและการใช้งบประมาณประจำปี): shared/oit/criteria.md
// §4.1 O11 [P7] (a one-year plan with projects, budget and period, in force in the current year),
// §4.3 O6 (2568: with progress, a `companion`), §6 "Annual plan". The budget ordinance
// (ข้อบัญญัติงบประมาณรายจ่าย) supports the plan but is not it.
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'annual-plan',
  names: {
    th: [
      'แผนดำเนินงานและการใช้งบประมาณประจำปี',
      'แผนการดำเนินงานและการใช้จ่ายงบประมาณประจำปี',
      'แผนการดำเนินงานและการใช้งบประมาณประจำปี',
      'แผนปฏิบัติการและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี',
      'แผนปฏิบัติและความก้าวหน้าในการดำเนินงานและการใช้จ่ายงบประมาณประจำปี',
      'แผนปฏิบัติและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี',
      'แผนและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณ',
      'แผนและความก้าวหน้าในการดำเนินงานและการใช้จ่ายงบประมาณ',
      'แผนการดำเนินงานประจำปี',
      'แผนการดำเนินงาน',
      'แผนดำเนินงาน',
      'แผนปฏิบัติราชการประจำปี',
      'แผนปฏิบัติการประจำปี',
      'แผนการใช้จ่ายงบประมาณประจำปี',
      'แผนปฏิบัติการและการใช้จ่ายงบประมาณ',
      'แผนปฏิบัติราชการและแผนการใช้จ่ายงบประมาณ',
    ],
    en: ['annual operating plan', 'annual action plan'],
  },
  weakNames: ['ข้อบัญญัติงบประมาณรายจ่าย', 'เทศบัญญัติงบประมาณรายจ่าย', 'งบประมาณรายจ่ายประจำปี'],
  exclude: [
    'รายงานผล', 'รายงานการกำกับ', 'ติดตามและประเมินผล', 'รอบ6เดือน', 'รอบ 6 เดือน', 'จัดซื้อจัดจ้าง', 'จัดหาพัสดุ', 'ป้องกันการทุจริต',
    'ทรัพยากรบุคคล', 'แผนพัฒนาท้องถิ่น', 'แผนอัตรากำลัง', 'พัฒนาบุคลากร', 'ความเสี่ยง', 'จริยธรรม', 'แผนยุทธศาสตร์',
  ],
  urls: ['plan_poa', 'AnnualPlan', 'plan_progress'],
  form: 'document',
  components: [
    { id: 'document', detector: 'document' },
    {
      id: 'topics',
      detector: 'topics',
      params: {
        // criteria.md §4.1 O11: per project or activity, the budget and the period. Checked in what was
        // read of the plan itself; a file read only in part (its cover, foreword and contents: the
        // table of projects comes later) or not at all is taken on its title, as before.
        ifUnread: 'pass',
        readInFull: true,
        topics: [
          { id: 'projects', th: 'รายการโครงการ/กิจกรรม', en: 'the projects or activities', terms: ['โครงการ', 'กิจกรรม'] },
          {
            id: 'budget',
            th: 'งบประมาณของแต่ละโครงการ (จำนวนเงิน)',
            en: 'the budget of each project (amounts)',
            terms: ['จำนวนเงิน', 'วงเงิน', 'งบประมาณ (บาท)', 'งบประมาณที่ใช้'],
            patterns: ['\\d{1,3}(?:,\\d{3})+(?:\\.\\d\\d)?', '\\d ?บาท'],
          },
          {
            id: 'period',
            th: 'ระยะเวลาดำเนินการ',
            en: 'when each project runs',
            terms: ['ระยะเวลา', 'กำหนดเวลา', 'ไตรมาส'],
            // Months as the plan writes them, "ธ.ค. 2566 - ก.พ. 2567" or month columns "ต.ค. พ.ย. …",
            // read with their dots (compacted, "มี.ค." would be inside "มีค่า").
            patterns: ['(?:^|[^\\u0E00-\\u0E7F])(?:ต\\.ค|พ\\.ย|ธ\\.ค|ม\\.ค|ก\\.พ|มี\\.ค|เม\\.ย|พ\\.ค|มิ\\.ย|ก\\.ค|ส\\.ค|ก\\.ย)\\.', '(?:ตุลาคม|พฤศจิกายน|ธันวาคม|มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน)'],
          },
        ],
      },
    },
  ],
  source: 'shared/oit/criteria.md §4.1 O11, §4.3 O6, §6',
});
