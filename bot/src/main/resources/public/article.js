// One help-centre article: loads /api/v1/articles/{id}, records a view, and asks "Was this article helpful?".
(function () {
  'use strict';
  var H = window.ExamDeskHelp, R = window.ExamDeskRender;
  var $ = function (id) { return document.getElementById(id); };
  var id = decodeURIComponent(location.pathname.replace(/^\/help\//, '').replace(/\/$/, ''));
  var api = '/api/v1/articles/' + encodeURIComponent(id);
  var choice = null;

  function show(article) {
    document.title = article.title + ': ExamDesk help centre';
    $('title').textContent = article.title;
    $('meta').textContent = 'Updated ' + H.date(article.updated) + ' · ' + H.views(article.views);
    $('roles').textContent = article.roles.map(H.label).join(', ');
    $('topics').textContent = article.topics.map(H.label).join(', ');
    $('summary').textContent = article.summary;
    // The body HTML is rendered on the server from our own Markdown articles, with any raw HTML escaped.
    $('body').innerHTML = article.html;
    scrollableTables($('body'));
    $('loading').hidden = true;
    $('article').hidden = false;
    $('feedback').hidden = false;
  }

  // A wide table scrolls sideways on a phone; a scrolling region must be reachable by keyboard and named.
  function scrollableTables(body) {
    Array.prototype.forEach.call(body.querySelectorAll('table'), function (table, i) {
      var wrap = R.el('div', 'table-wrap');
      wrap.setAttribute('role', 'region');
      wrap.setAttribute('tabindex', '0');
      wrap.setAttribute('aria-label', 'Table ' + (i + 1) + ' (scrolls sideways)');
      table.before(wrap);
      wrap.appendChild(table);
    });
  }

  function missing(error) {
    var status = $('loading');
    status.textContent = '';
    var heading = R.el('h1', null, error.status === 404 ? 'There is no such article' : 'The article could not be loaded');
    var back = R.el('a', null, 'Search the help centre');
    back.href = '/help';
    var text = R.el('p', null, error.status === 404 ? 'It may have moved. ' : error.message + ' ');
    text.appendChild(back);
    status.before(heading, text);
    document.title = heading.textContent + ': ExamDesk help centre';
  }

  function choose(helpful) {
    choice = helpful;
    $('helpful-yes').setAttribute('aria-pressed', String(helpful));
    $('helpful-no').setAttribute('aria-pressed', String(!helpful));
    $('feedback-form').hidden = false;
    $('feedback-status').textContent = '';
    $('feedback-comment').focus();
  }

  function send(event) {
    event.preventDefault();
    if (choice === null) { return; }
    var comment = $('feedback-comment').value.trim();
    H.getJson(api + '/feedback', {
      method: 'POST',
      headers: Object.assign({ 'Content-Type': 'application/json' }, H.authHeaders()),
      body: JSON.stringify({ helpful: choice, comment: comment || null })
    }).then(function () {
      $('feedback-form').hidden = true;
      $('feedback-status').textContent = 'Thank you for your feedback.';
      $('feedback-status').focus();
    }).catch(function (error) { $('feedback-status').textContent = error.message; });
  }

  $('helpful-yes').addEventListener('click', function () { choose(true); });
  $('helpful-no').addEventListener('click', function () { choose(false); });
  $('feedback-form').addEventListener('submit', send);
  $('feedback-status').setAttribute('tabindex', '-1');

  H.getJson(api).then(function (article) {
    show(article);
    H.getJson(api + '/views', { method: 'POST' }).catch(function () { /* a view not counted is no reader's problem */ });
  }, missing);
}());
