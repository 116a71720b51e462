// /verify-email?token=: the link of the sign-up email, checked with POST /api/v1/accounts/verify.
(function () {
  'use strict';
  var A = window.ExamDeskAccount, $ = A.$;
  var SIGN_IN = { href: '/#sign-in', text: 'Sign in' };
  var SIGN_UP = { href: '/sign-up', text: 'Sign up again' };
  var token = A.linkToken();

  function done(answer) {
    $('status').textContent = '';
    A.showOutcome({ title: 'Your email address is verified', sentences: [answer.message],
      links: [SIGN_IN, { href: '/', text: 'Go to the assistant' }] });
  }

  function refused(error) {
    $('status').textContent = '';
    var expired = error.status === 410, used = error.status === 409;
    A.showOutcome({ refused: true, title: expired ? 'This link has expired' : used ? 'This link was already used'
      : 'This link does not work', sentences: [error.message,
      expired ? 'Links work for 24 hours. Sign up again with the same username to get a new one.' : ''].filter(Boolean),
      links: used ? [SIGN_IN] : [SIGN_UP, { href: '/help/verification-link-expired', text: 'Help with this link' }] });
  }

  if (!token) {
    refused({ status: 404, message: 'This page needs the link from your sign-up email. Open the link in the email, '
      + 'or copy all of it into the address bar.' });
  } else {
    A.post('/api/v1/accounts/verify', { token: token }).then(done, refused);
  }
}());
