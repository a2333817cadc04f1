// Usage: node query-scenarios.js SITE_DIR SCENARIOS_JSON
// Drives the search page of a built site in headless Chromium the ways a query can arrive — typed, Enter, a link,
// Back, a click on "Bedoelde je" — and reports what a reader sees, as JSON (the query language's browser tests).
// SCENARIOS_JSON: [{ "name", "steps": [...] }]; a step is one of
//   {"open": "/zoeken/?q=x"}  {"type": "text"}  {"clear": true}  {"press": "Enter"}  {"back": true}
//   {"follow": "css selector"} (clicks a link and waits for the page it opens)  {"observe": "label"}
// An observation: url, input, status text, the status link (href, text, marked words), result urls, marked words
// in the results, whether the no-results block shows. Scripts run under script-src 'self', as on the real site.
'use strict';
const fs = require('fs');
const { start } = require('./static-server');
const { launch } = require('./chromium');

const LOADING = 'Zoekindex laden…';

function observe(page) {
  return page.evaluate(() => {
    const status = document.getElementById('kb-zoekstatus');
    const link = status.querySelector('a');
    return {
      url: location.pathname + location.search,
      input: document.getElementById('kb-zoekterm').value,
      status: status.textContent,
      statusVisible: status.checkVisibility(),
      suggestion: link ? { href: link.getAttribute('href'), text: link.textContent, marked: Array.from(link.querySelectorAll('mark, strong')).map((m) => m.textContent) } : null,
      results: Array.from(document.querySelectorAll('#kb-resultaten .card-title a')).map((a) => a.getAttribute('href')),
      marks: Array.from(document.querySelectorAll('#kb-resultaten mark')).map((m) => m.textContent),
      noResultsVisible: !document.getElementById('kb-geen-resultaten').hidden,
    };
  });
}

// The page has answered: nothing busy, and the status says something other than "loading".
async function answered(page) {
  await page.waitForTimeout(400);
  await page.waitForFunction((loading) => {
    const status = document.getElementById('kb-zoekstatus').textContent;
    return !document.querySelector('#kb-resultaten[aria-busy="true"]') && status !== '' && status !== loading;
  }, LOADING, { timeout: 15000 });
}

async function run(page, server, step, observations) {
  if (step.open) {
    await page.goto(server.origin + step.open, { waitUntil: 'load' });
    if (step.open.includes('q=')) await answered(page);
  } else if (step.type !== undefined) {
    await page.focus('#kb-zoekterm');
    await page.keyboard.type(step.type, { delay: 20 });
    await answered(page);
  } else if (step.clear) {
    await page.fill('#kb-zoekterm', '');
  } else if (step.press) {
    await page.keyboard.press(step.press);
    await answered(page);
  } else if (step.back) {
    await page.goBack();
    await answered(page);
  } else if (step.follow) {
    await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: 10000 }), page.click(step.follow, { timeout: 5000 })]);
    await answered(page);
  } else if (step.observe) {
    observations[step.observe] = await observe(page);
  }
}

async function main() {
  const [siteDir, scenarioFile] = process.argv.slice(2);
  const scenarios = JSON.parse(fs.readFileSync(scenarioFile, 'utf8'));
  const server = await start(siteDir, '/');
  const browser = await launch();
  const report = [];
  try {
    for (const scenario of scenarios) {
      const context = await browser.newContext();
      await context.route('**/*', async (route) => {
        if (route.request().resourceType() !== 'document') return route.continue();
        const response = await route.fetch();
        await route.fulfill({ response, headers: Object.assign({}, response.headers(), { 'content-security-policy': "script-src 'self'" }) });
      });
      const page = await context.newPage();
      const errors = [];
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('pageerror', (e) => errors.push(String(e)));
      const observations = {};
      for (const step of scenario.steps) {
        try {
          await run(page, server, step, observations);
        } catch (e) {
          // The page did not answer (or had no link to follow): recorded for the test to report, and on to the next step.
          errors.push(`${JSON.stringify(step)}: ${String(e.message || e).split('\n')[0]}`);
        }
      }
      report.push({ name: scenario.name, observations, errors });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  process.stdout.write(JSON.stringify(report));
}

main().catch((e) => { console.error(e); process.exit(1); });
