// Usage: node search-scenarios.js SITE_DIR SCENARIOS_JSON
// Drives the real search page of a built site in headless Chromium and reports what a user would see, as JSON.
// SCENARIOS_JSON: [{ "name", "steps": [...] }]; a step is one of
//   {"open": "/zoeken/?q=x"}  {"type": "text"}  {"clear": true}  {"press": "Enter"}  {"check": "thema", "value": "x"}
//   {"click": "css selector"}  {"back": true}  {"tabTo": "css selector"}  {"space": true}  {"observe": "label"}  {"axe": true}
// Each observe records: url (path+search), input value, status text, result urls/themes, checked filters, marks,
// facet counts, and the search files (/search/…) and scripts (/assets/…js) the page asked for since the previous observe.
// Pages are served with the site's Content-Security-Policy for scripts (script-src 'self'): an inline script would
// be refused and reported as an error. A scenario with "javaScript": false runs with scripting off and records
// the text a reader sees ({"observe"} then holds only "text").
'use strict';
const fs = require('fs');
const { runScenarios } = require('./scenario-runner');

async function observe(page, searchFiles, scripts, scripting) {
  const requested = searchFiles.splice(0);
  const scriptsRequested = scripts.splice(0);
  if (!scripting) return { text: await page.innerText('main'), searchFiles: requested };
  const seen = await page.evaluate(() => ({
    url: location.pathname + location.search,
    input: document.getElementById('kb-zoekterm').value,
    status: document.getElementById('kb-zoekstatus').textContent,
    results: Array.from(document.querySelectorAll('#kb-resultaten .card-title a')).map(a => a.getAttribute('href')),
    resultMeta: Array.from(document.querySelectorAll('#kb-resultaten .card-meta')).map(p => p.textContent),
    marks: Array.from(document.querySelectorAll('#kb-resultaten mark')).map(m => m.textContent),
    checked: Array.from(document.querySelectorAll('#kb-filters input:checked')).map(i => i.name + '=' + i.value),
    noResultsVisible: !document.getElementById('kb-geen-resultaten').hidden,
    moreVisible: !document.getElementById('kb-meer-resultaten').hidden,
    total: Number((document.getElementById('kb-zoekstatus').textContent.match(/(\d+) artikel/) || [0, 0])[1]),
    focused: document.activeElement ? (document.activeElement.id || document.activeElement.tagName) : null,
    facets: Object.fromEntries(Array.from(document.querySelectorAll('#kb-filters input')).map(i =>
      [i.name + '=' + i.value, Number(i.parentNode.querySelector('.facet-count').textContent.replace(/\D/g, '') || -1)])),
  }));
  return Object.assign(seen, { searchFiles: requested, scripts: scriptsRequested });
}

async function settle(page) {
  // Wait until the debounce has fired and the results are rendered (no pending timers we know of, status stable).
  await page.waitForTimeout(400);
  await page.waitForFunction(() => !document.querySelector('#kb-resultaten[aria-busy="true"]'));
}

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

runScenarios({
  contextOptions: (scenario) => ({ javaScriptEnabled: scenario.javaScript !== false }),
  async play({ scenario, page, server }) {
    const searchFiles = [];
    const scripts = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/search/')) searchFiles.push(url.pathname);
      if (url.pathname.startsWith('/assets/') && url.pathname.endsWith('.js')) scripts.push(url.pathname);
    });
    const observations = {};
    const timings = {};
    for (const step of scenario.steps) {
      if (step.open) {
        const started = Date.now();
        await page.goto(server.origin + step.open, { waitUntil: 'load' });
        if (scenario.javaScript !== false && (step.open.includes('q=') || step.open.includes('thema='))) {
          await page.waitForFunction(() => document.querySelectorAll('#kb-resultaten li').length > 0 || document.getElementById('kb-zoekstatus').textContent.includes('Geen'), null, { timeout: 15000 });
          timings[step.open] = Date.now() - started;
          // The filter panel's counts follow the first results (page.js showFacets); the list is busy until then.
          await page.waitForFunction(() => !document.querySelector('#kb-resultaten[aria-busy="true"]'));
        }
      } else if (step.type !== undefined) {
        if (!step.keepFocus) await page.focus('#kb-zoekterm');
        await page.keyboard.type(step.type, { delay: 20 });
        await settle(page);
      } else if (step.clear) {
        await page.fill('#kb-zoekterm', '');
      } else if (step.press) {
        await page.keyboard.press(step.press);
        await settle(page);
      } else if (step.check) {
        await page.check(`#kb-filters input[name="${step.check}"][value="${step.value}"]`);
        await settle(page);
      } else if (step.click) {
        await page.click(step.click);
        await settle(page);
      } else if (step.back) {
        await page.goBack();
        await settle(page);
      } else if (step.tabTo) {
        // Keyboard only: press Tab until the wanted element has focus (at most 60 times).
        for (let i = 0; i < 60 && !(await page.evaluate(sel => document.activeElement && document.activeElement.matches(sel), step.tabTo)); i++)
          await page.keyboard.press('Tab');
      } else if (step.space) {
        await page.keyboard.press('Space');
        await settle(page);
      } else if (step.observe) {
        observations[step.observe] = await observe(page, searchFiles, scripts, scenario.javaScript !== false);
      } else if (step.axe) {
        // Through the debugging protocol, which the page's CSP does not govern (a <script> tag would be refused).
        await page.evaluate(`${axeSource}\n;0`);
        const axe = await page.evaluate(async () => await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
        observations.axe = axe.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '));
      }
    }
    return { observations, timings };
  },
});
