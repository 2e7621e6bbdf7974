// Public participation (การเปิดโอกาสให้เกิดการมีส่วนร่วม; 2569 ผลการเปิดโอกาสให้มีส่วนร่วมในการ
// ดำเนินงาน): shared/oit/criteria.md §4.1 O30 (activities of the current year that let stakeholders
// take part), §4.4 O19 [C1] (order, minutes, public hearing, summary), §6 "Participation".
// A comment box is a channel, not an activity: partial at best. Activity posts count by their date.
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'participation',
  names: {
    th: [
      'การเปิดโอกาสให้เกิดการมีส่วนร่วม', 'การเปิดโอกาสให้มีส่วนร่วม', 'ผลการเปิดโอกาสให้มีส่วนร่วมในการดำเนินงาน', 'การมีส่วนร่วมของประชาชน',
      'ประชาคม', 'ประชาพิจารณ์', 'การประชุมประชาคม', 'เวทีประชาคม', 'การรับฟังความคิดเห็นของประชาชน', 'ส่งเสริมการมีส่วนร่วม', 'การมีส่วนร่วม',
    ],
    en: ['public participation'],
  },
  weakNames: ['รับฟังความคิดเห็น', 'แสดงความคิดเห็น', 'ข้อเสนอแนะ', 'ช่องทางการรับฟังความคิดเห็น'],
  exclude: ['ผู้บริหาร', 'อาเซียน', 'แบบสอบถามความพึงพอใจ', 'ความพึงพอใจ'],
  urls: ['operation_po', 'adding_suggestions', 'tab=participation'],
  form: 'any',
  components: [
    { id: 'document', detector: 'document', params: { entries: true } },
    // An activity post counts by its date in the year, not only by "ปีงบประมาณ" words.
    { id: 'period', detector: 'period', params: { acceptDates: true } },
  ],
  source: 'shared/oit/criteria.md §4.1 O30, §4.4 O19, §6',
});
