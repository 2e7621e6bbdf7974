import { conceptCases } from './helpers';

conceptCases('complaint-statistics', [
  { name: 'passes with the year’s statistics, "none" published', fixture: 'pass-statistics-current', expected: { status: 'pass' } },
  { name: 'statistics posted only as a picture, with no year in words, are review: a person reads the picture (not partial for a year not found)', fixture: 'review-statistics-as-picture', expected: { status: 'review' } },
  { name: 'is partial with the statistics of an old year', fixture: 'partial-old-year', expected: { status: 'partial', missing: 'พบปี 2564' } },
  { name: 'does not take the statistics of general grievances (ร้องทุกข์) for corruption complaints (trap)', fixture: 'trap-general-grievances', expected: { status: 'fail' } },
  { name: 'does not take the complaint guide for the statistics (trap)', fixture: 'trap-complaint-guide', expected: { status: 'fail' } },
  { name: '2569 O18: the 2566 statistics are neither of the previous year nor of the first half', fixture: 'pass-statistics-current', ruleset: 'ita-2569', item: 'O18', expected: { status: 'partial', missing: 'ปีงบประมาณที่ผ่านมา (พ.ศ. 2568) หรือ 6 เดือนแรก' } },
]);
