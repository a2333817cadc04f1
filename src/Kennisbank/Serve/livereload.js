/*
 * Injected by `kennisbank serve` only (never part of a published site). Listens to the server's event stream:
 * "reload" reloads the page after a successful rebuild; "problems" shows the build's path:line:column messages
 * in an overlay over the last good page, and the next successful rebuild removes it.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var events = new EventSource(script.src.replace(/livereload\.js$/, 'events'));
  var overlay = null;

  events.addEventListener('reload', function () { location.reload(); });
  events.addEventListener('ok', function () { if (overlay) { overlay.remove(); overlay = null; } });
  events.addEventListener('problems', function (event) {
    var problems = JSON.parse(event.data);
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.id = 'kb-build-problems';
      overlay.setAttribute('role', 'alert');
      overlay.style.cssText = 'position:fixed;inset:0;z-index:99999;overflow:auto;padding:2rem;background:rgba(27,31,36,.94);color:#fff;font:14px/1.5 ui-monospace,monospace';
      document.body.appendChild(overlay);
    }
    overlay.textContent = '';
    var heading = document.createElement('h2');
    heading.textContent = 'De build is mislukt; je ziet de laatste goede versie. Herstel het bestand en sla op.';
    heading.style.cssText = 'font:bold 18px system-ui,sans-serif;margin:0 0 1rem';
    overlay.appendChild(heading);
    problems.forEach(function (line) {
      var pre = document.createElement('pre');
      pre.textContent = line;
      pre.style.cssText = 'white-space:pre-wrap;margin:0 0 .5rem;color:#ffd7d5';
      overlay.appendChild(pre);
    });
  });
})();
