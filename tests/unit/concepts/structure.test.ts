import { conceptCases } from './helpers';

conceptCases('structure', [
  { name: 'passes with a chart and both the political and the permanent side', fixture: 'pass-chart-both-sides', expected: { status: 'pass', evidence: '/public/person/data/chart/structure_id/17/menu/1180' } },
  { name: 'is partial when only the political side is shown', fixture: 'partial-political-side-only', expected: { status: 'partial', missing: 'ฝ่ายข้าราชการประจำ' } },
  { name: 'asks for review when the chart is only a picture', fixture: 'review-chart-picture-only', expected: { status: 'review' } },
  { name: 'does not take infrastructure (โครงสร้างพื้นฐาน) for the structure (trap)', fixture: 'trap-infrastructure', expected: { status: 'fail' } },
  { name: 'on a long OIT page, does not lend another item’s PDF to the structure (trap)', fixture: 'trap-long-oit-page', expected: { status: 'review' } },
  { name: '2568 O1: is partial when the powers and duties are missing', fixture: 'pass-chart-both-sides', ruleset: 'ita-2568', item: 'O1', expected: { status: 'partial', missing: 'อำนาจหน้าที่' } },
]);
