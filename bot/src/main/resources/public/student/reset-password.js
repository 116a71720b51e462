// /student/reset-password?token=: the emailed link's token, the date of birth and a new password. A link that is
// missing, used or expired gets the API's sentence and the way to ask for a new one.
(function () {
  'use strict';
  var S = window.ExamDeskStudent;
  var form = document.getElementById('reset-form');
  var button = document.getElementById('reset-button');
  var token = S.takeParam('token');
  var ASK = { href: '/student/forgotten-password', text: 'Ask for a new link' };
  S.watchRules(document.getElementById('new-password'));

  function stop(sentence, link) {
    form.hidden = true;
    document.getElementById('lead').hidden = true;
    document.getElementById('new-link').hidden = true;
    S.notice('problem', [sentence], link);
  }

  if (!token) {
    stop('This page needs the link from the email we sent you. Links work once, for 1 hour: ask for a new one if '
      + 'yours has expired.', ASK);
    return;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var found = [];
    if (!form.dateOfBirth.value) { found.push({ field: 'dob', message: 'Enter your date of birth.' }); }
    if (!S.meetsRules(form['new-password'].value)) {
      found.push({ field: 'new-password', message: 'Choose a password that meets every rule shown.' });
    }
    if (found.length) { S.showErrors(form, found); return; }
    S.clearErrors(form);
    S.busy(button, true);
    var body = { token: token, dateOfBirth: form.dateOfBirth.value, newPassword: form['new-password'].value };
    S.call('POST', '/api/v1/student-auth/forgotten-password', body).then(function (answer) {
      S.busy(button, false);
      if (answer.ok) {
        form.hidden = true;
        document.getElementById('lead').hidden = true;
        document.getElementById('new-link').hidden = true;
        S.notice('success', ['Your new password is set and your account is active again.',
          'Next, sign in with your email address and the new password.'],
          { href: '/student/sign-in', text: 'Sign in to your results account' });
        return;
      }
      var problem = S.refusal(answer, { dateOfBirth: 'dob', newPassword: 'new-password' });
      if (answer.status === 404 || (answer.json.details || []).indexOf('token') >= 0) {
        stop(problem.message, ASK); // the link is not valid, used or expired
      } else if (answer.status === 409) {
        stop(problem.message, { href: '/help/student-cannot-log-in', text: 'Why a student cannot sign in, and what to do' });
      } else {
        S.showErrors(form, [problem]);
      }
    });
  });
}());
