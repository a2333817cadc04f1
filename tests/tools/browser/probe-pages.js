// Usage: node probe-pages.js [--click] SITE_DIR PATH...
// Opens each path of a folder (a built site, or files written by a test) in headless Chromium, served over HTTP on
// 127.0.0.1, and prints as JSON per path: whether any script ran (a dialog, or a console message starting with
// "KB-SCRIPT"), every request to anywhere but the site itself, and every element of the article body that the page
// lays out with position fixed, absolute or sticky, or that covers the centre of the window.
'use strict';
const { start } = require('./static-server');
const { launch } = require('./chromium');

async function main() {
  const args = process.argv.slice(2);
  const click = args[0] === '--click';
  const [siteDir, ...paths] = click ? args.slice(1) : args;
  const server = await start(siteDir, '/');
  const browser = await launch();
  const results = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    // Requests elsewhere are recorded, then refused: the test machine has no internet, and a site must not need it.
    await context.route(url => !url.href.startsWith(server.origin) && !url.href.startsWith('data:'), route => route.abort());
    for (const pagePath of paths) {
      const page = await context.newPage();
      const scripts = [];
      const externalRequests = [];
      page.on('dialog', d => { scripts.push(`dialog: ${d.message()}`); d.dismiss().catch(() => {}); });
      page.on('console', m => { if (m.text().startsWith('KB-SCRIPT')) scripts.push(m.text()); });
      page.on('request', r => { if (!r.url().startsWith(server.origin) && !r.url().startsWith('data:')) externalRequests.push(r.url()); });
      await page.goto(server.origin + pagePath, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      // With --click, click the middle of the window, so a link with javascript: there would show itself.
      if (click) {
        await page.mouse.click(512, 384).catch(() => {});
        await page.waitForTimeout(200);
      }
      const layout = await page.evaluate(() => {
        const body = document.querySelector('.article-body');
        if (!body) return { positioned: [], covering: null };
        const positioned = [...body.querySelectorAll('*')]
          .filter(e => ['fixed', 'absolute', 'sticky'].includes(getComputedStyle(e).position))
          .map(e => e.outerHTML.slice(0, 120));
        const hit = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
        const covering = hit && body.contains(hit) && hit.getBoundingClientRect().width >= innerWidth * 0.9
          ? hit.outerHTML.slice(0, 120) : null;
        return { positioned, covering };
      }).catch(() => ({ positioned: [], covering: null }));
      results.push({ path: pagePath, scripts, externalRequests, ...layout });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch(e => { console.error(e); process.exit(1); });
