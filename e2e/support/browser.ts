import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';

export const baseUrl = () => process.env['E2E_BASE_URL']!;
export const SCREENSHOTS = join(__dirname, '../../test-output/screenshots');
export const DEMO_PASSWORD = 'berakhlak-demo';

/** Debian's chromium, as root, offline: the flags keep it from reaching for the network. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ baseURL: baseUrl(), viewport: { width: 1440, height: 900 }, acceptDownloads: true });
}

export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(/nama pengguna|username/i).fill(username);
  await page.getByLabel(/kata sandi|password/i).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /masuk|sign in/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

/**
 * Every rule of the installed axe-core, the experimental and best-practice ones too (such as
 * `label-content-name-mismatch`, WCAG 2.5.3, which axe leaves out unless asked). Left out: deprecated rules, and the
 * three WCAG AAA rules (7:1 contrast, identical link purpose, no refresh at all), since the product's promise is AA.
 */
export const AXE_RULES = axe
  .getRules()
  .filter((r) => !r.tags.includes('deprecated') && !r.tags.includes('wcag2aaa'))
  .map((r) => r.ruleId);

/** Serious and critical accessibility violations on the current page, and any rule that did not run. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withRules(AXE_RULES).analyze();
  const ran = new Set(
    [...result.passes, ...result.violations, ...result.incomplete, ...result.inapplicable].map((r) => r.id),
  );
  const skipped = AXE_RULES.filter((id) => !ran.has(id)).map((id) => `${id}: did not run`);
  return [
    ...skipped,
    ...result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')})`),
  ];
}
