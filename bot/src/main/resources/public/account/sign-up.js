// /sign-up: the staff sign-up form of domain section 4, sent to POST /api/v1/accounts.
(function () {
  'use strict';
  var A = window.ExamDeskAccount, $ = A.$;
  // Personal webmail: a warning, never a refusal (seed: use the centre's own address where possible).
  var WEBMAIL = /@(gmail|googlemail|hotmail|outlook|live|msn|yahoo|ymail|aol|icloud|me|mac|gmx|proton|protonmail)\.[a-z.]+$/i;
  var FIELDS = { email: 'email', emailConfirmation: 'email-confirmation', username: 'username', password: 'password',
    firstName: 'first-name', lastName: 'last-name', country: 'country', termsAccepted: 'terms' };
  var form = $('sign-up'), email = $('email'), username = $('username'), same = $('same-as-email');

  function syncUsername() {
    username.readOnly = same.checked;
    if (same.checked) { username.value = email.value.trim(); }
  }

  function warnWebmail() {
    $('email-warning').textContent = WEBMAIL.test(email.value.trim())
      ? 'This looks like a personal email address. If you work for a centre, your centre\'s address is better: '
        + 'we can then tell it is you. You can still sign up with this one.'
      : '';
  }

  function onSubmit(event) {
    event.preventDefault();
    syncUsername();
    var body = {
      email: email.value.trim(),
      emailConfirmation: $('email-confirmation').value.trim(),
      username: same.checked ? '' : username.value.trim(),
      password: $('password').value,
      firstName: $('first-name').value.trim(),
      lastName: $('last-name').value.trim(),
      country: $('country').value,
      termsAccepted: $('terms').checked
    };
    A.submit(form, $('status'), function () { return A.post('/api/v1/accounts', body); }, FIELDS)
      .then(function (answer) {
        form.hidden = true;
        A.showOutcome({ title: 'Check your inbox', sentences: [answer.message, 'Your username: ' + answer.username,
          'No email after a few minutes? Look in your junk folder. If the link has expired, sign up again.'],
          links: [{ href: '/help/verification-link-expired', text: 'When the link has expired' }] });
      }, function () { /* the summary shows the API's sentence */ });
  }

  email.addEventListener('input', function () { syncUsername(); warnWebmail(); });
  same.addEventListener('change', function () {
    syncUsername();
    if (!same.checked) { username.focus(); }
  });
  form.addEventListener('submit', onSubmit);
  A.showToggle($('password-show'), $('password'));
  A.watchPassword($('password'), $('rules'), $('rules-live'));
  syncUsername();
}());
