import { describe, expect, it } from 'vitest';
import { displayUrl, formatElapsed, matchesFilter, sectionsOf } from '@/utils/checklist';
import { resolveLang } from '@/utils/ui-text';

const item = (id: string, section: string, status: 'pass' | 'partial' | 'fail' | 'review', verdict?: 'pass' | 'fail') => ({
  id,
  section,
  title: id,
  status,
  evidence: [],
  missing: [],
  notes: [],
  ...(verdict ? { verdict: { status: verdict, note: '', reviewer: '', at: '' } } : {}),
});

const report = {
  ruleset: { id: 'ita-2566', fiscalYear: 2566, sections: [{ id: '9.1', title: 'ข้อมูลพื้นฐาน' }, { id: '9.5', title: 'การส่งเสริมความโปร่งใส' }] },
  items: [item('O1', '9.1', 'pass'), item('O2', '9.1', 'partial'), item('O27', '9.5', 'fail'), item('O28', '9.5', 'review'), item('O29', '9.5', 'fail', 'pass')],
};

describe('checklist filters', () => {
  it.each([
    ['all', ['O1', 'O2', 'O27', 'O28', 'O29']],
    ['gaps', ['O2', 'O27']],
    ['review', ['O28']],
  ] as const)('%s shows %j (a reviewer verdict overrides the machine)', (filter, expected) => {
    const actual = report.items.filter((i) => matchesFilter(i, filter)).map((i) => i.id);

    expect(actual).toEqual(expected);
  });

  it('groups by section in order, with the report section titles, skipping empty sections', () => {
    const actual = sectionsOf(report as never, 'review').map((s) => [s.id, s.title, s.items.map((i) => i.id)]);

    expect(actual).toEqual([['9.5', 'การส่งเสริมความโปร่งใส', ['O28']]]);
  });
});

describe('display helpers', () => {
  it('shows a Thai path decoded, and a broken escape as it is', () => {
    expect(displayUrl('https://x.go.th/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7')).toBe('x.go.th/ข่าว');
    expect(displayUrl('http://x.go.th/a%E0%')).toBe('x.go.th/a%E0%');
  });

  it('formats elapsed time as m:ss', () => {
    expect(formatElapsed(65_400)).toBe('1:05');
  });

  it.each([
    ['auto', 'th', 'th'],
    ['auto', 'en-US', 'en'],
    ['auto', 'lo', 'th'],
    ['th', 'en-GB', 'th'],
    ['en', 'th', 'en'],
  ] as const)('language %s with a %s browser is %s', (setting, ui, expected) => {
    expect(resolveLang(setting, ui)).toBe(expected);
  });
});
