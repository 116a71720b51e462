// ExamDesk chat widget for a school's own page:
//   <script src="https://examdesk.example/widget.js" defer></script>
// adds a floating "Chat with ExamDesk" button that opens the chat in a panel (an iframe of the chat page).
// Optional attributes on the script tag: data-label="Need help?" data-position="left".
(function () {
  'use strict';
  if (window.__examdeskWidget) { return; }
  window.__examdeskWidget = true;
  var script = document.currentScript || document.querySelector('script[src$="widget.js"]');
  var origin = new URL(script.src, location.href).origin;
  var label = script.getAttribute('data-label') || 'Chat with ExamDesk';
  var side = script.getAttribute('data-position') === 'left' ? 'left' : 'right';

  var style = document.createElement('style');
  style.textContent =
    '.examdesk-launcher{position:fixed;bottom:1rem;' + side + ':1rem;z-index:2147483000;font:600 16px/1.2 system-ui,sans-serif;' +
    'background:#1f5fbf;color:#fff;border:0;border-radius:2rem;padding:.8rem 1.2rem;box-shadow:0 4px 14px rgba(0,0,0,.25);cursor:pointer}' +
    '.examdesk-launcher:focus-visible{outline:3px solid #b35c00;outline-offset:3px}' +
    '.examdesk-panel{position:fixed;bottom:4.75rem;' + side + ':1rem;z-index:2147483000;width:min(24rem,calc(100vw - 2rem));' +
    'height:min(38rem,calc(100vh - 6rem));border:1px solid #c9d1e0;border-radius:.8rem;overflow:hidden;background:#fff;' +
    'box-shadow:0 8px 28px rgba(0,0,0,.25)}' +
    '.examdesk-panel[hidden]{display:none}.examdesk-panel iframe{width:100%;height:100%;border:0}';
  document.head.appendChild(style);

  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'examdesk-launcher';
  button.textContent = label;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'examdesk-panel');

  var panel = document.createElement('div');
  panel.id = 'examdesk-panel';
  panel.className = 'examdesk-panel';
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', 'ExamDesk chat');

  function toggle(open) {
    if (open && !panel.firstChild) {
      var frame = document.createElement('iframe');
      frame.src = origin + '/?embed=1';
      frame.title = 'ExamDesk chat';
      frame.setAttribute('allow', 'clipboard-write');
      panel.appendChild(frame);
    }
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? 'Close chat' : label;
    if (open) { panel.firstChild.focus(); }
  }

  button.addEventListener('click', function () { toggle(panel.hidden); });
  function close() { if (!panel.hidden) { toggle(false); button.focus(); } }
  document.addEventListener('keydown', function (event) { if (event.key === 'Escape') { close(); } });
  // Escape pressed inside the chat: the chat page asks to be closed.
  window.addEventListener('message', function (event) {
    if (event.origin === origin && event.data && event.data.examdesk === 'close') { close(); }
  });
  document.body.appendChild(panel);
  document.body.appendChild(button);
}());
