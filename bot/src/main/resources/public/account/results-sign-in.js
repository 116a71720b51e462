// /results/sign-in: the candidate results website. The letter's username and password go to
// POST /api/v1/candidate-auth/login, which checks access now and says when and where results appear.
(function () {
  'use strict';
  var A = window.ExamDeskAccount, $ = A.$;
  var form = $('candidate');

  function contact(c) {
    var ways = [c.phone ? 'phone ' + c.phone : '', c.email ? 'email ' + c.email : ''].filter(Boolean).join(' or ');
    return (c.name || 'Your exams officer') + (ways ? ' (' + ways + ')' : '') + ', at ' + c.answeredBy;
  }

  function show(login) {
    form.hidden = true;
    $('intro').hidden = true;
    $('welcome').textContent = 'Hello, ' + login.name;
    $('candidate-number').textContent = login.candidateNumber;
    $('centre').textContent = login.centre;
    $('series').textContent = 'Results for the ' + login.series + ' series';
    $('results-show').textContent = login.resultsShow;
    $('contact').textContent = contact(login.contact);
    $('notice').textContent = login.notice;
    $('signed-in').hidden = false;
    $('welcome').focus();
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var body = { username: $('username').value.trim(), password: $('password').value };
    A.submit(form, $('status'), function () { return A.post('/api/v1/candidate-auth/login', body); },
      { username: 'username', password: 'password' }).then(function (login) {
      $('password').value = '';
      show(login);
    }, function () { /* the summary shows the API's sentence, the reason included */ });
  });

  $('sign-out').addEventListener('click', function () {
    $('signed-in').hidden = true;
    $('intro').hidden = false;
    form.hidden = false;
    form.reset();
    $('username').focus();
  });
  A.showToggle($('password-show'), $('password'));
}());
