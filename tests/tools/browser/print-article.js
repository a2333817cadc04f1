// Usage: node print-article.js SITE_DIR BASE_PATH PATH
// Opens a page in headless Chromium as it prints (emulateMedia print, an A4 page of 794×1123 CSS pixels) and prints,
// as JSON: every link of the article body and "Meer informatie" with the text printed after it, whether the tags are
// printed, and where the source line with the article's address ends up (page 1 ends at 1123 px, less the margins).
'use strict';
const { start } = require('./static-server');
const { launch } = require('./chromium');

async function main() {
  const [siteDir, basePath, pagePath] = process.argv.slice(2);
  const server = await start(siteDir, basePath);
  const browser = await launch();
  try {
    const page = await (await browser.newContext({ viewport: { width: 794, height: 1123 } })).newPage();
    await page.goto(server.origin + pagePath, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const result = await page.evaluate(() => {
      const shown = el => !!el && getComputedStyle(el).display !== 'none';
      const links = [...document.querySelectorAll('.article-body a[href], .more-info a[href]')].map(a => ({
        href: a.getAttribute('href'),
        after: getComputedStyle(a, '::after').content,
      }));
      const source = document.querySelector('.print-source');
      return {
        links,
        tagsPrinted: shown(document.querySelector('.tags')),
        source: source ? { shown: shown(source), text: source.textContent, bottom: source.getBoundingClientRect().bottom + window.scrollY } : null,
      };
    });
    const pdf = await page.pdf({ format: 'A4' });
    process.stdout.write(JSON.stringify({ ...result, pdfBytes: pdf.length }));
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch(e => { console.error(e); process.exit(1); });
