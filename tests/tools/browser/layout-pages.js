// Usage: node layout-pages.js SITE_DIR BASE_PATH WIDTH HEIGHT PATH...
// Opens each page of a built site in headless Chromium at WIDTH×HEIGHT CSS pixels and prints, as JSON, per page:
// whether it scrolls sideways (and which elements stick out), where the article text starts, its tables (inside a
// focusable, named scroll region or not) and, for every SVG image, whether its text stays inside its boxes and how
// large that text is drawn.
'use strict';
const { start } = require('./static-server');
const { launch } = require('./chromium');

async function measurePage(page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const scrollsSideways = root.scrollWidth > width;
    // Elements whose box ends past the viewport and are not clipped by a scrolling ancestor.
    const clippedByScroller = el => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll' || o === 'hidden') return true;
      }
      return false;
    };
    const sticking = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > width + 0.5 && !clippedByScroller(el) && getComputedStyle(el).position !== 'absolute')
        sticking.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} (right ${Math.round(r.right)})`);
    }
    const firstText = document.querySelector('.article-body > p');
    const tables = [...document.querySelectorAll('main table')].map(t => {
      const region = t.closest('[role="region"]');
      return {
        inRegion: !!region,
        focusable: !!region && region.tabIndex === 0,
        label: region ? region.getAttribute('aria-label') : null,
        scrolls: !!region && getComputedStyle(region).overflowX === 'auto',
      };
    });
    const svgImages = [...document.querySelectorAll('main img')]
      .filter(img => /\.svg$/.test(new URL(img.src).pathname))
      .map(img => ({ src: img.src, renderedWidth: img.getBoundingClientRect().width }));
    return {
      scrollWidth: root.scrollWidth, clientWidth: width, scrollsSideways, scrollHeight: root.scrollHeight, clientHeight: root.clientHeight, sticking: sticking.slice(0, 10),
      firstTextTop: firstText ? Math.round(firstText.getBoundingClientRect().top + window.scrollY) : null,
      tables, svgImages,
    };
  });
}

// Opens an SVG on its own and checks each text against the box drawn before it, at the size the page showed it.
async function measureSvg(context, image) {
  const page = await context.newPage();
  await page.goto(image.src);
  const result = await page.evaluate(renderedWidth => {
    const svg = document.documentElement;
    const viewWidth = svg.viewBox.baseVal && svg.viewBox.baseVal.width ? svg.viewBox.baseVal.width : svg.getBBox().width;
    const scale = renderedWidth / viewWidth;
    const texts = [...svg.querySelectorAll('text')].map(text => {
      let box = text.previousElementSibling;
      while (box && box.tagName !== 'rect') box = box.previousElementSibling;
      const t = text.getBBox();
      const b = box ? box.getBBox() : null;
      const inside = !!b && t.x >= b.x && t.y >= b.y && t.x + t.width <= b.x + b.width && t.y + t.height <= b.y + b.height;
      return { text: text.textContent, inside, drawnFontPx: parseFloat(getComputedStyle(text).fontSize) * scale };
    });
    return { scale, texts };
  }, image.renderedWidth);
  await page.close();
  return { src: new URL(image.src).pathname, renderedWidth: image.renderedWidth, ...result };
}

async function main() {
  const [siteDir, basePath, width, height, ...paths] = process.argv.slice(2);
  const server = await start(siteDir, basePath);
  const browser = await launch();
  const results = [];
  try {
    const context = await browser.newContext({ viewport: { width: Number(width), height: Number(height) } });
    for (const pagePath of paths) {
      const page = await context.newPage();
      await page.goto(server.origin + pagePath, { waitUntil: 'load' });
      // A redirect page (meta refresh) moves on by itself: measure where it lands.
      const hasRefresh = await page.evaluate(() => !!document.querySelector('meta[http-equiv="refresh"]')).catch(() => true);
      if (hasRefresh) await page.waitForURL(u => u.pathname !== new URL(server.origin + pagePath).pathname, { timeout: 5000 }).catch(() => {});
      await page.waitForLoadState('load');
      const measured = await measurePage(page);
      const svgs = [];
      for (const image of measured.svgImages) svgs.push(await measureSvg(context, image));
      results.push({ path: pagePath, ...measured, svgs });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch(e => { console.error(e); process.exit(1); });
