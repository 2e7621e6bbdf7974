// Service statistics (ข้อมูลเชิงสถิติการให้บริการ): shared/oit/criteria.md §4.1 O16 (number of services
// delivered; M: covering the current year), §4.3 O11, §4.4 O10 (inside E-Service from 2569), §6.
// A web-site visitor counter is not a service statistic.
import { defineConcept } from '../rules';

export default defineConcept({
  id: 'service-statistics',
  names: {
    th: [
      'ข้อมูลเชิงสถิติการให้บริการ', 'ข้อมูลสถิติการให้บริการ', 'สถิติการให้บริการ', 'สถิติการให้บริการประชาชน', 'สถิติผู้มาใช้บริการ',
      'สถิติการใช้บริการ', 'รายงานสถิติการให้บริการ', 'สถิติผู้รับบริการ', 'สถิติการขอรับบริการ',
    ],
    en: ['service statistics'],
  },
  weakNames: ['ข้อมูลเชิงสถิติ', 'สถิติ'],
  exclude: ['ร้องเรียน', 'ทุจริต', 'ผู้เข้าชม', 'เว็บไซต์', 'visitor', 'ออนไลน์ขณะนี้', 'ผู้ชม'],
  urls: ['pbsv_statistics', 'tab=statistics'],
  form: 'any',
  // A table of counts is the whole statistic.
  // Statistics that name their months must reach March (criteria.md §4.1 O16 "M: covering H1").
  components: [
    { id: 'document', detector: 'document', params: { pageTextChars: 120 } },
    { id: 'period', detector: 'period', params: { coverage: 'h1' } },
  ],
  source: 'shared/oit/criteria.md §4.1 O16, §4.3 O11, §4.4 O10, §6',
});
