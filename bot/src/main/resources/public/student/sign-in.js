// /student/sign-in: email and password; on success the student's own account in plain words (GET /api/v1/me/student).
// The session token lives only in this page's memory: leaving the page or signing out forgets it.
(function () {
  'use strict';
  var S = window.ExamDeskStudent;
  var form = document.getElementById('sign-in-form');
  var button = document.getElementById('sign-in-button');
  var account = document.getElementById('account');
  var heading = document.querySelector('h1');
  var signInTitle = { heading: heading.textContent, page: document.title };
  var STATUS = { ACTIVE: 'Active', NOT_ACTIVATED: 'Not Activated', FAILED_ACTIVATION: 'Failed Activation',
    FORGOTTEN_PASSWORD: 'Forgotten Password', LOCKED: 'Locked' };
  var token = null;
  var wrong = {}; // wrong passwords given on this page, per address as typed

  function show(student) {
    form.hidden = true;
    document.getElementById('activate-more').hidden = true;
    document.getElementById('account-meaning').textContent = student.meaning;
    document.getElementById('account-name').textContent = student.forename + ' ' + student.surname;
    document.getElementById('account-email').textContent = student.email || '';
    document.getElementById('account-centre').textContent = student.centre || '';
    document.getElementById('account-status').textContent = STATUS[student.status] || student.status;
    var steps = document.getElementById('account-steps');
    steps.textContent = '';
    (student.canDo || []).filter(function (step) { return step.action !== 'SIGN_IN'; }) // done already
      .forEach(function (step) { steps.appendChild(S.el('li', null, step.text)); });
    if (!steps.children.length) { steps.appendChild(S.el('li', null, 'Nothing: your account is ready to use.')); }
    heading.textContent = 'Your results account';
    document.title = 'Your account: ExamDesk student results account';
    account.hidden = false;
    S.notice('success', ['You are signed in, ' + student.forename + '.']);
  }

  function refused(answer, email) {
    var problem = S.refusal(answer, { email: 'email', password: 'password' });
    if (answer.status === 401) {
      problem.field = 'password';
      wrong[email] = (wrong[email] || 0) + 1;
      if (wrong[email] >= 3) {
        problem.message += ' This was the 3rd wrong password here: if the address has an account, it is now in '
          + 'Forgotten Password. Use "Forgotten your password?" below to get a link to choose a new one.';
      }
    }
    S.showErrors(form, [problem]);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var email = form.email.value.trim();
    var found = [];
    if (!email) { found.push({ field: 'email', message: 'Enter your email address.' }); }
    if (!form.password.value) { found.push({ field: 'password', message: 'Enter your password.' }); }
    if (found.length) { S.showErrors(form, found); return; }
    S.clearErrors(form);
    S.busy(button, true);
    S.call('POST', '/api/v1/student-auth/login', { email: email, password: form.password.value }).then(function (answer) {
      if (!answer.ok) { S.busy(button, false); refused(answer, email.toLowerCase()); return null; }
      token = answer.json.token;
      form.password.value = '';
      return S.call('GET', '/api/v1/me/student', undefined, token).then(function (me) {
        S.busy(button, false);
        if (me.ok) { show(me.json); } else { S.showErrors(form, [S.refusal(me, {})]); }
      });
    });
  });

  document.getElementById('sign-out').addEventListener('click', function () {
    var leaving = token;
    token = null;
    account.hidden = true;
    form.hidden = false;
    heading.textContent = signInTitle.heading;
    document.title = signInTitle.page;
    document.getElementById('activate-more').hidden = false;
    S.call('DELETE', '/api/v1/sessions/current', undefined, leaving).then(function () {
      S.notice('success', ['You are signed out.']);
      form.email.focus();
    });
  });
}());
