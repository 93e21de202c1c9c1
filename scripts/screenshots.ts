/**
 * `npm run screenshots`: builds the site into a temporary folder, serves it on 127.0.0.1 and
 * photographs the seed article at phone and laptop widths, light and dark, into
 * docs/screenshots/. Needs Chromium at /usr/bin/chromium (or CHROMIUM_PATH) and a Chinese
 * system font (Debian: fonts-noto-cjk), or the pictures show empty boxes for Han characters.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildSite, launchBrowser, serveSite, projectRoot, tmpRoot, SITE_URL, type BuiltSite } from './harness/site-harness.ts';

const ARTICLE = 'articles/huanqiu-ai-xianzhuang/';
const OUT = path.join(projectRoot, 'docs', 'screenshots');
const SHOTS = [
  { name: 'article-375', width: 375, height: 812, scale: 2 },
  { name: 'article-1280', width: 1280, height: 900, scale: 1 },
] as const;
const SCHEMES = ['light', 'dark'] as const;

const site: BuiltSite = { name: 'screenshots', base: '/', outDir: path.join(tmpRoot, 'screenshots-dist'), siteUrl: SITE_URL };
mkdirSync(tmpRoot, { recursive: true });
await buildSite(site);

const [browser, server] = await Promise.all([launchBrowser(), serveSite(site)]);
try {
  mkdirSync(OUT, { recursive: true });
  for (const shot of SHOTS) {
    for (const colorScheme of SCHEMES) {
      const context = await browser.newContext({
        viewport: { width: shot.width, height: shot.height },
        deviceScaleFactor: shot.scale,
        colorScheme,
        locale: 'zh-CN',
      });
      const page = await context.newPage();
      await page.goto(server.baseUrl + ARTICLE);
      const file = path.join(OUT, `${shot.name}-${colorScheme}.png`);
      await page.screenshot({ path: file });
      console.log(`wrote ${path.relative(projectRoot, file)}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(site.outDir, { recursive: true, force: true });
}
