// Usage: node excerpt-scenarios.js SITE_DIR SCENARIOS_JSON
// What a reader sees of each search result in headless Chromium — at a phone's size (390×844) unless a scenario
// gives "viewport": {width, height} — once the excerpts of the results in view have arrived.
// SCENARIOS_JSON: [{ "name", "viewport"?, "steps": [...] }]; a step is {"open": "/zoeken/?q=x"}, {"click": "css"},
// {"type": "text", "pause": ms} (into the search box, letter by letter, pausing after each), {"scrollTo": "css"}
// (into view, at the top), {"hold": true} (article pages are answered only after the next
// {"release": true}) or {"observe": "label"}. Each observe waits until no article page is being fetched, then
// records per card (in order): url, title and text of the summary paragraph, whether it holds an excerpt, its
// marks; the "more" button's text (or null when hidden); the article pages (/artikelen/…) the page fetched since
// the previous observe; which cards are in view; and the layout shift (CLS, Chromium's own entries, each shift not
// caused by input) since the page opened. Served with script-src 'self', as search-scenarios.js does.
'use strict';
const { runScenarios } = require('./scenario-runner');

async function settle(page, pending, holding) {
  // Cards in view fetch their pages 400 ms after they are drawn.
  await page.waitForTimeout(700);
  await page.waitForFunction(() => !document.querySelector('#kb-resultaten[aria-busy="true"]'));
  for (let i = 0; i < 100 && pending.size > 0 && !holding(); i++) await page.waitForTimeout(50);
  await page.waitForTimeout(150);
}

async function observe(page, fetched) {
  const seen = await page.evaluate(() => ({
    cards: Array.from(document.querySelectorAll('#kb-resultaten li')).map((li) => {
      const text = li.querySelector('.card-summary');
      const box = li.getBoundingClientRect();
      return {
        url: li.querySelector('.card-title a').getAttribute('href'),
        titleMarks: Array.from(li.querySelectorAll('.card-title mark')).map((m) => m.textContent),
        text: text.textContent,
        excerpt: text.classList.contains('card-excerpt'),
        marks: Array.from(text.querySelectorAll('mark')).map((m) => m.textContent),
        markedWords: Array.from(text.querySelectorAll('mark')).map((m) => {
          // The whole word a mark sits in, so a test can tell a part ("tekort") from its compound ("lerarentekort").
          const before = (m.previousSibling && m.previousSibling.nodeType === 3 ? m.previousSibling.nodeValue : '').match(/[\p{L}\p{N}]*$/u)[0];
          const after = (m.nextSibling && m.nextSibling.nodeType === 3 ? m.nextSibling.nodeValue : '').match(/^[\p{L}\p{N}]*/u)[0];
          return before + m.textContent + after;
        }),
        inView: box.bottom > 0 && box.top < window.innerHeight,
        box: [Math.round(box.top + window.scrollY), Math.round(box.height)],
      };
    }),
    more: document.getElementById('kb-meer-resultaten').hidden ? null : document.getElementById('kb-meer-resultaten').textContent,
    focused: document.activeElement ? document.activeElement.getAttribute('href') || document.activeElement.id : null,
    layoutShift: window.kennisbankLayoutShift,
    layoutShiftSinceRelease: window.kennisbankShiftSince(window.kennisbankReleased),
  }));
  return Object.assign(seen, { articlePages: fetched.splice(0) });
}

runScenarios({
  contextOptions: (scenario) => ({ viewport: scenario.viewport || { width: 390, height: 844 } }),
  async prepare(context) {
    await context.addInitScript(() => {
      window.kennisbankLayoutShift = 0;
      window.kennisbankReleased = 0;
      const shifts = [];
      window.kennisbankShiftSince = (time) => shifts.filter((s) => s.time >= time).reduce((sum, s) => sum + s.value, 0);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.hadRecentInput) continue;
          window.kennisbankLayoutShift += entry.value;
          shifts.push({ time: entry.startTime, value: entry.value });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const state = { held: null };
    await context.route('**/artikelen/**', async (route) => {
      if (route.request().resourceType() !== 'fetch' || !state.held) return route.fallback();
      await state.held.promise;
      return route.fallback();
    });
    return state;
  },
  async play({ scenario, page, server, state }) {
    const fetched = [];
    const pending = new Set();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (request.resourceType() === 'fetch' && url.pathname.startsWith('/artikelen/')) {
        fetched.push(url.pathname);
        pending.add(request);
      }
    });
    page.on('requestfinished', (request) => pending.delete(request));
    page.on('requestfailed', (request) => pending.delete(request));
    const observations = {};
    for (const step of scenario.steps) {
      if (step.open) {
        await page.goto(server.origin + step.open, { waitUntil: 'load' });
        // Without a query the list stays aria-busy until the search box is used: nothing to wait for then.
        if (!step.open.includes('q=')) continue;
        await page.waitForFunction(() => document.querySelectorAll('#kb-resultaten li').length > 0 || /Geen|niets/i.test(document.getElementById('kb-zoekstatus').textContent), null, { timeout: 15000 });
        await settle(page, pending, () => state.held !== null);
      } else if (step.click) {
        await page.click(step.click);
        await settle(page, pending, () => state.held !== null);
      } else if (step.type !== undefined) {
        await page.focus('#kb-zoekterm');
        for (const letter of step.type) {
          await page.keyboard.type(letter);
          await page.waitForTimeout(step.pause || 0);
        }
        await settle(page, pending, () => state.held !== null);
      } else if (step.scrollTo) {
        await page.evaluate((selector) => document.querySelector(selector).scrollIntoView({ block: 'start' }), step.scrollTo);
        await settle(page, pending, () => state.held !== null);
      } else if (step.hold) {
        let release;
        state.held = { promise: new Promise((resolve) => { release = resolve; }) };
        state.held.release = release;
      } else if (step.release) {
        await page.evaluate(() => { window.kennisbankReleased = performance.now(); });
        state.held.release();
        state.held = null;
        await settle(page, pending, () => state.held !== null);
      } else if (step.observe) {
        observations[step.observe] = await observe(page, fetched);
      }
    }
    return { observations };
  },
});
