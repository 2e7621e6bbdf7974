// Structure (โครงสร้าง): shared/oit/criteria.md §4.1 O1 [P5][P13], §4.3 O1, §4.4 O1, §6 "Structure";
// §2.4: a local government shows both the political and the permanent side. From 2568 the item also
// asks for powers and duties (a `companion` in the year's data, §5).
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'structure',
  names: {
    th: [
      'โครงสร้าง', 'แผนผังโครงสร้าง', 'โครงสร้างองค์กร', 'โครงสร้างองค์การ', 'โครงสร้างส่วนราชการ', 'โครงสร้างการแบ่งส่วนราชการ',
      'โครงสร้างหน่วยงาน', 'แผนผังองค์กร', 'ผังองค์กร', 'แผนภูมิโครงสร้าง', 'แผนผังโครงสร้างรวม', 'โครงสร้างและอำนาจหน้าที่',
      'โครงสร้าง หน้าที่และอำนาจ', 'โครงสร้างบุคลากร',
    ],
    en: ['organization structure', 'organisation structure', 'organisation chart', 'organization chart', 'org chart', 'organizational structure'],
  },
  // A list of staff is not a chart, but sites file the chart under it (criteria.md §6 "บุคลากร, ทำเนียบบุคลากร").
  weakNames: ['ทำเนียบบุคลากร', 'บุคลากร'],
  // "โครงสร้างพื้นฐาน" is infrastructure; "โครงสร้างเว็บไซต์" a site map; "อัตรากำลัง" the staffing plan;
  // "โครงสร้างราคา"/"โครงสร้างถนน" are works.
  exclude: ['โครงสร้างพื้นฐาน', 'โครงสร้างเว็บไซต์', 'แผนอัตรากำลัง', 'ปรับปรุงโครงสร้าง', 'โครงสร้างราคา', 'โครงสร้างถนน', 'โครงสร้างหลังคา', 'แผนพัฒนาบุคลากร', 'พัฒนาบุคลากร', 'ทรัพยากรบุคคล'],
  urls: ['/(orgchart|org_chart|structure|site_map)(\\b|/|\\.|$)'],
  form: 'any',
  components: [
    { id: 'chart', detector: 'org-chart' },
    { id: 'both-sides', detector: 'both-sides', localGovOnly: true },
  ],
  source: 'shared/oit/criteria.md §4.1 O1, §2.4, §6',
});
