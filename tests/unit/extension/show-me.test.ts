import { describe, expect, it } from 'vitest';
import { planShowMe } from '@/utils/show-me';

const S = 'https://ronthong.go.th';

describe('planShowMe', () => {
  it('points at the link on the page where a menu entry was found', () => {
    const item = { id: 'O28', title: 'ช่องทางแจ้งเรื่องร้องเรียน', evidence: [{ url: `${S}/fraud`, kind: 'page', text: 'แจ้งเรื่องร้องเรียน', foundOn: `${S}/` }] };

    expect(planShowMe(item, 0)).toEqual({
      page: `${S}/`,
      targets: [
        { kind: 'link', href: `${S}/fraud` },
        { kind: 'text', text: 'แจ้งเรื่องร้องเรียน' },
      ],
    });
  });

  it('for a PDF, points at the link to it, not at the file', () => {
    const item = { id: 'O11', title: 'แผน', evidence: [{ url: `${S}/plan.pdf`, kind: 'document', text: 'แผน 2566', foundOn: `${S}/plans` }] };

    expect(planShowMe(item, 0)?.page).toBe(`${S}/plans`);
  });

  it('for executives, looks for people cards on each evidence page, the best first', () => {
    const item = {
      id: 'O2',
      title: 'ข้อมูลผู้บริหาร',
      concept: 'executives',
      evidence: [
        { url: `${S}/ita/o2`, kind: 'page', text: 'O2 ข้อมูลผู้บริหาร', foundOn: `${S}/ita` },
        { url: `${S}/people/17`, kind: 'page', text: 'คณะผู้บริหาร', foundOn: `${S}/ita/o2` },
        { url: `${S}/x.pdf`, kind: 'document', text: 'x', foundOn: `${S}/ita/o2` },
      ],
    };

    const actual = planShowMe(item, 0);

    expect(actual?.probe).toEqual([`${S}/ita/o2`, `${S}/people/17`]);
    expect(actual?.targets[0]).toEqual({ kind: 'people' });
  });

  it('has nothing to show for an item without evidence or with a non-web URL', () => {
    expect(planShowMe({ id: 'O27', title: 'x', evidence: [] }, 0)).toBeNull();
    expect(planShowMe({ id: 'O5', title: 'x', evidence: [{ url: 'javascript:alert(1)', kind: 'link', text: 'x', foundOn: 'javascript:alert(1)' }] }, 0)).toBeNull();
  });
});
