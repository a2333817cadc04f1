// Usage: node search-phone.js SITE_DIR WIDTH HEIGHT QUERY
// The search page of a built site in headless Chromium at WIDTH×HEIGHT CSS pixels, driven as a reader on a phone
// drives it, and reported as JSON: where the first result of /zoeken/?q=QUERY starts, the "Filters" button and
// panel (closed at first, opened), the (0) options, ticking filters and the chips, "Alle filters wissen", where focus
// goes after Enter and how many Tab presses reach the first result, sideways scrolling with the panel open, what the
// page shows without a query or when the index cannot be loaded, and the layout shift while a page with a query (and
// with a filter) loads.
// A missing element is reported as null, never as a crash, so a test can say what is missing.
'use strict';
const { start } = require('./static-server');
const { launch } = require('./chromium');

async function settle(page) {
  await page.waitForTimeout(300);
  await page.waitForFunction(() => !document.querySelector('#kb-resultaten[aria-busy="true"]'), null, { timeout: 15000 });
}

async function openWithResults(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelectorAll('#kb-resultaten li').length > 0
    || /Geen/.test(document.getElementById('kb-zoekstatus').textContent), null, { timeout: 15000 });
  await settle(page);
}

// What a reader sees of the results and filters now.
function look(page) {
  return page.evaluate(() => {
    const shown = el => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const toggle = document.getElementById('kb-filters-knop');
    const panel = document.getElementById('kb-filterpaneel') || document.querySelector('.search-filters');
    const heading = document.getElementById('kb-resultaten-kop');
    const first = document.querySelector('#kb-resultaten li');
    const labels = [...document.querySelectorAll('#kb-filters label')];
    const countOf = l => (l.querySelector('.facet-count') || {}).textContent || '';
    const chips = [...document.querySelectorAll('.filter-chip')].filter(shown);
    const clear = [...document.querySelectorAll('main button')].find(b => shown(b) && b.textContent.trim() === 'Alle filters wissen');
    const root = document.documentElement;
    const top = el => Math.round(el.getBoundingClientRect().top + window.scrollY);
    return {
      url: location.pathname + location.search,
      firstResultTop: first ? top(first) : null,
      firstResultInView: first ? first.getBoundingClientRect().top < innerHeight && first.getBoundingClientRect().bottom > 0 : false,
      resultCount: document.querySelectorAll('#kb-resultaten li').length,
      toggle: shown(toggle) ? { text: toggle.textContent.trim(), expanded: toggle.getAttribute('aria-expanded'), controls: toggle.getAttribute('aria-controls') } : null,
      panelShown: shown(panel) && [...panel.querySelectorAll('input')].some(shown),
      heading: shown(heading) ? heading.textContent.trim() : null,
      status: (document.getElementById('kb-zoekstatus') || {}).textContent || '',
      zeroOptionsShown: labels.filter(l => shown(l) && countOf(l) === '(0)' && !l.querySelector('input').checked).length,
      zeroOptionsHidden: labels.filter(l => !shown(l) && countOf(l) === '(0)').length,
      optionsShown: labels.filter(shown).map(l => ({ name: l.querySelector('input').name, value: l.querySelector('input').value, count: Number(countOf(l).replace(/\D/g, '')) })),
      checked: [...document.querySelectorAll('#kb-filters input:checked')].map(i => i.name + '=' + i.value),
      chips: chips.map(c => ({ text: c.textContent.replace(/\s+/g, ' ').trim(), name: c.getAttribute('aria-label') || c.textContent.trim() })),
      clearShown: !!clear,
      focused: document.activeElement ? (document.activeElement.id || document.activeElement.tagName.toLowerCase()) : null,
      scrollsSideways: root.scrollWidth > root.clientWidth,
      scrollWidth: root.scrollWidth,
    };
  });
}

async function tabsTo(page, selector, limit = 60) {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(sel => !!document.activeElement && document.activeElement.matches(sel), selector)) return presses;
  }
  return null;
}

// The cumulative layout shift of a page while it loads and shows its results (as Lighthouse adds it up: every shift
// not caused by input).
async function layoutShift(context, url) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.kbShift = 0;
    new PerformanceObserver(list => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.kbShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await openWithResults(page, url);
  await page.waitForTimeout(500);
  const shift = await page.evaluate(() => window.kbShift);
  await page.close();
  return shift;
}

async function main() {
  const [siteDir, width, height, query] = process.argv.slice(2);
  const server = await start(siteDir, '/');
  const browser = await launch();
  const report = {};
  try {
    const context = await browser.newContext({ viewport: { width: Number(width), height: Number(height) } });
    const searchUrl = `${server.origin}/zoeken/?q=${encodeURIComponent(query)}`;
    const page = await context.newPage();

    await openWithResults(page, searchUrl);
    report.opened = await look(page);

    const toggle = await page.$('#kb-filters-knop');
    if (toggle && await toggle.isVisible()) {
      await toggle.click();
      report.panelOpened = await look(page);
    }

    // Tick the first offered value of the first facet that narrows the results, then one of another facet.
    const all = (report.panelOpened || report.opened).optionsShown;
    const total = report.opened.resultCount;
    const narrowing = all.filter(o => o.count > 0);
    const first = narrowing.find(o => o.name === 'thema') || narrowing[0];
    if (first) {
      await page.check(`#kb-filters input[name="${first.name}"][value="${first.value}"]`);
      await settle(page);
      report.ticked = Object.assign(await look(page), { option: first, before: total });
      const second = report.ticked.optionsShown.find(o => o.name !== first.name && o.count > 0);
      if (second) {
        await page.check(`#kb-filters input[name="${second.name}"][value="${second.value}"]`);
        await settle(page);
        report.tickedTwo = Object.assign(await look(page), { option: second });
        const chip = await page.$('.filter-chip');
        if (chip) {
          await chip.click();
          await settle(page);
          report.chipRemoved = await look(page);
        }
      }
      const clear = page.getByRole('button', { name: 'Alle filters wissen' });
      if (await clear.count() > 0 && await clear.first().isVisible()) {
        await clear.first().click();
        await settle(page);
        report.cleared = await look(page);
      }
    }
    await page.close();

    // Keyboard only: type in the field, press Enter; then count Tab presses to the first result.
    const keys = await context.newPage();
    await keys.goto(`${server.origin}/zoeken/`, { waitUntil: 'load' });
    await keys.focus('#kb-zoekterm');
    await keys.keyboard.type(query, { delay: 20 });
    await settle(keys);
    report.typed = await look(keys);
    report.tabsFromFieldToFirstResult = await tabsTo(keys, '#kb-resultaten li a');
    await keys.focus('#kb-zoekterm');
    await keys.keyboard.press('Enter');
    await settle(keys);
    report.submitted = await look(keys);
    report.tabsFromHeadingToFirstResult = report.submitted.focused === 'kb-resultaten-kop' ? await tabsTo(keys, '#kb-resultaten li a') : null;
    // Past the filters: from the field, the link that jumps to the results (where the filters are a sidebar).
    await keys.focus('#kb-zoekterm');
    report.tabsFromFieldToSkipLink = await tabsTo(keys, 'a[href="#kb-resultaten-kop"]', 10);
    if (report.tabsFromFieldToSkipLink !== null) {
      await keys.keyboard.press('Enter');
      report.afterSkipLink = await look(keys);
      report.tabsFromSkipLinkToFirstResult = await tabsTo(keys, '#kb-resultaten li a');
    }
    await keys.close();

    // The index cannot be loaded: the status line that says so must be in view, not in a hidden results area.
    const broken = await context.newPage();
    await broken.route(url => url.pathname.startsWith('/search/'), route => route.abort());
    await broken.goto(`${server.origin}/zoeken/`, { waitUntil: 'load' });
    await broken.focus('#kb-zoekterm');
    await broken.keyboard.type(query, { delay: 20 });
    await broken.waitForTimeout(800);
    report.indexMissing = { status: await broken.locator('#kb-zoekstatus').isVisible() ? await broken.innerText('#kb-zoekstatus') : null };
    await broken.close();

    // Without a query: nothing but the form and the themes.
    const empty = await context.newPage();
    await empty.goto(`${server.origin}/zoeken/`, { waitUntil: 'load' });
    await empty.waitForTimeout(300);
    report.withoutQuery = { text: await empty.innerText('main') };
    await empty.close();
    const noScript = await browser.newContext({ viewport: { width: Number(width), height: Number(height) }, javaScriptEnabled: false });
    const still = await noScript.newPage();
    await still.goto(searchUrl, { waitUntil: 'load' });
    report.withoutJavaScript = { text: await still.innerText('main') };
    await noScript.close();

    report.layoutShift = {
      query: await layoutShift(context, searchUrl),
      filtered: report.ticked ? await layoutShift(context, `${searchUrl}&${report.ticked.option.name}=${report.ticked.option.value}`) : null,
    };
  } finally {
    await browser.close();
    await server.close();
  }
  process.stdout.write(JSON.stringify(report));
}

main().catch(e => { console.error(e); process.exit(1); });
