// /reset-password?token=: the link of the password reset email; POST /api/v1/accounts/password-resets/confirm.
(function () {
  'use strict';
  var A = window.ExamDeskAccount, $ = A.$;
  var form = $('reset');
  var token = A.linkToken();
  var ASK_AGAIN = { href: '/forgot-password', text: 'Ask for a new link' };

  function deadLink(error) {
    form.hidden = true;
    $('error-summary').hidden = true; // the outcome says it once
    A.showOutcome({ refused: true, title: error.status === 409 ? 'This link was already used'
      : error.status === 410 ? 'This link no longer works' : 'This link does not work',
      sentences: [error.message], links: error.status === 409 ? [{ href: '/#sign-in', text: 'Sign in' }, ASK_AGAIN]
        : [ASK_AGAIN] });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    A.submit(form, $('status'), function () {
      return A.post('/api/v1/accounts/password-resets/confirm', { token: token, password: $('password').value });
    }, { password: 'password' }).then(function (answer) {
      form.hidden = true;
      $('error-summary').hidden = true;
      A.showOutcome({ title: 'Your password is changed', sentences: [answer.message],
        links: [{ href: '/#sign-in', text: 'Sign in' }] });
    }, function (error) {
      if (error.status !== 422 && error.status !== 429) { deadLink(error); }
    });
  });

  A.showToggle($('password-show'), $('password'));
  A.watchPassword($('password'), $('rules'), $('rules-live'));
  if (!token) {
    deadLink({ status: 404, message: 'This page needs the link from your password reset email. Open the link in '
      + 'the email, or copy all of it into the address bar.' });
  }
}());
