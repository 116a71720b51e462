// What the student results-account pages share: calling the admin API, the error summary and field errors, the
// password rules as they are met, and notices. Every sentence from the API is shown as text, never as HTML.
(function () {
  'use strict';
  var RULES = [
    { id: 'length', test: function (p) { return p.length >= 8; } },
    { id: 'upper', test: function (p) { return /\p{Lu}/u.test(p); } },
    { id: 'digit', test: function (p) { return /\p{Nd}/u.test(p); } }
  ];

  // The answer of a JSON call: { ok, status, json } (json holds the error shape when !ok); a lost connection is a 0.
  function call(method, url, body, token) {
    var headers = { Accept: 'application/json' };
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    if (token) { headers.Authorization = 'Bearer ' + token; }
    return fetch(url, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (response) {
        return response.text().then(function (text) {
          var json = {};
          try { json = text ? JSON.parse(text) : {}; } catch (e) { json = {}; }
          return { ok: response.ok, status: response.status, json: json };
        });
      }, function () {
        return { ok: false, status: 0, json: { message: 'ExamDesk cannot be reached. Check your connection and try again.' } };
      });
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function clearErrors(form) {
    var summary = document.getElementById('error-summary');
    summary.hidden = true;
    document.getElementById('error-list').textContent = '';
    form.querySelectorAll('[aria-invalid]').forEach(function (input) { input.removeAttribute('aria-invalid'); });
    form.querySelectorAll('.field-error').forEach(function (p) { p.textContent = ''; });
  }

  // Shows problems ({ field, message }) in the summary, each linked to its field, beside the fields, and focuses
  // the summary so a screen reader reads it at once.
  function showErrors(form, problems) {
    clearErrors(form);
    var list = document.getElementById('error-list');
    problems.forEach(function (problem) {
      var input = problem.field ? document.getElementById(problem.field) : null;
      var item = el('li');
      if (input && !input.closest('[hidden]')) {
        var link = el('a', null, problem.message);
        link.href = '#' + input.id;
        link.addEventListener('click', function (event) { event.preventDefault(); input.focus(); });
        item.appendChild(link);
        input.setAttribute('aria-invalid', 'true');
        var beside = document.getElementById(input.id + '-error');
        if (beside) { beside.textContent = problem.message; }
      } else {
        item.textContent = problem.message;
      }
      list.appendChild(item);
    });
    var summary = document.getElementById('error-summary');
    summary.hidden = false;
    summary.focus();
  }

  // The API's refusal as a problem on the field it names (through fields: API detail -> input id).
  function refusal(answer, fields) {
    var details = (answer.json && answer.json.details) || [];
    var field = null;
    details.some(function (d) { if (fields[d]) { field = fields[d]; return true; } return false; });
    return { field: field, message: (answer.json && answer.json.message) || 'Something went wrong. Please try again.' };
  }

  // Fills the notice with sentences (text only), marks it success or problem, and moves the focus to it.
  function notice(kind, sentences, link) {
    var box = document.getElementById('notice');
    box.textContent = '';
    box.className = 'notice ' + kind;
    sentences.forEach(function (s) { box.appendChild(el('p', null, s)); });
    if (link) {
      var p = el('p');
      var a = el('a', null, link.text);
      a.href = link.href;
      p.appendChild(a);
      box.appendChild(p);
    }
    box.hidden = false;
    box.focus();
  }

  // Ticks each password rule as it is met, and says how many are met (politely) when that number changes.
  function watchRules(input) {
    var list = document.getElementById(input.id + '-rules');
    var status = document.getElementById(input.id + '-rules-status');
    var lastMet = -1;
    function update() {
      var met = 0;
      RULES.forEach(function (rule) {
        var item = list.querySelector('[data-rule="' + rule.id + '"]');
        var ok = rule.test(input.value);
        item.classList.toggle('met', ok);
        item.querySelector('.visually-hidden').textContent = ok ? ' (done)' : ' (not yet)';
        if (ok) { met += 1; }
      });
      if (met !== lastMet && input.value !== '') {
        status.textContent = met === RULES.length ? 'The password meets every rule.'
          : 'The password meets ' + met + ' of ' + RULES.length + ' rules.';
      }
      lastMet = met;
    }
    input.addEventListener('input', update);
    update();
  }

  function meetsRules(password) {
    return RULES.every(function (rule) { return rule.test(password); });
  }

  // A value from the address (?name=), then the address without it, so a code or token stays out of the history.
  function takeParam(name) {
    var params = new URLSearchParams(window.location.search);
    var value = params.get(name);
    if (value !== null && window.history.replaceState) {
      params.delete(name);
      var rest = params.toString();
      window.history.replaceState(null, '', window.location.pathname + (rest ? '?' + rest : ''));
    }
    return value;
  }

  function busy(button, on) {
    button.disabled = on;
    button.setAttribute('aria-busy', on ? 'true' : 'false');
  }

  window.ExamDeskStudent = {
    call: call, el: el, clearErrors: clearErrors, showErrors: showErrors, refusal: refusal, notice: notice,
    watchRules: watchRules, meetsRules: meetsRules, takeParam: takeParam, busy: busy
  };
}());
