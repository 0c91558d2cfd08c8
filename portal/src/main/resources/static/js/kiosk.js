/*
 * The service-hall kiosk. On every kiosk page, after a spell without a touch, what was
 * typed is cleared and the kiosk goes back to its home (/kiosk), so that the next visitor
 * sees nothing of the last one. On the keypad pages the on-screen keypad fills the code
 * (12 digits), then the last four characters of the ID number. 返回 goes back to the
 * list an item was opened from. Loaded as a file (no inline script under the site's CSP).
 */
(function () {
  'use strict';

  var CODE_LENGTH = 12;
  var LAST4_LENGTH = 4;

  function start() {
    var root = document.documentElement;
    root.classList.remove('no-js');
    root.classList.add('js');
    var idleSeconds = parseInt(document.body.getAttribute('data-idle-seconds'), 10);
    if (!(idleSeconds > 0)) {
      idleSeconds = 60;
    }
    var form = document.getElementById('kiosk-form');
    var timer = null;

    function backToStart() {
      if (document.body.getAttribute('data-state') === 'home') {
        window.scrollTo(0, 0);
        return;
      }
      // Forget what was typed before leaving, and leave no way back to this page in the
      // history: the next visitor starts at the home.
      Array.prototype.forEach.call(document.querySelectorAll('input:not([type=hidden]), textarea'), function (field) {
        if (field.type === 'checkbox' || field.type === 'radio') {
          field.checked = false;
        }
        else {
          field.value = '';
        }
      });
      window.location.replace('/kiosk');
    }

    function touched() {
      window.clearTimeout(timer);
      timer = window.setTimeout(backToStart, idleSeconds * 1000);
    }

    ['pointerdown', 'touchstart', 'mousedown', 'keydown'].forEach(function (type) {
      document.addEventListener(type, touched, { passive: true, capture: true });
    });
    touched();

    // 返回: back to the screen of the list the item was opened from (on the page the
    // reader had turned to); from anywhere else (a case answer), to the list's start.
    Array.prototype.forEach.call(document.querySelectorAll('[data-kiosk-back]'), function (back) {
      back.addEventListener('click', function (event) {
        var list = window.location.origin + back.getAttribute('href');
        if (window.history.length > 1 && document.referrer.indexOf(list) === 0) {
          event.preventDefault();
          window.history.back();
        }
      });
    });

    if (!form) {
      return;
    }

    // The case query's query code, or the check-in's booking code: the form names its
    // code and its button, so that the prompts say what this kiosk page asks for.
    var code = form.elements.queryCode || form.elements.bookingCode;
    var codeName = form.getAttribute('data-code-name') || '查询码';
    var submitName = form.getAttribute('data-submit-name') || '查询';
    var last4 = form.elements.idLast4;
    var status = document.getElementById('kiosk-status');
    var keys = form.querySelectorAll('[data-key]');
    var next = form.querySelector('[data-action="next"]');
    var previous = form.querySelector('[data-action="previous"]');
    var submit = form.querySelector('[data-action="submit"]');
    var step = 1;
    var sending = false;

    code.readOnly = true;
    last4.readOnly = true;

    function field() {
      return step === 1 ? code : last4;
    }

    function render() {
      form.setAttribute('data-step', String(step));
      var value = field().value;
      var length = step === 1 ? CODE_LENGTH : LAST4_LENGTH;
      Array.prototype.forEach.call(keys, function (key) {
        var letter = key.getAttribute('data-key') === 'X';
        // X only as the last character of the ID number.
        key.disabled = sending || value.length >= length || (letter && (step === 1 || value.length !== LAST4_LENGTH - 1));
      });
      next.disabled = code.value.length !== CODE_LENGTH;
      submit.disabled = sending || code.value.length !== CODE_LENGTH || last4.value.length !== LAST4_LENGTH;
      var remaining = length - value.length;
      if (sending) {
        status.textContent = '正在' + submitName + '，请稍候……';
      }
      else if (step === 1) {
        status.textContent = remaining > 0 ? '已输入' + value.length + '位，还需输入' + remaining + '位' : codeName + '已输完，请按“下一步”';
      }
      else {
        status.textContent = remaining > 0 ? '已输入' + value.length + '位，还需输入' + remaining + '位' : '已输完，请按“' + submitName + '”';
      }
    }

    function clearAll() {
      code.value = '';
      last4.value = '';
      step = 1;
      sending = false;
      render();
      window.scrollTo(0, 0);
    }

    form.addEventListener('click', function (event) {
      var button = event.target.closest('button');
      if (!button || button.disabled) {
        return;
      }
      var key = button.getAttribute('data-key');
      var action = button.getAttribute('data-action');
      var target = field();
      var length = step === 1 ? CODE_LENGTH : LAST4_LENGTH;
      if (key !== null) {
        if (target.value.length < length) {
          target.value += key;
        }
      }
      else if (action === 'back') {
        target.value = target.value.slice(0, -1);
      }
      else if (action === 'clear') {
        clearAll();
        return;
      }
      else if (action === 'next' && code.value.length === CODE_LENGTH) {
        step = 2;
      }
      else if (action === 'previous') {
        step = 1;
      }
      else {
        return;
      }
      render();
    });

    form.addEventListener('submit', function (event) {
      if (sending || code.value.length !== CODE_LENGTH || last4.value.length !== LAST4_LENGTH) {
        event.preventDefault();
        return;
      }
      sending = true;
      // Keep the values: disabled fields would not be sent. Only the buttons are locked.
      window.setTimeout(render, 0);
    });

    // A page restored from the browser's cache must not show the last visitor's digits.
    window.addEventListener('pageshow', function () {
      clearAll();
    });

    clearAll();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  }
  else {
    start();
  }
}());
