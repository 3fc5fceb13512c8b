// One axe-core audit for every browser test that checks accessibility: every rule (best practices
// included) runs; serious and critical findings fail the test, lesser ones are listed in the report
// so they stay visible.
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect } from './fixtures';

/** Runs the audit; returns the findings of any impact, one line each. */
export async function audit(page: Page, info: TestInfo): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const line = (v: (typeof violations)[number]) =>
    `${v.impact}: ${v.id} (${v.nodes.length}) ${v.help} — ${v.nodes
      .slice(0, 3)
      .map((n) => n.target.join(' '))
      .join(' | ')}`;
  for (const v of violations.filter((x) => x.impact !== 'serious' && x.impact !== 'critical')) {
    info.annotations.push({ type: 'axe', description: line(v) });
  }
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map(line), 'serious or critical accessibility findings').toEqual([]);
  return violations.map(line);
}
