/*
 * Draws the statistics page's charts with ECharts (served from the webjar as a static
 * file) from the data tables on the page: the tables stay the source, readable without
 * script and by screen readers; the charts are a view of them. No inline script or style.
 */
(function () {
  'use strict';

  var COLOURS = ['#9b1c1c', '#0969da', '#1a7f37', '#9a6700', '#8250df', '#57606a'];

  /** Delivery statuses keep the colours the delivery board uses. */
  var STATUS_COLOURS = { '已送达': '#1a7f37', '失败': '#cf222e', '已撤下': '#6e7781', '未发布（跳过）': '#d4a72c' };

  function read(table) {
    var columns = [];
    var headers = table.querySelectorAll('thead th');
    // first column is the row label, last is the total
    for (var i = 1; i < headers.length - 1; i++) {
      columns.push(headers[i].textContent.trim());
    }
    var labels = [];
    var series = columns.map(function () { return []; });
    Array.prototype.forEach.call(table.querySelectorAll('tbody tr'), function (row) {
      labels.push(row.querySelector('th').textContent.trim());
      var cells = row.querySelectorAll('td');
      for (var c = 0; c < columns.length; c++) {
        series[c].push(Number(cells[c].textContent.trim()) || 0);
      }
    });
    return { columns: columns, labels: labels, series: series };
  }

  function draw(table) {
    var target = document.getElementById(table.getAttribute('data-chart-target'));
    if (!target || !window.echarts) {
      return;
    }
    var data = read(table);
    var line = table.getAttribute('data-chart') === 'line';
    // "grouped": bars side by side (this period beside the last), not stacked
    var stack = (table.getAttribute('data-chart') === 'grouped') ? undefined : 'total';
    var chart = window.echarts.init(target, null, { renderer: 'canvas' });
    chart.setOption({
      color: data.columns.map(function (name, index) {
        return STATUS_COLOURS[name] || COLOURS[index % COLOURS.length];
      }),
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 24, top: 40, bottom: 40 },
      xAxis: { type: 'category', data: data.labels },
      yAxis: { type: 'value', minInterval: 1 },
      series: data.columns.map(function (name, index) {
        return line
          ? { name: name, type: 'line', smooth: false, data: data.series[index] }
          : { name: name, type: 'bar', stack: stack, data: data.series[index] };
      })
    });
    target.setAttribute('data-drawn', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('table[data-chart]'), draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
