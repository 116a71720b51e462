// What the help centre's pages share: JSON reads, dates and views in words, filter values as words.
(function () {
  'use strict';
  var WORDS = { uci: 'UCI', uln: 'ULN', 'exams-officer': 'Exams officer' };

  function getJson(url, options) {
    return fetch(url, options).then(function (response) {
      return response.text().then(function (text) {
        var json = text ? JSON.parse(text) : {};
        if (!response.ok) {
          var error = new Error(json.message || 'Something went wrong. Please try again.');
          error.status = response.status;
          error.details = json.details || [];
          throw error;
        }
        return json;
      });
    });
  }

  function date(iso) {
    if (!iso) { return ''; }
    var parts = iso.split('-');
    return new Date(Date.UTC(+parts[0], +parts[1] - 1, +parts[2]))
      .toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  }

  function views(count) { return count === 1 ? '1 view' : (count || 0).toLocaleString('en-GB') + ' views'; }

  // "exams-officer" -> "Exams officer"
  function label(slug) {
    if (WORDS[slug]) { return WORDS[slug]; }
    var text = String(slug).replace(/-/g, ' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  function authHeaders() {
    var token = window.ExamDeskRender.store.get('examdesk.token');
    return token ? { Authorization: 'Bearer ' + token } : {};
  }

  window.ExamDeskHelp = { getJson: getJson, date: date, views: views, label: label, authHeaders: authHeaders };
}());
