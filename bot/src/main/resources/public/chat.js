// ExamDesk web chat: a WebSocket to /chat/ws that reconnects by itself and carries the conversation on. Every
// message is numbered (seq); the server echoes the number with its answer, so answers are matched to messages,
// duplicates are dropped, and messages still unanswered when the connection drops are sent again, in order. Each
// message also has an id unique to this page (messageId), kept when it is sent again, so the server runs its turn
// once and answers a second copy with the first one's replies.
(function () {
  'use strict';
  var MAX = 4000;
  var TOKEN = 'examdesk.token';
  var CONVERSATION = 'examdesk.conversation';
  var STUDENT_ADMIN_ROLES = ['EXAMS_OFFICER', 'EXAMS_MANAGER', 'EXAMS_ASSISTANT'];
  var R = window.ExamDeskRender;
  var $ = function (id) { return document.getElementById(id); };
  var log = $('log'), input = $('message'), typing = $('typing'), status = $('status'), counter = $('counter');

  var socket = null, started = false, retry = 0, greeted = false;
  var nextSeq = 1, lastAnswered = 0, unanswered = [], focusButtons = false;
  var pageId = randomId();

  function token() { return R.store.get(TOKEN); }

  // 16 random hex digits; crypto.getRandomValues works on plain http too, unlike crypto.randomUUID.
  function randomId() {
    var bytes = new Uint8Array(8);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join('');
  }

  function connect() {
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    var ws = new WebSocket(scheme + location.host + '/chat/ws');
    socket = ws;
    ws.onopen = function () { retry = 0; start(); };
    ws.onmessage = function (event) { if (ws === socket) { receive(JSON.parse(event.data)); } };
    ws.onclose = function () {
      if (ws !== socket) { return; }
      started = false;
      status.textContent = 'Connection lost. Reconnecting…';
      retry = Math.min(retry + 1, 6);
      setTimeout(connect, 300 * Math.pow(2, retry - 1));
    };
  }

  function reconnect() {
    var old = socket;
    socket = null;
    started = false;
    if (old) { old.close(); }
    connect();
  }

  function start() {
    socket.send(JSON.stringify({ type: 'start', token: token(), conversationId: R.store.get(CONVERSATION) }));
  }

  function receive(message) {
    if (message.type === 'started') {
      started = true;
      status.textContent = '';
      R.store.set(CONVERSATION, message.id);
      showWho(message.user);
      greet(message.user);
      unanswered.forEach(function (pending) { socket.send(pending.data); });
      return;
    }
    if (message.type === 'error' && message.seq == null && message.code === 'unauthorized') {
      R.store.remove(TOKEN);
      R.store.remove(CONVERSATION);
      add('bot', R.el('div', 'bubble', message.message));
      start();
      return;
    }
    if (message.seq != null && message.seq <= lastAnswered) { return; } // already shown before a reconnect
    if (message.type === 'typing') {
      typing.hidden = false;
    } else if (message.type === 'replies' || message.type === 'error') {
      answered(message.seq);
      if (message.type === 'replies') {
        showReplies(message.replies);
      } else {
        add('bot', R.el('div', 'bubble error', message.message));
      }
    }
  }

  function answered(seq) {
    if (seq != null) {
      lastAnswered = seq;
      unanswered = unanswered.filter(function (pending) { return pending.seq > seq; });
    }
    typing.hidden = unanswered.length === 0;
  }

  function showReplies(replies) {
    var firstButton = null;
    replies.forEach(function (reply) {
      if (reply.type === 'signin') { // the student passed the identity check in the chat: keep their session
        R.store.set(TOKEN, reply.token);
        showWho({ name: reply.name, kind: reply.kind });
        return;
      }
      if (reply.type === 'case' && token()) { // a case is looked at: a file may be added to it
        $('attach-label').textContent = 'Add a file to case ' + reply.number + ' (at most 10 MB; the extension in lower case)';
        $('attach-form').hidden = false;
      }
      var item = add('bot', R.render(reply, pressed, sentForm));
      firstButton = firstButton || item.querySelector('.options button, .chat-form input, .chat-form textarea');
    });
    if (focusButtons && firstButton) { firstButton.focus(); } else if (focusButtons) { input.focus(); }
    focusButtons = false;
  }

  function pressed(option) {
    focusButtons = true;
    send({ action: option.value }, option.label);
  }

  function sentForm(submit, values, said) {
    focusButtons = true;
    var shown = said || Object.keys(values).map(function (name) { return values[name]; }).filter(Boolean)[0] || submit.label;
    send({ action: submit.value, values: values }, shown);
  }

  function send(payload, shown) {
    if (shown) { add('user', R.el('div', 'bubble', shown)); }
    var seq = nextSeq++;
    var data = JSON.stringify(Object.assign({ type: 'message', seq: seq, messageId: pageId + ':' + seq }, payload));
    unanswered.push({ seq: seq, data: data });
    typing.hidden = false;
    if (started && socket.readyState === WebSocket.OPEN) { socket.send(data); }
  }

  function add(who, node) {
    var item = document.createElement('li');
    item.className = who;
    if (who === 'user') { item.appendChild(R.el('span', 'visually-hidden', 'You said: ')); }
    item.appendChild(node);
    log.appendChild(item);
    item.scrollIntoView({ block: 'end' });
    return item;
  }

  function greet(user) {
    if (greeted || log.children.length) { greeted = true; return; }
    greeted = true;
    add('bot', R.el('div', 'bubble', 'Hello' + (user ? ' ' + user.name : '') + '. Ask me a question, or say "help" to see '
      + 'what I can do. Exams staff can sign in to fix student accounts; students can check their own account.'));
  }

  function showWho(user) {
    $('who').textContent = user ? 'Signed in as ' + user.name + (user.centre ? ', ' + user.centre : '') : '';
    $('account-toggle').hidden = !!user;
    $('signout').hidden = !user;
    // only exams officers, managers and assistants administer students; others do not see the option
    var administers = !!(user && user.kind === 'STAFF' && (user.roles || []).some(function (role) {
      return STUDENT_ADMIN_ROLES.indexOf(role) >= 0;
    }));
    $('upload').hidden = !administers;
    $('codes').hidden = !administers;
    if (user) { toggleAccount(false); }
  }

  function toggleAccount(open) {
    $('account').hidden = !open;
    $('account-toggle').setAttribute('aria-expanded', String(open));
    if (open) { $('staff-username').focus(); }
  }

  function signedIn(newToken, greeting) {
    R.store.set(TOKEN, newToken);
    R.store.remove(CONVERSATION); // a conversation belongs to who started it
    greeted = true;
    add('bot', R.el('div', 'bubble', greeting));
    reconnect();
    input.focus();
  }

  function postJson(url, body, headers) {
    return fetch(url, { method: 'POST', headers: Object.assign({ 'Content-Type': 'application/json' }, headers || {}),
      body: JSON.stringify(body) }).then(function (response) {
      return response.text().then(function (text) {
        var json = text ? JSON.parse(text) : {};
        if (!response.ok) { throw new Error(json.message || 'That did not work. Please try again.'); }
        return json;
      });
    });
  }

  function onStaffSignIn(event) {
    event.preventDefault();
    var username = $('staff-username').value.trim(), password = $('staff-password').value, error = $('staff-error');
    if (!username || !password) { error.textContent = 'Enter your username and your password.'; return; }
    error.textContent = '';
    postJson('/api/v1/sessions', { username: username, password: password }).then(function (session) {
      $('staff-password').value = '';
      signedIn(session.token, 'You are signed in as ' + session.user.name + '. What can I help with?');
    }).catch(function (e) { error.textContent = e.message; });
  }

  // The identity check runs in the chat (the bot asks email, date of birth and UCI, then signs the student in).
  function onStudentStart() {
    toggleAccount(false);
    send({ action: 'my_account' }, 'Check my own account');
    input.focus();
  }

  function onSignOut() {
    var old = token();
    R.store.remove(TOKEN);
    R.store.remove(CONVERSATION);
    if (old) { fetch('/api/v1/sessions/current', { method: 'DELETE', headers: { Authorization: 'Bearer ' + old } }); }
    add('bot', R.el('div', 'bubble', 'You are signed out.'));
    showWho(null);
    reconnect();
    $('account-toggle').focus();
  }

  function onUpload(event) {
    event.preventDefault();
    var file = $('upload-file').files[0], error = $('upload-error');
    if (!file) { error.textContent = 'Choose a CSV or Excel file first.'; return; }
    if (!/\.(csv|xlsx)$/i.test(file.name)) { error.textContent = 'Only .csv and .xlsx files can be imported.'; return; }
    if (!$('upload-consent').checked) { error.textContent = 'Tick the box to confirm the students consented.'; return; }
    error.textContent = '';
    var form = new FormData();
    form.append('file', file);
    form.append('consent', 'true');
    sendFile(form, 'Uploaded ' + file.name, 'upload-form', 'The upload failed. Please try again.');
  }

  // Sends a file to the conversation (the bot hands it on through the admin API as the signed-in person), shows it
  // as the person's message and the bot's answer; the form is cleared once the file is taken.
  function sendFile(form, said, formId, failure) {
    add('user', R.el('div', 'bubble', said));
    typing.hidden = false;
    fetch('/bot/v1/conversations/' + encodeURIComponent(R.store.get(CONVERSATION)) + '/files',
      { method: 'POST', headers: { Authorization: 'Bearer ' + token() }, body: form })
      .then(function (response) { return response.json().then(function (json) { return { ok: response.ok, json: json }; }); })
      .then(function (answer) {
        typing.hidden = unanswered.length === 0;
        if (!answer.ok) { add('bot', R.el('div', 'bubble error', answer.json.message)); return; }
        showReplies(answer.json.replies);
        $(formId).reset();
      })
      .catch(function () { typing.hidden = true; add('bot', R.el('div', 'bubble error', failure)); });
  }

  // A file for the case being looked at: the bot attaches it through the admin API, as the signed-in person.
  function onAttach(event) {
    event.preventDefault();
    var file = $('attach-file').files[0], error = $('attach-error');
    if (!file) { error.textContent = 'Choose a file first.'; return; }
    error.textContent = '';
    var form = new FormData();
    form.append('file', file);
    sendFile(form, 'Sent ' + file.name, 'attach-form', 'The file could not be sent. Please try again.');
  }

  // The codes go straight from the admin API to a file on this computer: never into the conversation.
  function onExportCodes(event) {
    event.preventDefault();
    var series = $('codes-series').value.trim().toLowerCase(), error = $('codes-error');
    if (!/^[a-z0-9][a-z0-9-]{0,39}$/.test(series)) { error.textContent = 'Give the series, for example june-2026.'; return; }
    if (!$('codes-responsibility').checked) { error.textContent = 'Tick the box to accept responsibility for the codes.'; return; }
    error.textContent = '';
    fetch('/api/v1/series/' + encodeURIComponent(series) + '/verification-codes', {
      method: 'POST',
      headers: { Authorization: 'Bearer ' + token(), 'Content-Type': 'application/json' },
      body: JSON.stringify({ responsibilityAccepted: true, reissue: $('codes-reissue').checked })
    }).then(function (response) {
      if (!response.ok) { return response.json().then(function (json) { error.textContent = json.message; }); }
      return response.blob().then(function (blob) {
        var link = R.el('a');
        link.href = URL.createObjectURL(blob);
        link.download = 'verification-codes-' + series + '.csv';
        document.body.appendChild(link);
        link.click();
        setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
        add('bot', R.el('div', 'bubble', 'The verification codes for ' + series + ' were downloaded as '
          + link.download + '. Keep the file safe: ExamDesk keeps no copy, so it cannot be fetched again.'));
        $('codes-form').reset();
      });
    }).catch(function () { error.textContent = 'The export failed. Please try again.'; });
  }

  function onCompose(event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) { return; }
    if (text.length > MAX) {
      add('bot', R.el('div', 'bubble error', 'Sorry, that message is ' + text.length.toLocaleString('en-GB')
        + ' characters long and I can read at most ' + MAX.toLocaleString('en-GB')
        + '. Could you say it more briefly? Your text is still in the box.'));
      return;
    }
    input.value = '';
    resize();
    send({ text: text }, text);
  }

  function resize() {
    input.style.height = 'auto';
    input.style.height = Math.min(input.scrollHeight, 160) + 'px';
    var over = input.value.length - MAX;
    counter.textContent = over > 0 ? over + ' characters over the limit of ' + MAX : '';
  }

  $('composer').addEventListener('submit', onCompose);
  input.addEventListener('input', resize);
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey) { event.preventDefault(); $('composer').requestSubmit(); }
  });
  $('account-toggle').addEventListener('click', function () { toggleAccount($('account').hidden); });
  $('staff-form').addEventListener('submit', onStaffSignIn);
  $('student-start').addEventListener('click', onStudentStart);
  $('signout').addEventListener('click', onSignOut);
  $('upload-form').addEventListener('submit', onUpload);
  $('attach-form').addEventListener('submit', onAttach);
  $('codes-form').addEventListener('submit', onExportCodes);
  var embedded = new URLSearchParams(location.search).has('embed');
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') { return; }
    if (!$('account').hidden) { toggleAccount(false); $('account-toggle').focus(); }
    else if (embedded && window.parent !== window) { window.parent.postMessage({ examdesk: 'close' }, '*'); }
  });
  // For tests and the widget: drop the connection as a network failure would (the page then reconnects).
  window.ExamDeskChat = { dropConnection: function () { if (socket) { socket.close(); } } };
  if (embedded) { document.body.classList.add('embedded'); }
  if (location.hash === '#sign-in' && !token()) { toggleAccount(true); } // the account pages' "Sign in" links
  connect();
}());
