// DilTalks enhancements. Every page works without this file.
(function () {
  'use strict';

  // Quick exit: leave for a neutral site and replace this page in the history, so Back
  // does not return here. Also on Escape pressed twice within a second.
  var exit = document.getElementById('quick-exit');
  function leave(event) {
    if (event) { event.preventDefault(); }
    if (!exit) { return; }
    document.body.style.visibility = 'hidden';
    window.location.replace(exit.href);
  }
  if (exit) { exit.addEventListener('click', leave); }
  var lastEscape = 0;
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') { return; }
    var now = Date.now();
    if (now - lastEscape < 1000) { leave(event); }
    lastEscape = now;
  });

  // Fill an empty time-zone field from the browser's own setting.
  document.querySelectorAll('input[data-fill-timezone]').forEach(function (input) {
    if (input.value) { return; }
    try { input.value = Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) { /* keep empty */ }
  });

  // The talk timer: the page says how many minutes are left; this keeps it current.
  document.querySelectorAll('[data-countdown-end]').forEach(function (timer) {
    if (timer.hasAttribute('data-paused')) { return; }
    var end = Number(timer.getAttribute('data-countdown-end'));
    function tick() {
      var left = Math.max(0, Math.ceil((end - Date.now()) / 60000));
      timer.textContent = left === 0 ? 'Time is up: what is left waits for the next talk.'
        : (left === 1 ? '1 minute left' : left + ' minutes left');
      if (left > 0) { setTimeout(tick, 15000); }
    }
    tick();
  });

  // Copy buttons: <button data-copy="id-of-input" hidden>.
  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    var target = document.getElementById(button.getAttribute('data-copy'));
    if (!target || !navigator.clipboard) { return; }
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(target.value).then(function () {
        button.textContent = 'Copied';
        setTimeout(function () { button.textContent = 'Copy link'; }, 2000);
      });
    });
  });
})();
