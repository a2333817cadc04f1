// The loop every search-page scenario runner shares (search-, query- and excerpt-scenarios.js): read
// SITE_DIR SCENARIOS_JSON from the command line, serve the site, give each scenario a fresh browser context whose
// pages carry the site's script policy (script-src 'self', so an inline script would be refused and reported), collect
// the page's errors, and print [{name, errors, …what the scenario recorded}] as JSON. A runner supplies only what
// its steps do.
'use strict';
const fs = require('fs');
const { start } = require('./static-server');
const { launch } = require('./chromium');

async function withSiteScriptPolicy(context) {
  await context.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    await route.fulfill({ response, headers: Object.assign({}, response.headers(), { 'content-security-policy': "script-src 'self'" }) });
  });
}

/**
 * Runs every scenario of the file with `play({scenario, page, server, errors, state})`, which resolves to what the
 * scenario recorded. `contextOptions(scenario)` gives the browser context's options; `prepare(context, scenario)`
 * may add routes or init scripts before the page opens and resolves to the `state` play receives.
 */
function runScenarios({ play, contextOptions = () => ({}), prepare = async () => ({}) }) {
  async function main() {
    const [siteDir, scenarioFile] = process.argv.slice(2);
    const scenarios = JSON.parse(fs.readFileSync(scenarioFile, 'utf8'));
    const server = await start(siteDir, '/');
    const browser = await launch();
    const report = [];
    try {
      for (const scenario of scenarios) {
        const context = await browser.newContext(contextOptions(scenario));
        await withSiteScriptPolicy(context);
        const state = await prepare(context, scenario);
        const page = await context.newPage();
        const errors = [];
        page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
        page.on('pageerror', (e) => errors.push(String(e)));
        const recorded = await play({ scenario, page, server, errors, state });
        report.push(Object.assign({ name: scenario.name, errors }, recorded));
        await context.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
    process.stdout.write(JSON.stringify(report));
  }

  main().catch((e) => { console.error(e); process.exit(1); });
}

module.exports = { runScenarios };
