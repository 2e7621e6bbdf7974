// Complaint statistics (ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ): shared/oit/criteria.md
// §4.1 O29 (received / finished / in progress; M: the current year, "none" published if none),
// §4.3 O19 (previous year), update-2568-2570.md §3 O18 (2569: previous year or first six months).
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'complaint-statistics',
  names: {
    th: [
      'ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', 'ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', 'สถิติเรื่องร้องเรียนการทุจริต',
      'สถิติร้องเรียนการทุจริต', 'สถิติการร้องเรียนการทุจริต', 'ข้อมูลเชิงสถิติเรื่องร้องเรียน', 'สถิติเรื่องร้องเรียน', 'สถิติการร้องเรียน',
      'รายงานผลการจัดการเรื่องร้องเรียนการทุจริต', 'รายงานผลการดำเนินการเรื่องร้องเรียนการทุจริต', 'รายงานสถิติเรื่องร้องเรียน',
    ],
    en: ['complaint statistics'],
  },
  // Sites title it "สถิติเรื่องร้องเรียน" and count corruption complaints in it; statistics of the
  // general ร้องทุกข์ channel are another thing (as for the channel, criteria.md §6 detector notes).
  weakNames: ['รายงานผลการจัดการเรื่องร้องเรียน', 'สถิติผู้ร้องเรียน'],
  exclude: ['แนวปฏิบัติ', 'คู่มือ', 'ช่องทาง', 'แบบฟอร์ม', 'ร้องทุกข์'],
  form: 'document',
  components: [
    {
      id: 'document',
      detector: 'document',
      // A table of three numbers is the whole statistic; "none" published is an answer (criteria.md §2.4).
      params: { pageTextChars: 120, noneStatements: ['ไม่มีเรื่องร้องเรียน', 'ไม่พบเรื่องร้องเรียน', 'ไม่มีผู้ร้องเรียน', 'ไม่มีการร้องเรียน'] },
    },
    // Statistics that name their months must reach March (criteria.md §4.1 O29 "M: covering H1").
    { id: 'period', detector: 'period', params: { coverage: 'h1' } },
  ],
  source: 'shared/oit/criteria.md §4.1 O29, §4.3 O19; update-2568-2570.md §3 O18',
});
