import path from 'node:path';
import type { Page } from '@playwright/test';

/**
 * Saves a picture of the page for a person to look at, only when RN_SCREENSHOTS names a folder:
 * specs assert through accessible names, a picture is for the eye.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const folder = process.env.RN_SCREENSHOTS;
  if (folder) await page.screenshot({ path: path.join(folder, `${name}.png`) });
}
