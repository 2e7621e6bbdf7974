// Structure (โครงสร้าง): shared/oit/criteria.md §4.1 O1, §4.3 O1, §4.4 O1, §6 "Structure"; §2.4 อปท. both sides.
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'structure',
  names: {
    th: ['โครงสร้าง', 'แผนผังโครงสร้าง', 'โครงสร้างองค์กร', 'โครงสร้างส่วนราชการ', 'โครงสร้างการแบ่งส่วนราชการ', 'แผนผังองค์กร', 'แผนภูมิโครงสร้าง', 'โครงสร้างและอำนาจหน้าที่', 'โครงสร้างหน้าที่และอำนาจ'],
    en: ['organization structure', 'organisation chart', 'org chart', 'organizational structure'],
  },
  // "โครงสร้างพื้นฐาน" is infrastructure; "โครงสร้างเว็บไซต์" a site map; "อัตรากำลัง" the staffing plan.
  exclude: ['โครงสร้างพื้นฐาน', 'โครงสร้างเว็บไซต์', 'แผนอัตรากำลัง', 'ปรับปรุงโครงสร้าง'],
  form: 'any',
  components: [
    { id: 'chart', detector: 'org-chart' },
    { id: 'both-sides', detector: 'both-sides', localGovOnly: true },
  ],
  source: 'shared/oit/criteria.md §4.1 O1, §6',
});
