/** Using the header's 阅读设置 popover as a reader does: open it, pick an option, close it. */
import type { Page } from 'playwright-core';
import { t } from '../../src/site/strings.ts';

export async function chooseSetting(page: Page, group: string, option: string): Promise<void> {
  await page.getByRole('button', { name: t.settings.open }).click();
  await page.getByRole('group', { name: group }).getByRole('radio', { name: option, exact: true }).check();
  await page.keyboard.press('Escape');
}
