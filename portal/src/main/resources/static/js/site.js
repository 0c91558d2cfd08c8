/*
 * 阳光检务: progressive enhancements of the server-rendered pages. Everything works without
 * this file; with it the display mode switches at once and the search box proposes titles.
 * Loaded as a file (the site's Content-Security-Policy allows no inline script).
 */
(function () {
  'use strict';

  var COOKIE = 'jianwu_display';
  var YEAR = 365 * 24 * 3600;

  /* 长者模式 (large type, high contrast): the same cookie the server reads. */
  function setUpDisplayToggle() {
    var toggles = document.querySelectorAll('[data-display-toggle]');
    Array.prototype.forEach.call(toggles, function (toggle) {
      toggle.addEventListener('click', function (event) {
        event.preventDefault();
        var large = !document.documentElement.classList.contains('large-mode');
        document.documentElement.classList.toggle('large-mode', large);
        document.cookie = COOKIE + '=' + (large ? 'large' : 'standard') + '; path=/; max-age=' + YEAR + '; samesite=lax';
        Array.prototype.forEach.call(toggles, function (other) {
          other.setAttribute('aria-pressed', large ? 'true' : 'false');
          var state = other.querySelector('.display-state');
          if (state) {
            state.textContent = large ? '（已开启）' : '（已关闭）';
          }
        });
      });
      toggle.addEventListener('keydown', function (event) {
        if (event.key === ' ' || event.key === 'Spacebar') {
          event.preventDefault();
          toggle.click();
        }
      });
    });
  }

  /* Title completions under a search box (WAI-ARIA combobox with a listbox). */
  function setUpSuggestions(box, index) {
    var url = box.getAttribute('data-suggest-url');
    var input = box.querySelector('input[type="search"]');
    if (!url || !input || !window.fetch) {
      return;
    }
    var listId = input.id + '-suggestions';
    var list = document.createElement('ul');
    list.id = listId;
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', '检索建议');
    list.hidden = true;
    box.appendChild(list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listId);

    var timer = null;
    var sequence = 0;
    var active = -1;
    var options = [];

    function close() {
      list.hidden = true;
      list.textContent = '';
      options = [];
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function open(suggestions) {
      list.textContent = '';
      options = suggestions.slice(0, 8);
      active = -1;
      input.removeAttribute('aria-activedescendant');
      if (options.length === 0) {
        close();
        return;
      }
      options.forEach(function (suggestion, i) {
        var option = document.createElement('li');
        option.id = listId + '-' + i;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.textContent = suggestion.title;
        option.addEventListener('mousedown', function (event) {
          event.preventDefault();
          choose(i);
        });
        list.appendChild(option);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }

    function highlight(i) {
      var items = list.querySelectorAll('[role="option"]');
      Array.prototype.forEach.call(items, function (item, j) {
        item.setAttribute('aria-selected', j === i ? 'true' : 'false');
      });
      active = i;
      if (i >= 0 && items[i]) {
        input.setAttribute('aria-activedescendant', items[i].id);
        items[i].scrollIntoView({ block: 'nearest' });
      }
      else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function choose(i) {
      var suggestion = options[i];
      if (suggestion && /^[0-9a-fA-F-]{36}$/.test(suggestion.id)) {
        window.location.href = '/items/' + suggestion.id;
      }
    }

    function ask() {
      var text = input.value.trim();
      var mine = ++sequence;
      if (text.length === 0) {
        close();
        return;
      }
      fetch(url + '?q=' + encodeURIComponent(text), { headers: { Accept: 'application/json' }, credentials: 'omit' })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (answer) {
          if (mine === sequence && document.activeElement === input) {
            open((answer && Array.isArray(answer.suggestions)) ? answer.suggestions : []);
          }
        })
        .catch(function () { close(); });
    }

    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(ask, 200);
    });
    input.addEventListener('keydown', function (event) {
      if (list.hidden) {
        return;
      }
      if (event.key === 'ArrowDown' || event.key === 'Down') {
        event.preventDefault();
        highlight((active + 1) % options.length);
      }
      else if (event.key === 'ArrowUp' || event.key === 'Up') {
        event.preventDefault();
        highlight(active <= 0 ? options.length - 1 : active - 1);
      }
      else if (event.key === 'Enter' && active >= 0) {
        event.preventDefault();
        choose(active);
      }
      else if (event.key === 'Escape' || event.key === 'Esc') {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener('blur', function () {
      window.setTimeout(close, 150);
    });
    if (input.form) {
      input.form.addEventListener('submit', function () {
        sequence++;
        close();
      });
    }
  }

  function start() {
    setUpDisplayToggle();
    Array.prototype.forEach.call(document.querySelectorAll('[data-suggest-url]'), setUpSuggestions);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  }
  else {
    start();
  }
}());
