// Usage: node axe-pages.js [--dark] [--width=N] SITE_DIR BASE_PATH PATH...
// (--dark: the reader's system asks for dark mode; --width: a viewport N CSS pixels wide, a phone's layout)
// Opens each page of a built site in headless Chromium, runs axe-core with the WCAG 2.1 A/AA rules and prints,
// as JSON, per page: the violations, console errors and failed requests (an external request counts as failed).
'use strict';
const fs = require('fs');
const { start } = require('./static-server');
const { launch } = require('./chromium');

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
