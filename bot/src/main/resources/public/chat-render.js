// ExamDesk web chat: turns one reply from the server into DOM nodes. Everything the server or the user wrote is
// set as text (textContent), never as HTML; the one exception is an article snippet, whose only markup is the
// highlighter's <mark>, re-created here from escaped text.
(function () {
  'use strict';

  // sessionStorage (this tab only), or memory where a browser refuses storage (e.g. a chat framed by another site).
  var memory = {};
  var store = {
    get: function (key) { try { return sessionStorage.getItem(key); } catch (e) { return memory[key] || null; } },
    set: function (key, value) { try { sessionStorage.setItem(key, value); } catch (e) { memory[key] = value; } },
    remove: function (key) { try { sessionStorage.removeItem(key); } catch (e) { delete memory[key]; } }
  };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  // A snippet is escaped HTML whose only markup is the highlighter's <mark>. Parse it in an inert document (no
  // script runs, nothing loads) and keep text and <mark> only: any other element is reduced to its text.
  function safeSnippet(html) {
    var parsed = new DOMParser().parseFromString('<!doctype html><body>' + (html || ''), 'text/html').body;
    var out = document.createDocumentFragment();
    Array.prototype.forEach.call(parsed.childNodes, function (node) {
      if (node.nodeType === 1 && node.tagName === 'MARK') {
        out.appendChild(el('mark', null, node.textContent));
      } else {
        out.appendChild(document.createTextNode(node.textContent));
      }
    });
    return out;
  }

  function buttons(options, label, onOption) {
    var box = el('div', 'options');
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', label);
    (options || []).forEach(function (option) {
      var button = el('button', null, option.label);
      button.type = 'button';
      button.addEventListener('click', function () {
        Array.prototype.forEach.call(box.querySelectorAll('button'), function (b) { b.disabled = true; });
        button.classList.add('chosen');
        onOption(option);
      });
      box.appendChild(button);
    });
    return box;
  }

  var forms = 0;

  // A form: labelled fields, checked by the browser (required, length, email), sent at once with its button. After
  // sending it is locked, like pressed buttons; the bot answers with a new form if something needs changing.
  function form(reply, onForm) {
    var box = el('div', 'bubble');
    var id = 'form' + (++forms);
    // The contact details a browser may fill in for the person (WCAG 1.3.5, identify input purpose).
    var AUTOCOMPLETE = { contactName: 'name', contactEmail: 'email', contactPhone: 'tel', contactCountry: 'country-name',
      contactInstitution: 'organization' };
    var formNode = el('form', 'chat-form');
    formNode.setAttribute('aria-labelledby', id + '-prompt');
    formNode.noValidate = false;
    var prompt = el('p', 'form-prompt', reply.prompt);
    prompt.id = id + '-prompt';
    box.appendChild(prompt);
    (reply.fields || []).forEach(function (field) {
      var input = el(field.kind === 'textarea' ? 'textarea' : 'input');
      if (field.kind !== 'textarea') { input.type = field.kind === 'email' || field.kind === 'tel' ? field.kind : 'text'; }
      var autocomplete = AUTOCOMPLETE[field.name];
      if (autocomplete) { input.setAttribute('autocomplete', autocomplete); }
      if (field.kind === 'textarea') { input.rows = 4; }
      input.id = id + '-' + field.name;
      input.name = field.name;
      input.required = !!field.required;
      if (field.maxLength) { input.maxLength = field.maxLength; }
      if (field.value) { input.value = field.value; }
      var label = el('label', null, field.label);
      label.htmlFor = input.id;
      var row = el('div', 'form-field');
      row.appendChild(label);
      row.appendChild(input);
      formNode.appendChild(row);
    });
    var submit = el('button', null, reply.submit.label);
    submit.type = 'submit';
    formNode.appendChild(submit);
    formNode.addEventListener('submit', function (event) {
      event.preventDefault();
      if (!formNode.reportValidity()) { return; }
      var values = {};
      (reply.fields || []).forEach(function (field) { values[field.name] = formNode.elements[field.name].value; });
      Array.prototype.forEach.call(formNode.elements, function (e) { e.disabled = true; });
      onForm(reply.submit, values);
    });
    box.appendChild(formNode);
    return box;
  }

  // A list to tick: a fieldset of checkboxes named by its legend, sent with its button as one field holding the
  // ticked values, one a line (none ticked is an answer too). Locked after sending, like a form.
  function picks(reply, onForm) {
    var box = el('div', 'bubble');
    var id = 'picks' + (++forms);
    var formNode = el('form', 'chat-form');
    var set = el('fieldset', 'picks');
    set.appendChild(el('legend', 'form-prompt', reply.prompt));
    var ticked = reply.ticked || [];
    (reply.options || []).forEach(function (option, i) {
      var input = el('input');
      input.type = 'checkbox';
      input.id = id + '-' + i;
      input.name = reply.field;
      input.value = option.value;
      input.checked = ticked.indexOf(option.value) >= 0;
      var label = el('label', null, option.label);
      label.htmlFor = input.id;
      var row = el('div', 'pick');
      row.appendChild(input);
      row.appendChild(label);
      set.appendChild(row);
    });
    formNode.appendChild(set);
    var submit = el('button', null, reply.submit.label);
    submit.type = 'submit';
    formNode.appendChild(submit);
    formNode.addEventListener('submit', function (event) {
      event.preventDefault();
      var chosen = [];
      var labels = [];
      (reply.options || []).forEach(function (option, i) {
        if (formNode.querySelector('#' + id + '-' + i).checked) { chosen.push(option.value); labels.push(option.label); }
      });
      var values = {};
      values[reply.field] = chosen.join('\n');
      Array.prototype.forEach.call(formNode.elements, function (e) { e.disabled = true; });
      onForm(reply.submit, values, labels.length ? 'Ticked: ' + labels.join(', ') : 'Ticked: none');
    });
    box.appendChild(formNode);
    return box;
  }

  function article(reply) {
    var card = el('article', 'bubble card');
    card.setAttribute('aria-label', 'Article: ' + reply.title);
    var link = el('a', null, reply.title);
    link.href = '/help/' + encodeURIComponent(reply.id);
    // a new tab, so a half-filled form and the conversation stay where they are
    link.target = '_blank';
    link.rel = 'noopener';
    link.appendChild(el('span', 'visually-hidden', ' (opens in a new tab)'));
    var snippet = el('p', 'snippet');
    snippet.appendChild(safeSnippet(reply.snippet));
    card.appendChild(link);
    card.appendChild(snippet);
    return card;
  }

  function csvCell(value) {
    var text = value === null || value === undefined ? '' : String(value);
    // A leading = + - @ would run as a formula in a spreadsheet: quote it out.
    if (/^[=+\-@]/.test(text)) { text = "'" + text; }
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function save(blob, name) {
    var link = el('a');
    link.href = URL.createObjectURL(blob);
    link.download = name || 'rejected-rows.csv';
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  }

  function tableAsCsv(reply) {
    var lines = [reply.columns].concat(reply.rows).map(function (row) { return row.map(csvCell).join(','); });
    return new Blob([lines.join('\r\n') + '\r\n'], { type: 'text/csv' });
  }

  // The server's file when it offers one (fetched as the signed-in person), else the table as shown.
  function downloadCsv(reply) {
    var token = store.get('examdesk.token');
    if (!reply.downloadUrl || !/^\//.test(reply.downloadUrl) || !token) { save(tableAsCsv(reply)); return; }
    var name = reply.downloadUrl.split('?')[0].split('/').pop();
    fetch(reply.downloadUrl, { headers: { Authorization: 'Bearer ' + token } })
      .then(function (response) { if (!response.ok) { throw new Error(String(response.status)); } return response.blob(); })
      .then(function (blob) { save(blob, name); })
      .catch(function () { save(tableAsCsv(reply)); });
  }

  // A file to download and no rows to show (the import template): one button that fetches it as the signed-in person.
  function fileOnly(reply) {
    var figure = el('figure', 'bubble table-card');
    figure.appendChild(el('figcaption', null, reply.title));
    var download = el('button', 'download', 'Download ' + (reply.title || 'the file') + ' (CSV)');
    download.type = 'button';
    download.addEventListener('click', function () { downloadCsv(reply); });
    figure.appendChild(download);
    return figure;
  }

  // A case's files: each fetched with the signed-in person's session (the admin API checks it is theirs to see).
  function files(reply) {
    var box = el('div', 'bubble files');
    box.appendChild(el('p', 'files-title', reply.title));
    var list = el('ul');
    (reply.files || []).forEach(function (file) {
      var item = el('li');
      var button = el('button', 'download', 'Download ' + file.name + ' (' + file.size + ')');
      button.type = 'button';
      button.addEventListener('click', function () {
        var token = store.get('examdesk.token');
        if (!/^\/api\/v1\//.test(file.url) || !token) { return; }
        fetch(file.url, { headers: { Authorization: 'Bearer ' + token } })
          .then(function (response) { if (!response.ok) { throw new Error(String(response.status)); } return response.blob(); })
          .then(function (blob) {
            var link = el('a');
            link.href = URL.createObjectURL(blob);
            link.download = file.name;
            document.body.appendChild(link);
            link.click();
            setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
          })
          .catch(function () { button.textContent = 'Could not download ' + file.name + '; sign in and try again.'; });
      });
      item.appendChild(button);
      list.appendChild(item);
    });
    box.appendChild(list);
    return box;
  }

  // A file for this person alone (verification codes): its content came with the reply, so it is saved from the page
  // itself, with no second request; it is never kept in the conversation.
  function privateFile(reply) {
    var box = el('div', 'bubble files');
    var button = el('button', 'download', 'Download ' + reply.name);
    button.type = 'button';
    button.addEventListener('click', function () {
      var csv = /csv/.test(reply.contentType || '');
      save(new Blob([(csv ? '\uFEFF' : '') + (reply.content || '')], { type: reply.contentType || 'text/plain' }), reply.name);
    });
    box.appendChild(button);
    return box;
  }

  function table(reply) {
    if (!(reply.columns || []).length && reply.downloadUrl) { return fileOnly(reply); }
    var figure = el('figure', 'bubble table-card');
    var wrap = el('div', 'table-wrap');
    wrap.setAttribute('tabindex', '0');
    wrap.setAttribute('role', 'region');
    wrap.setAttribute('aria-label', reply.title || 'Table');
    var t = el('table');
    t.appendChild(el('caption', null, reply.title));
    var head = el('thead');
    var headRow = el('tr');
    (reply.columns || []).forEach(function (column) {
      var th = el('th', null, column);
      th.scope = 'col';
      headRow.appendChild(th);
    });
    head.appendChild(headRow);
    t.appendChild(head);
    var body = el('tbody');
    (reply.rows || []).forEach(function (row) {
      var tr = el('tr');
      row.forEach(function (cell) { tr.appendChild(el('td', null, cell)); });
      body.appendChild(tr);
    });
    t.appendChild(body);
    wrap.appendChild(t);
    figure.appendChild(wrap);
    if ((reply.rows || []).length) {
      var download = el('button', 'download', 'Download these rows (CSV)');
      download.type = 'button';
      download.addEventListener('click', function () { downloadCsv(reply); });
      figure.appendChild(download);
    }
    return figure;
  }

  /** The DOM node for one reply; {@code onOption(option)} is called when one of its buttons is pressed. */
  function render(reply, onOption, onForm) {
    switch (reply.type) {
      case 'form':
        return form(reply, onForm);
      case 'picks':
        return picks(reply, onForm);
      case 'text':
        return el('div', 'bubble', reply.text);
      case 'article':
        return article(reply);
      case 'choices': {
        var choice = el('div', 'bubble', reply.prompt);
        choice.appendChild(buttons(reply.options, reply.prompt || 'Choices', onOption));
        return choice;
      }
      case 'confirm': {
        var confirm = el('div', 'bubble confirm');
        confirm.appendChild(el('p', 'confirm-title', 'Please confirm'));
        confirm.appendChild(el('p', 'confirm-summary', reply.summary));
        confirm.appendChild(buttons(reply.options, 'Confirm: ' + reply.summary, onOption));
        return confirm;
      }
      case 'case':
        return el('div', 'bubble case', 'Case ' + reply.number + ' (' + reply.status + ')');
      case 'table':
        return table(reply);
      case 'files':
        return files(reply);
      case 'file':
        return privateFile(reply);
      default:
        return el('div', 'bubble', reply.text || '');
    }
  }

  window.ExamDeskRender = { render: render, el: el, safeSnippet: safeSnippet, store: store };
}());
