// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FIX_LIST, FIXES } from '../../content/fixes';
import { FixList } from './FixList';

afterEach(cleanup);

describe('FixList', () => {
  it('lists the fixes for the issue, each with the weakness it brings, a misconception and its sources', () => {
    const { container } = render(<FixList issue="spof" />);
    const ids = [...container.querySelectorAll('[data-fix]')].map((el) => el.getAttribute('data-fix'));
    expect(ids).toEqual(FIX_LIST.filter((f) => f.solves.includes('spof')).map((f) => f.id));
    expect(ids).toContain('lb');
    expect(ids).not.toContain('scale-up');
    const lb = container.querySelector<HTMLElement>('[data-fix="lb"]')!;
    expect(within(lb).getByText(FIXES.lb.newWeakness)).toBeInTheDocument();
    expect(within(lb).getByText(new RegExp(FIXES.lb.misconceptions[0]!.myth.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))).toBeInTheDocument();
    expect(within(lb).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(FIXES.lb.sources.map((s) => s.url));
  });

  it('gives the rolling deploy to downtime and the scaling fixes to scalability', () => {
    const { container, unmount } = render(<FixList issue="maintenance" />);
    expect(container.querySelector('[data-fix="rolling"]')).not.toBeNull();
    unmount();
    render(<FixList issue="scalability" />);
    expect(screen.getByText(FIXES['scale-up'].title)).toBeInTheDocument();
  });
});
