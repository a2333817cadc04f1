// Usage: node search-trace.js SITE_DIR[,SITE_DIR…] QUERY [RUNS] [LATENCY_MS]
// The load chain of /zoeken/?q=QUERY in headless Chromium, for finding what the first results wait for: per run a
// fresh browser context (nothing cached; one unmeasured load first), and per request the start and end (responseEnd)
// of its resource timing, with the page's domInteractive and DOMContentLoaded and the first result drawn, all in ms
// from the start of the navigation by the page's own clock. Several sites are opened in turn, run after run, so a
// before/after comparison on a busy machine sees the same load. Prints, per site, the first-result times and the
// median of every figure, requests in the order they started (a request missing from some runs shows its count).
// Each site is served by a separate process, as a real host would serve it (see search-timing.js). LATENCY_MS adds
// that much to every request (Chromium's network emulation), as a host some way off would: on 127.0.0.1 a request
// costs the server's time, not a round trip.
'use strict';
const { launch } = require('./chromium');
const { serveSeparately } = require('./separate-host');
const { openAtFirstResult } = require('./first-result');

async function main() {
  const [sites, query, runs = '5', latency = '0'] = process.argv.slice(2);
  const dirs = sites.split(',');
  const servers = [];
  for (const dir of dirs) servers.push(await serveSeparately(dir));
  const browser = await launch();
  const measured = dirs.map(() => []);
  try {
    for (let run = -1; run < Number(runs); run++) {
      for (let s = 0; s < dirs.length; s++) {
        const trace = await open(browser, servers[s], query, Number(latency));
        if (run >= 0) measured[s].push(trace);
      }
    }
  } finally {
    await browser.close();
    for (const server of servers) server.close();
  }
  dirs.forEach((dir, s) => report(dir, measured[s]));
}

async function open(browser, server, query, latency) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    if (latency > 0) {
      const session = await context.newCDPSession(page);
      await session.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: -1, uploadThroughput: -1 });
    }
    await openAtFirstResult(page, server.origin, query);
    // Let the requests that end after the first result (the rest of the page) be recorded too.
    await page.waitForTimeout(300);
    return await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0];
      return {
        first: window.kennisbankFirstResult,
        html: navigation.responseEnd,
        interactive: navigation.domInteractive,
        loaded: navigation.domContentLoadedEventStart,
        requests: performance.getEntriesByType('resource').map((e) => ({
          path: e.name.replace(location.origin, ''), start: e.startTime, end: e.responseEnd, bytes: e.encodedBodySize,
        })),
      };
    });
  } finally {
    await context.close();
  }
}

function median(values) {
  const sorted = values.slice().sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]);
}

function report(dir, traces) {
  const lines = [`== ${dir}`];
  lines.push(`first result: median ${median(traces.map((t) => t.first))} ms (${traces.map((t) => Math.round(t.first)).join(' ')})`);
  lines.push(`html ${median(traces.map((t) => t.html))}, domInteractive ${median(traces.map((t) => t.interactive))}, DOMContentLoaded ${median(traces.map((t) => t.loaded))}`);
  lines.push('start   end   bytes  request');
  const byPath = new Map();
  for (const trace of traces) {
    for (const request of trace.requests) {
      if (!byPath.has(request.path)) byPath.set(request.path, []);
      byPath.get(request.path).push(request);
    }
  }
  const rows = [...byPath].map(([path, requests]) => ({
    path, start: median(requests.map((r) => r.start)), end: median(requests.map((r) => r.end)),
    bytes: median(requests.map((r) => r.bytes)), count: requests.length,
  }));
  rows.sort((a, b) => a.start - b.start);
  for (const row of rows) {
    const count = row.count === traces.length ? '' : ` (${row.count} of ${traces.length} runs)`;
    lines.push(`${String(row.start).padStart(5)} ${String(row.end).padStart(5)} ${String(row.bytes).padStart(7)}  ${row.path}${count}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((e) => { console.error(e); process.exit(1); });
