// The help centre: one search box with typeahead (a WAI-ARIA combobox), filters, highlighted results, and the
// most viewed articles when nothing is typed. Only the highlighter's <mark> is kept from snippets.
(function () {
  'use strict';
  var H = window.ExamDeskHelp, R = window.ExamDeskRender;
  var $ = function (id) { return document.getElementById(id); };
  var box = $('q'), list = $('suggestions'), results = $('results');
  var FILTERS = ['role', 'qualification', 'subject', 'topic'];
  var active = -1, typed = 0, searched = 0;

  function params(extra) {
    var p = new URLSearchParams(extra || {});
    FILTERS.forEach(function (name) { var v = $('f-' + name).value; if (v) { p.set(name, v); } });
    return p;
  }

  // ---- typeahead ----
  function closeList() {
    list.hidden = true;
    list.textContent = '';
    box.setAttribute('aria-expanded', 'false');
    box.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function suggest() {
    var text = box.value.trim();
    var mine = ++typed;
    if (text.length < 2) { closeList(); return; }
    H.getJson('/api/v1/articles/suggest?' + new URLSearchParams({ q: text, limit: '6' })).then(function (answer) {
      if (mine !== typed) { return; } // a later keystroke has its own answer coming
      list.textContent = '';
      answer.suggestions.forEach(function (s, i) {
        var option = R.el('li', 'suggestion');
        option.id = 'suggestion-' + i;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.dataset.id = s.id;
        option.appendChild(R.el('span', 'suggestion-title', s.title));
        option.appendChild(R.el('span', 'suggestion-meta', 'Updated ' + H.date(s.updated) + ' · ' + H.views(s.views)));
        option.addEventListener('mousedown', function (event) { event.preventDefault(); open(s.id); });
        list.appendChild(option);
      });
      var any = answer.suggestions.length > 0;
      list.hidden = !any;
      box.setAttribute('aria-expanded', String(any));
      active = -1;
    }).catch(closeList);
  }

  function move(step) {
    var options = list.querySelectorAll('[role=option]');
    if (!options.length) { return; }
    if (active >= 0) { options[active].setAttribute('aria-selected', 'false'); }
    active = (active + step + options.length) % options.length;
    options[active].setAttribute('aria-selected', 'true');
    box.setAttribute('aria-activedescendant', options[active].id);
    options[active].scrollIntoView({ block: 'nearest' });
  }

  function open(id) { location.href = '/help/' + encodeURIComponent(id); }

  box.addEventListener('input', suggest);
  box.addEventListener('blur', function () { setTimeout(closeList, 100); });
  box.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown') { event.preventDefault(); if (list.hidden) { suggest(); } else { move(1); } }
    else if (event.key === 'ArrowUp') { event.preventDefault(); move(-1); }
    else if (event.key === 'Escape') { closeList(); }
    else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      open(list.querySelectorAll('[role=option]')[active].dataset.id);
    }
  });

  // ---- results ----
  function showHits(title, hits, emptyText) {
    $('results-title').textContent = title;
    results.textContent = '';
    hits.forEach(function (hit) {
      var item = R.el('li', 'result');
      var heading = R.el('h3');
      var link = R.el('a', null, hit.title);
      link.href = '/help/' + encodeURIComponent(hit.id);
      heading.appendChild(link);
      var snippet = R.el('p', 'snippet');
      snippet.appendChild(R.safeSnippet(hit.snippet || hit.summary));
      item.appendChild(heading);
      item.appendChild(snippet);
      item.appendChild(R.el('p', 'meta', 'Updated ' + H.date(hit.updated) + ' · ' + H.views(hit.views)));
      results.appendChild(item);
    });
    $('results-status').textContent = hits.length ? hits.length + (hits.length === 1 ? ' article' : ' articles') : emptyText;
  }

  function run(event) {
    if (event) { event.preventDefault(); }
    closeList();
    typed++;
    var text = box.value.trim();
    var query = text ? params({ q: text, limit: '20' }) : params({ sort: 'views', limit: '20' });
    history.replaceState(null, '', text || query.toString() ? '/help?' + params(text ? { q: text } : {}) : '/help');
    var url = text ? '/api/v1/articles/search?' + query : '/api/v1/articles?' + query;
    var mine = ++searched;
    $('results-status').textContent = 'Searching…';
    H.getJson(url).then(function (answer) {
      if (mine !== searched) { return; } // a newer search (another filter) is on its way
      if (text) {
        showHits('Results for “' + text + '”', answer.hits,
          'No articles match. Try other words, fewer filters, or ask the assistant.');
      } else {
        showHits('Most viewed articles', answer.articles, 'No articles in this topic yet.');
      }
    }).catch(function (error) { $('results-status').textContent = error.message; });
  }

  function fillFilters(values) {
    var sources = { role: values.roles, qualification: values.qualifications, subject: values.subjects, topic: values.topics };
    var wanted = new URLSearchParams(location.search);
    FILTERS.forEach(function (name) {
      var select = $('f-' + name);
      sources[name].forEach(function (value) {
        var option = R.el('option', null, H.label(value));
        option.value = value;
        select.appendChild(option);
      });
      if (wanted.get(name)) { select.value = wanted.get(name); }
      select.addEventListener('change', function () { run(); });
    });
  }

  $('search').addEventListener('submit', run);
  box.value = new URLSearchParams(location.search).get('q') || '';
  H.getJson('/api/v1/articles/filters').then(fillFilters).catch(function () { /* filters are optional */ }).then(function () { run(); });
}());
