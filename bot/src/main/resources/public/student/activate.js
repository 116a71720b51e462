// /activate: the verification code (from ?code= when the welcome email's link was opened), the date of birth and a
// new password; the email address too when the API says none is stored (accounts made by the code export).
(function () {
  'use strict';
  var S = window.ExamDeskStudent;
  var form = document.getElementById('activate-form');
  var button = document.getElementById('activate-button');
  var fields = { code: 'code', dateOfBirth: 'dob', password: 'password', email: 'email' };
  var code = S.takeParam('code');
  if (code) { document.getElementById('code').value = code; }
  S.watchRules(document.getElementById('password'));

  function problems() {
    var found = [];
    if (!form.code.value.trim()) { found.push({ field: 'code', message: 'Enter the verification code from your welcome email.' }); }
    if (!form.dateOfBirth.value) { found.push({ field: 'dob', message: 'Enter your date of birth.' }); }
    if (!document.getElementById('email-field').hidden && !form.email.value.trim()) {
      found.push({ field: 'email', message: 'Enter the email address you want to sign in with.' });
    }
    if (!S.meetsRules(form.password.value)) {
      found.push({ field: 'password', message: 'Choose a password that meets every rule shown.' });
    }
    return found;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var found = problems();
    if (found.length) { S.showErrors(form, found); return; }
    S.clearErrors(form);
    var body = { code: form.code.value.trim(), dateOfBirth: form.dateOfBirth.value, password: form.password.value };
    if (!document.getElementById('email-field').hidden) { body.email = form.email.value.trim(); }
    S.busy(button, true);
    S.call('POST', '/api/v1/student-auth/activate', body).then(function (answer) {
      S.busy(button, false);
      if (answer.ok) {
        form.hidden = true;
        var name = answer.json.student && answer.json.student.forename;
        S.notice('success', [
          (name ? 'Thank you, ' + name + ': your' : 'Your') + ' results account is active.',
          'Next, sign in with your email address and the password you have just chosen to see your results.'
        ], { href: '/student/sign-in', text: 'Sign in to your results account' });
        return;
      }
      var problem = S.refusal(answer, fields);
      if (answer.status === 404) { problem.field = 'code'; } // the code is not valid, used or expired
      if (problem.field === 'email') { document.getElementById('email-field').hidden = false; }
      if (answer.status === 409) { // the account is not waiting for activation (for example locked): nothing to retry
        form.hidden = true;
        S.notice('problem', [problem.message], { href: '/student/sign-in', text: 'Go to the sign-in page' });
        return;
      }
      S.showErrors(form, [problem]);
    });
  });
}());
