// Serves a built site from a separate node process (static-server.js), as a real host would: served from the
// measuring process, the server shared its event loop with Playwright and answered the page's first requests late.
'use strict';
const { spawn } = require('child_process');
const path = require('path');

/** Starts the server; resolves to {origin, close}. */
function serveSeparately(siteDir) {
  const child = spawn(process.execPath, [path.join(__dirname, 'static-server.js'), siteDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.stdout.once('data', chunk => resolve({ origin: chunk.toString().trim(), close: () => child.kill() }));
  });
}

module.exports = { serveSeparately };
