// A minimal static file server on 127.0.0.1 for browser tests: serves a built site under an optional base
// path, answers unknown paths with the site's 404.html (as GitHub Pages does), and never leaves the site folder.
// Like a real host it compresses text by the browser's Accept-Encoding: a precompressed `.br` or `.gz` beside the
// file when there is one, otherwise gzip made on the fly (as GitHub Pages does).
'use strict';
const http = require('http');
const fs = require('fs');
const zlib = require('zlib');
const path = require('path');

const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8', '.png': 'image/png', '.jpg': 'image/jpeg', '.pdf': 'application/pdf',
};

function start(root, basePath = '/') {
  root = path.resolve(root);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(basePath)) return notFound(res);
    pathname = '/' + pathname.slice(basePath.length);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) return notFound(res);
    if (pathname.endsWith('/')) file = path.join(file, 'index.html');
    fs.stat(file, (err, stat) => {
      if (!err && stat.isDirectory()) {
        res.writeHead(301, { Location: url.pathname + '/' });
        return res.end();
      }
      if (err) return notFound(res);
      send(req, res, file, stat.size);
    });
  });

  function send(req, res, file, size) {
    const type = types[path.extname(file)] || 'application/octet-stream';
    const accepts = String(req.headers['accept-encoding'] || '');
    const isText = /^(text\/|application\/(json|xml)|image\/svg)/.test(type);
    for (const [encoding, extension] of [['br', '.br'], ['gzip', '.gz']]) {
      if (isText && accepts.includes(encoding) && fs.existsSync(file + extension)) {
        res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': encoding, 'Vary': 'Accept-Encoding', 'Content-Length': fs.statSync(file + extension).size });
        return fs.createReadStream(file + extension).pipe(res);
      }
    }
    if (isText && accepts.includes('gzip')) {
      const body = zlib.gzipSync(fs.readFileSync(file));
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Vary': 'Accept-Encoding', 'Content-Length': body.length });
      return res.end(body);
    }
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': size });
    fs.createReadStream(file).pipe(res);
  }

  function notFound(res) {
    const page = path.join(root, '404.html');
    res.writeHead(404, { 'Content-Type': types['.html'] });
    if (fs.existsSync(page)) fs.createReadStream(page).pipe(res); else res.end('not found');
  }

  return new Promise(resolve => server.listen(0, '127.0.0.1', () => {
    const origin = `http://127.0.0.1:${server.address().port}`;
    resolve({ origin, base: origin + basePath, close: () => new Promise(r => server.close(r)) });
  }));
}

module.exports = { start };

// Run as a program (node static-server.js SITE_DIR [BASE_PATH]) it serves until killed and prints its origin, so a
// measurement can keep the server out of the measuring process, as a real web host would be.
if (require.main === module) {
  start(process.argv[2], process.argv[3] || '/').then(server => process.stdout.write(server.origin + '\n'));
}
