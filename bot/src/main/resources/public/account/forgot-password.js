// /forgot-password: asks POST /api/v1/accounts/password-resets for a link; the answer is the same for any name.
(function () {
  'use strict';
  var A = window.ExamDeskAccount, $ = A.$;
  var form = $('forgot');

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var login = $('login').value.trim();
    A.submit(form, $('status'), function () {
      return A.post('/api/v1/accounts/password-resets', { username: login });
    }, { username: 'login', email: 'login' }).then(function (answer) {
      form.hidden = true;
      A.showOutcome({ title: 'Check your inbox', sentences: [answer.message,
        'Only the newest link works: if you ask again, use the link in the latest email.'],
        links: [{ href: '/#sign-in', text: 'Sign in' }, { href: '/forgot-password', text: 'Ask again' }] });
    }, function () { /* the summary shows the API's sentence */ });
  });
}());
