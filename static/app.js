// DilTalks enhancements. Every page works without this file.
(function () {
  'use strict';

  // Quick exit, as public services do it: the neutral site opens in a fresh tab with no
  // history behind it, and this tab is replaced by it too, so Back there does not return to
  // this page. Also on Escape pressed twice within a second. Without JavaScript the link
  // itself goes to the neutral site.
  var exit = document.getElementById('quick-exit');
  function leave(event) {
    if (event) { event.preventDefault(); }
    if (!exit) { return; }
    document.body.style.visibility = 'hidden';
    window.open(exit.href, '_blank', 'noopener');
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

  // After a save the page's confirmation takes the focus, so keyboard and screen-reader
  // users hear that it worked instead of starting again from the top.
  var flash = document.querySelector('.flash');
  if (flash && !document.querySelector('[autofocus]')) { flash.focus(); }

  // Fill an empty time-zone field from the browser's own setting.
  document.querySelectorAll('input[data-fill-timezone]').forEach(function (input) {
    if (input.value) { return; }
    try { input.value = Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) { /* keep empty */ }
  });

  // The talk timer: the page says how many minutes are left; this keeps it current. Its
  // words come from the page, in the page's language: data-countdown-one, -many ("{n}" is
  // the number) and -done.
  document.querySelectorAll('[data-countdown-end]').forEach(function (timer) {
    if (timer.hasAttribute('data-paused')) { return; }
    var end = Number(timer.getAttribute('data-countdown-end'));
    var one = timer.getAttribute('data-countdown-one') || '1 minute left';
    var many = timer.getAttribute('data-countdown-many') || '{n} minutes left';
    var done = timer.getAttribute('data-countdown-done') || 'Time is up: what is left waits for the next talk.';
    function tick() {
      var left = Math.max(0, Math.ceil((end - Date.now()) / 60000));
      timer.textContent = left === 0 ? done : (left === 1 ? one : many.split('{n}').join(String(left)));
      if (left > 0) { setTimeout(tick, 15000); }
    }
    tick();
  });

  // Copy buttons: <button data-copy="id-of-input-or-list" hidden>.
  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    var target = document.getElementById(button.getAttribute('data-copy'));
    if (!target || !navigator.clipboard) { return; }
    var label = button.textContent;
    button.hidden = false;
    button.addEventListener('click', function () {
      var text = 'value' in target ? target.value : target.innerText;
      navigator.clipboard.writeText(text).then(function () {
        button.textContent = button.getAttribute('data-copied') || 'Copied';
        setTimeout(function () { button.textContent = label; }, 2000);
      });
    });
  });
})();
