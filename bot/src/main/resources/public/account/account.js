// What the account pages share: sending a form to the API, the error summary with the API's own sentence, the
// outcome panel, the token of an emailed link, and the password rules shown as they are met.
(function () {
  'use strict';
  var H = window.ExamDeskHelp;

  function $(id) { return document.getElementById(id); }

  function post(url, body) {
    return H.getJson(url, { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body) });
  }

  function labelOf(input) {
    var label = document.querySelector('label[for="' + input.id + '"]');
    return label ? label.textContent.trim() : input.name;
  }

  function clearErrors(form) {
    $('error-summary').hidden = true;
    $('error-list').textContent = '';
    form.querySelectorAll('[aria-invalid]').forEach(function (el) { el.removeAttribute('aria-invalid'); });
  }

  // The API's sentence, as text, then a link to each field it names (fields: API name -> input id); focus moves
  // to the summary so it is read out at once.
  function showError(error, fields) {
    var list = $('error-list');
    list.textContent = '';
    var sentence = document.createElement('li');
    sentence.className = 'problem';
    sentence.textContent = error.message;
    list.appendChild(sentence);
    (error.details || []).forEach(function (name) {
      var input = fields && fields[name] ? $(fields[name]) : null;
      if (!input) { return; }
      input.setAttribute('aria-invalid', 'true');
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = '#' + input.id;
      link.textContent = 'Check: ' + labelOf(input);
      link.addEventListener('click', function (event) { event.preventDefault(); input.focus(); });
      item.appendChild(link);
      list.appendChild(item);
    });
    $('error-summary').hidden = false;
    $('error-summary').focus();
  }

  // Replaces what the page showed with an outcome: a heading, sentences and links, all set as text.
  function showOutcome(options) {
    var box = $('outcome');
    box.textContent = '';
    box.className = 'outcome' + (options.refused ? ' refused' : '');
    var title = document.createElement('h2');
    title.id = 'outcome-title';
    title.tabIndex = -1;
    title.textContent = options.title;
    box.appendChild(title);
    (options.sentences || []).forEach(function (text) {
      var p = document.createElement('p');
      p.textContent = text;
      box.appendChild(p);
    });
    if (options.links && options.links.length) {
      var links = document.createElement('ul');
      links.className = 'links';
      options.links.forEach(function (l) {
        var item = document.createElement('li');
        var a = document.createElement('a');
        a.href = l.href;
        a.textContent = l.text;
        item.appendChild(a);
        links.appendChild(item);
      });
      box.appendChild(links);
    }
    box.hidden = false;
    title.focus();
  }

  // The token of an emailed link, taken out of the address bar so it stays out of the history.
  function linkToken() {
    var token = new URLSearchParams(location.search).get('token');
    if (token) { history.replaceState(null, '', location.pathname); }
    return token ? token.trim() : '';
  }

  // Sends a form: busy while waiting, the API's sentence on a refusal.
  function submit(form, status, send, fields) {
    var button = form.querySelector('button[type="submit"]');
    clearErrors(form);
    button.disabled = true;
    status.textContent = 'Sending…';
    return send().then(function (answer) {
      status.textContent = '';
      button.disabled = false;
      return answer;
    }, function (error) {
      status.textContent = '';
      button.disabled = false;
      showError(error, fields);
      throw error;
    });
  }

  // The rules of domain section 4, checked as they are typed (as the server does: any upper-case letter or digit).
  var RULES = [
    { id: 'length', test: function (p) { return p.length >= 8; } },
    { id: 'upper', test: function (p) { return /\p{Lu}/u.test(p); } },
    { id: 'digit', test: function (p) { return /\p{Nd}/u.test(p); } }
  ];

  function watchPassword(input, list, live) {
    var lastCount = -1;
    function update() {
      var met = 0;
      RULES.forEach(function (rule) {
        var item = list.querySelector('[data-rule="' + rule.id + '"]');
        var ok = rule.test(input.value);
        if (ok) { met++; }
        item.classList.toggle('met', ok);
        item.querySelector('.state').textContent = ok ? 'Done: ' : 'Still needed: ';
      });
      if (met !== lastCount && input.value) {
        live.textContent = met === RULES.length ? 'The password meets every rule.'
          : 'Password rules met: ' + met + ' of ' + RULES.length + '.';
      }
      lastCount = met;
    }
    input.addEventListener('input', update);
    update();
  }

  // "Show password": the field's text shown or hidden; the button's state in aria-pressed.
  function showToggle(button, input) {
    button.addEventListener('click', function () {
      var show = input.type === 'password';
      input.type = show ? 'text' : 'password';
      button.setAttribute('aria-pressed', String(show));
    });
  }

  window.ExamDeskAccount = { $: $, post: post, showError: showError, showOutcome: showOutcome, linkToken: linkToken,
    submit: submit, watchPassword: watchPassword, showToggle: showToggle };
}());
