// ExamDesk web chat: a WebSocket to /chat/ws with reconnect; replies rendered as text, never as HTML,
// except article snippets, whose only markup (<mark>) comes from the server's highlighter over escaped text.
(function () {
  'use strict';
  var log = document.getElementById('log');
  var form = document.getElementById('composer');
  var input = document.getElementById('message');
  var typing = document.getElementById('typing');
  var status = document.getElementById('status');
  var socket = null;
  var queue = [];
  var started = false;
  var retry = 0;

  function token() { return sessionStorage.getItem('examdesk.token'); }

  function connect() {
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    socket = new WebSocket(scheme + location.host + '/chat/ws');
    socket.onopen = function () {
      retry = 0;
      status.textContent = '';
      socket.send(JSON.stringify({ type: 'start', token: token(), conversationId: sessionStorage.getItem('examdesk.conversation') }));
    };
    socket.onmessage = function (event) { receive(JSON.parse(event.data)); };
    socket.onclose = function () {
      started = false;
      status.textContent = 'Connection lost. Reconnecting…';
      retry = Math.min(retry + 1, 6);
      setTimeout(connect, 500 * Math.pow(2, retry - 1));
    };
  }

  function receive(message) {
    if (message.type === 'started') {
      started = true;
      sessionStorage.setItem('examdesk.conversation', message.id);
      while (queue.length) { socket.send(queue.shift()); }
    } else if (message.type === 'typing') {
      typing.hidden = false;
    } else if (message.type === 'replies') {
      typing.hidden = true;
      message.replies.forEach(render);
    } else if (message.type === 'error') {
      typing.hidden = true;
      add('bot', textBubble(message.message));
    }
  }

  function send(payload, shown) {
    if (shown) { add('user', textBubble(shown)); }
    var data = JSON.stringify(Object.assign({ type: 'message' }, payload));
    if (started && socket.readyState === WebSocket.OPEN) { socket.send(data); } else { queue.push(data); }
  }

  function add(who, node) {
    var item = document.createElement('li');
    item.className = who;
    item.appendChild(node);
    log.appendChild(item);
    item.scrollIntoView({ block: 'end' });
    return item;
  }

  function textBubble(text) {
    var bubble = document.createElement('div');
    bubble.className = 'bubble';
    bubble.textContent = text;
    return bubble;
  }

  function options(list) {
    var box = document.createElement('div');
    box.className = 'options';
    box.setAttribute('role', 'group');
    list.forEach(function (option) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = option.label;
      button.addEventListener('click', function () {
        Array.prototype.forEach.call(box.querySelectorAll('button'), function (b) { b.disabled = true; });
        send({ action: option.value }, option.label);
        input.focus();
      });
      box.appendChild(button);
    });
    return box;
  }

  function render(reply) {
    var bubble;
    if (reply.type === 'text') {
      add('bot', textBubble(reply.text));
    } else if (reply.type === 'article') {
      bubble = document.createElement('div');
      bubble.className = 'bubble card';
      var link = document.createElement('a');
      link.href = reply.url;
      link.textContent = reply.title;
      var snippet = document.createElement('p');
      snippet.innerHTML = safeSnippet(reply.snippet || '');
      bubble.appendChild(link);
      bubble.appendChild(snippet);
      add('bot', bubble);
    } else if (reply.type === 'choices' || reply.type === 'confirm') {
      bubble = textBubble(reply.prompt || reply.summary);
      bubble.appendChild(options(reply.options));
      add('bot', bubble);
    } else if (reply.type === 'case') {
      add('bot', textBubble('Case ' + reply.number + ' (' + reply.status + ')'));
    }
  }

  // Keep only <mark> from the highlighter: everything else is escaped first.
  function safeSnippet(html) {
    var text = document.createElement('div');
    text.textContent = html;
    return text.innerHTML.replace(/&lt;mark&gt;/g, '<mark>').replace(/&lt;\/mark&gt;/g, '</mark>');
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) { return; }
    input.value = '';
    send({ text: text }, text);
  });

  connect();
}());
