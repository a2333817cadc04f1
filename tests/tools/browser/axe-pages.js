// Usage: node axe-pages.js [--dark] [--width=N] SITE_DIR BASE_PATH PATH...
// (--dark: the reader's system asks for dark mode; --width: a viewport N CSS pixels wide, a phone's layout)
// Opens each page of a built site in headless Chromium, runs axe-core with the WCAG 2.1 A/AA rules and prints,
// as JSON, per page: the violations, console errors and failed requests (an external request counts as failed).
// A search page with a query is checked once its results are drawn, with the filter panel open.
'use strict';
const fs = require('fs');
const { start } = require('./static-server');
const { launch } = require('./chromium');

// The search page with a query or filters in its URL is checked as a reader sees it: with its results, the chips of
// the active filters and, on a phone, the filter panel opened.
async function showSearchResults(page) {
  const searching = await page.evaluate(() => !!document.getElementById('kb-zoeken') && location.search.length > 1);
  if (!searching) return;
  await page.waitForFunction(() => document.querySelectorAll('#kb-resultaten li').length > 0
    || /Geen/.test(document.getElementById('kb-zoekstatus').textContent), null, { timeout: 15000 });
  await page.waitForFunction(() => !document.querySelector('#kb-resultaten[aria-busy="true"]'));
  const toggle = page.locator('#kb-filters-knop[aria-expanded="false"]');
  if (await toggle.count() > 0 && await toggle.isVisible()) await toggle.click();
}

async function main() {
  const args = process.argv.slice(2);
  const options = args.filter(a => a.startsWith('--'));
  const [siteDir, basePath, ...paths] = args.filter(a => !a.startsWith('--'));
  const width = Number((options.find(o => o.startsWith('--width=')) || '--width=1280').slice('--width='.length));
  const colorScheme = options.includes('--dark') ? 'dark' : 'light';
  const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const server = await start(siteDir, basePath);
  const browser = await launch();
  const results = [];
  try {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
    for (const pagePath of paths) {
      const page = await context.newPage();
      const consoleErrors = [];
      const externalRequests = [];
      page.on('console', m => { if (m.type() === 'error') consoleErrors.push(m.text()); });
      page.on('pageerror', e => consoleErrors.push(String(e)));
      page.on('request', r => { if (!r.url().startsWith(server.origin) && !r.url().startsWith('data:')) externalRequests.push(r.url()); });
      const response = await page.goto(server.origin + pagePath, { waitUntil: 'load' });
      // A redirect page (meta refresh) moves on by itself: wait for it to settle, then check where it landed.
      const hasRefresh = await page.evaluate(() => !!document.querySelector('meta[http-equiv="refresh"]')).catch(() => true);
      if (hasRefresh) await page.waitForURL(u => u.pathname !== new URL(server.origin + pagePath).pathname, { timeout: 5000 }).catch(() => {});
      await page.waitForLoadState('load');
      await showSearchResults(page);
      await page.addScriptTag({ content: axeSource });
      const axe = await page.evaluate(async () =>
        await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
      results.push({
        path: pagePath,
        finalPath: new URL(page.url()).pathname,
        status: response ? response.status() : 0,
        title: await page.title(),
        violations: axe.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')) })),
        passes: axe.passes.length,
        consoleErrors,
        externalRequests,
      });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch(e => { console.error(e); process.exit(1); });
