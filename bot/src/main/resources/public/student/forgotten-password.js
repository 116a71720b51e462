// /student/forgotten-password: an email address, then the API's one sentence, the same whether or not an account
// uses the address.
(function () {
  'use strict';
  var S = window.ExamDeskStudent;
  var form = document.getElementById('forgotten-form');
  var button = document.getElementById('send-button');
  var echo = document.getElementById('email-echo');

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var email = form.email.value.trim();
    echo.textContent = '';
    if (!email) { S.showErrors(form, [{ field: 'email', message: 'Enter the email address of your account.' }]); return; }
    S.clearErrors(form);
    S.busy(button, true);
    S.call('POST', '/api/v1/student-auth/password-resets', { email: email }).then(function (answer) {
      S.busy(button, false);
      echo.textContent = 'You gave: ' + email;
      if (answer.ok) {
        S.notice('success', [answer.json.message], { href: '/student/sign-in', text: 'Back to sign in' });
        button.textContent = 'Send another link';
        return;
      }
      S.showErrors(form, [S.refusal(answer, { email: 'email' })]);
    });
  });
}());
