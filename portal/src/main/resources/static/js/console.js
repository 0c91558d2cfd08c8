/*
 * The staff console's behaviour. Every page works without it (forms post, the board has a
 * refresh link); with it: the delivery board refreshes itself while channels have not
 * answered, withdrawals ask for confirmation, the compose form hides what does not apply.
 * A file, never inline: the content security policy allows scripts of this site only.
 */
(function () {
  'use strict';

  // ---- the delivery board refreshes itself until every channel has answered -------------
  function watchBoard() {
    var board = document.getElementById('delivery-board');
    if (!board || board.getAttribute('data-settled') === 'true') {
      return;
    }
    var url = board.getAttribute('data-board-url');
    var every = Number(board.getAttribute('data-refresh')) || 2000;
    window.setTimeout(function () {
      fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
        .then(function (response) {
          if (!response.ok || response.url.indexOf('/console/login') >= 0) {
            throw new Error('board not refreshed: ' + response.status);
          }
          return response.text();
        })
        .then(function (html) {
          var holder = document.createElement('div');
          holder.innerHTML = html;
          var fresh = holder.querySelector('#delivery-board');
          var current = document.getElementById('delivery-board');
          if (fresh && current) {
            current.parentNode.replaceChild(fresh, current);
          }
          watchBoard();
        })
        .catch(function () {
          // keep the board as it is; the refresh link still works
        });
    }, every);
  }

  // ---- forms that ask before they do something that cannot be undone --------------------
  function confirmations() {
    var forms = document.querySelectorAll('form[data-confirm]');
    Array.prototype.forEach.call(forms, function (form) {
      form.addEventListener('submit', function (event) {
        if (!window.confirm(form.getAttribute('data-confirm'))) {
          event.preventDefault();
        }
      });
    });
  }

  // ---- the compose form ----------------------------------------------------------------------
  function compose() {
    var form = document.getElementById('compose-form');
    if (!form) {
      return;
    }
    var category = form.querySelector('[data-category]');
    var subKind = form.querySelector('[data-sub-kind]');
    var subKindSelect = form.elements.subKind;
    var term = form.elements.term;
    var period = form.querySelector('[data-period]');
    var caseStages = form.querySelector('[data-case-stages]');
    // Only the chosen category's sections may be picked (the service refuses another's);
    // the period only for a periodic item, the case stages only for a guide.
    function showSubKind() {
      if (category && subKind && subKindSelect) {
        var any = false;
        Array.prototype.forEach.call(subKindSelect.querySelectorAll('optgroup'), function (group) {
          var mine = group.getAttribute('data-group-category') === category.value;
          group.hidden = !mine;
          group.disabled = !mine;
          any = any || mine;
        });
        var chosen = subKindSelect.options[subKindSelect.selectedIndex];
        if (chosen && chosen.parentNode.disabled) {
          subKindSelect.value = '';
        }
        subKind.hidden = !any;
      }
      if (caseStages && subKindSelect) {
        caseStages.hidden = subKindSelect.value !== 'GUIDE';
      }
    }
    function showPeriod() {
      if (period && term) {
        period.hidden = term.value !== 'PERIODIC';
      }
    }
    var visibilities = form.querySelectorAll('[data-visibility]');
    function limitChannels() {
      var internal = false;
      Array.prototype.forEach.call(visibilities, function (radio) {
        if (radio.checked && radio.value === 'INTERNAL') {
          internal = true;
        }
      });
      Array.prototype.forEach.call(form.querySelectorAll('[data-channel]'), function (box) {
        if (box.getAttribute('data-channel') !== 'bulletin') {
          box.disabled = internal;
          if (internal) {
            box.checked = false;
          }
        }
      });
    }
    if (category) {
      category.addEventListener('change', showSubKind);
    }
    if (subKindSelect) {
      subKindSelect.addEventListener('change', showSubKind);
    }
    if (term) {
      term.addEventListener('change', showPeriod);
    }
    showPeriod();
    Array.prototype.forEach.call(visibilities, function (radio) {
      radio.addEventListener('change', limitChannels);
    });
    showSubKind();
    limitChannels();
    var summary = document.getElementById('error-summary');
    if (summary) {
      summary.focus();
    }
  }

  function start() {
    document.documentElement.className += ' js';
    watchBoard();
    confirmations();
    compose();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
