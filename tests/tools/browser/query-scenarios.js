// Usage: node query-scenarios.js SITE_DIR SCENARIOS_JSON
// Drives the search page of a built site in headless Chromium the ways a query can arrive — typed, Enter, a link,
// Back, a click on "Bedoelde je" — and reports what a reader sees, as JSON (the query language's browser tests).
// SCENARIOS_JSON: [{ "name", "steps": [...] }]; a step is one of
//   {"open": "/zoeken/?q=x"}  {"type": "text"}  {"clear": true}  {"press": "Enter"}  {"back": true}
//   {"follow": "css selector"} (clicks a link and waits for the page it opens)  {"observe": "label"}
// An observation: url, input, status text, the status link (href, text, marked words), result urls, marked words
// in the results, whether the no-results block shows. Scripts run under script-src 'self', as on the real site.
'use strict';
const { runScenarios } = require('./scenario-runner');

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

runScenarios({
  async play({ scenario, page, server, errors }) {
    const observations = {};
    for (const step of scenario.steps) {
      try {
        await run(page, server, step, observations);
      } catch (e) {
        // The page did not answer (or had no link to follow): recorded for the test to report, and on to the next step.
        errors.push(`${JSON.stringify(step)}: ${String(e.message || e).split('\n')[0]}`);
      }
    }
    return { observations };
  },
});
