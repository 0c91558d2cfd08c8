/*
 * Hall display screen: rolls through the current items and keeps them current from the
 * server's event stream (Server-Sent Events). When the server cannot be reached the
 * screen keeps showing what it last had, in memory, and says that it is reconnecting;
 * the browser reconnects and the server then sends a fresh snapshot. Nothing is kept in
 * localStorage: after a reload the server's page is the truth, and a stored list could
 * bring back an item withdrawn meanwhile.
 */
(function () {
  'use strict';

  var body = document.body;
  var eventsUrl = body.getAttribute('data-events');
  var secondsPerItem = Number(body.getAttribute('data-seconds')) || 10;
  var heartbeatSeconds = Number(body.getAttribute('data-heartbeat')) || 15;

  var list = document.getElementById('items');
  var empty = document.getElementById('empty');
  var position = document.getElementById('position');
  var connection = document.getElementById('connection');
  var clockTime = document.getElementById('clock-time');
  var clockDate = document.getElementById('clock-date');
  var agendaDate = document.getElementById('agenda-date');
  var agendaEmpty = document.getElementById('agenda-empty');
  var agendaLines = document.getElementById('agenda-lines');
  var openDay = document.getElementById('open-day');

  /** The items, newest first; each {id, revision, categoryLabel, title, summary, department, publishedAt, publishedOn}. */
  var items = [];
  var currentId = null;
  var rollTimer = null;
  var source = null;
  var lastHeard = Date.now();

  // ---- the clock ---------------------------------------------------------------------
  var WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function tick() {
    var now = new Date();
    clockTime.textContent = pad(now.getHours()) + ':' + pad(now.getMinutes()) + ':' + pad(now.getSeconds());
    clockDate.textContent = now.getFullYear() + '年' + (now.getMonth() + 1) + '月' + now.getDate() + '日 '
      + WEEKDAYS[now.getDay()];
  }

  // ---- what is shown -------------------------------------------------------------------
  function sortNewestFirst() {
    items.sort(function (a, b) {
      return a.publishedAt < b.publishedAt ? 1 : (a.publishedAt > b.publishedAt ? -1 : 0);
    });
  }

  function indexOf(id) {
    for (var i = 0; i < items.length; i++) {
      if (items[i].id === id) {
        return i;
      }
    }
    return -1;
  }

  function text(tag, className, value) {
    var element = document.createElement(tag);
    element.className = className;
    element.textContent = value;
    return element;
  }

  function render(item) {
    var li = document.createElement('li');
    li.className = 'item';
    li.setAttribute('data-id', item.id);
    li.appendChild(text('p', 'category', item.categoryLabel));
    li.appendChild(text('h2', 'title', item.title));
    if (item.summary) {
      li.appendChild(text('p', 'summary', item.summary));
    }
    var meta = document.createElement('p');
    meta.className = 'meta';
    if (item.department) {
      meta.appendChild(text('span', 'department', item.department));
    }
    var time = text('time', 'published', item.publishedOn || '');
    time.setAttribute('datetime', item.publishedAt);
    meta.appendChild(time);
    li.appendChild(meta);
    return li;
  }

  /** Shows the item with the id (or the first one) and schedules the next. */
  function show(id) {
    window.clearTimeout(rollTimer);
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    empty.hidden = items.length > 0;
    if (items.length === 0) {
      currentId = null;
      position.textContent = '';
      return;
    }
    var index = indexOf(id);
    if (index < 0) {
      index = 0;
    }
    var item = items[index];
    currentId = item.id;
    var element = render(item);
    element.className += ' current';
    list.appendChild(element);
    position.textContent = (index + 1) + ' / ' + items.length;
    rollTimer = window.setTimeout(next, secondsPerItem * 1000);
  }

  function next() {
    var index = indexOf(currentId);
    show(items.length ? items[(index + 1) % items.length].id : null);
  }

  function fromPage() {
    var found = [];
    var elements = list.querySelectorAll('.item');
    for (var i = 0; i < elements.length; i++) {
      var el = elements[i];
      var summary = el.querySelector('.summary');
      var department = el.querySelector('.meta span');
      var time = el.querySelector('time');
      found.push({
        id: el.getAttribute('data-id'),
        revision: Number(el.getAttribute('data-revision')),
        categoryLabel: el.querySelector('.category').textContent,
        title: el.querySelector('.title').textContent,
        summary: summary ? summary.textContent : null,
        department: department ? department.textContent : null,
        publishedAt: time.getAttribute('datetime'),
        publishedOn: time.textContent
      });
    }
    return found;
  }

  // ---- today's agenda (times, services, places; never names) ---------------------------
  /** Renders the panel {date, dateLabel, lines: [{time, title, kindLabel, place}], nextOpenDay}. */
  function showAgenda(agenda) {
    if (!agenda) {
      return;
    }
    agendaDate.textContent = agenda.dateLabel || '';
    while (agendaLines.firstChild) {
      agendaLines.removeChild(agendaLines.firstChild);
    }
    var lines = agenda.lines || [];
    agendaEmpty.hidden = lines.length > 0;
    for (var i = 0; i < lines.length; i++) {
      var li = document.createElement('li');
      li.className = 'agenda-line';
      li.appendChild(text('p', 'agenda-time', lines[i].time));
      li.appendChild(text('p', 'agenda-title', lines[i].title));
      li.appendChild(text('p', 'agenda-place', (lines[i].kindLabel + ' ' + lines[i].place).trim()));
      agendaLines.appendChild(li);
    }
    var next = agenda.nextOpenDay;
    openDay.hidden = !next;
    if (next) {
      document.getElementById('open-day-time').textContent = next.time;
      document.getElementById('open-day-title').textContent = next.title;
      document.getElementById('open-day-place').textContent = next.place;
    }
  }

  // ---- the event stream -------------------------------------------------------------------
  function onSnapshot(event) {
    var snapshot = JSON.parse(event.data);
    items = snapshot.items;
    secondsPerItem = snapshot.screen.secondsPerItem || secondsPerItem;
    sortNewestFirst();
    show(currentId);
    showAgenda(snapshot.agenda);
  }

  function onItem(event) {
    var item = JSON.parse(event.data);
    var index = indexOf(item.id);
    if (index >= 0 && items[index].revision > item.revision) {
      return;
    }
    if (index >= 0) {
      items[index] = item;
    } else {
      items.push(item);
    }
    sortNewestFirst();
    // A new item is shown at once; a revision of the one on screen replaces it at once.
    if (index < 0 || item.id === currentId) {
      show(item.id);
    } else {
      position.textContent = (indexOf(currentId) + 1) + ' / ' + items.length;
    }
  }

  function onWithdrawn(event) {
    var withdrawn = JSON.parse(event.data);
    var index = indexOf(withdrawn.id);
    if (index < 0 || items[index].revision > withdrawn.revision) {
      return;
    }
    var following = items.length > 1 ? items[(index + 1) % items.length].id : null;
    items.splice(index, 1);
    if (withdrawn.id === currentId) {
      show(following);
    } else {
      show(currentId);
    }
  }

  function heard() {
    lastHeard = Date.now();
    connection.hidden = true;
  }

  function connect() {
    if (source) {
      source.close();
    }
    source = new EventSource(eventsUrl);
    source.addEventListener('open', heard);
    source.addEventListener('snapshot', function (e) { heard(); onSnapshot(e); });
    source.addEventListener('item', function (e) { heard(); onItem(e); });
    source.addEventListener('withdrawn', function (e) { heard(); onWithdrawn(e); });
    source.addEventListener('agenda', function (e) { heard(); showAgenda(JSON.parse(e.data)); });
    source.addEventListener('ping', heard);
    source.addEventListener('error', function () {
      connection.hidden = false;
      // The browser retries by itself unless the server answered with an error.
      if (source.readyState === EventSource.CLOSED) {
        window.setTimeout(connect, 5000);
      }
    });
  }

  // A stream can die without an error (a cable pulled mid-way): without a heartbeat for
  // three intervals, start again.
  function watch() {
    if (Date.now() - lastHeard > heartbeatSeconds * 3000) {
      connection.hidden = false;
      lastHeard = Date.now();
      connect();
    }
  }

  body.className += ' rolling';
  items = fromPage();
  sortNewestFirst();
  show(null);
  tick();
  window.setInterval(tick, 1000);
  window.setInterval(watch, 5000);
  connect();
}());
