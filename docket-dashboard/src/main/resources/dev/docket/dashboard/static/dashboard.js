// Docket dashboard: draws the throughput chart with uPlot and keeps it current.
// Everything else works without this file: links and forms are plain HTML, htmx only speeds them up.
(function () {
  'use strict';

  var REFRESH_MS = 15000;

  function columns(data) {
    return [data.minutes, data.processed, data.failed];
  }

  function draw(el, data) {
    var width = Math.max(320, el.clientWidth || 640);
    var opts = {
      width: width,
      height: 220,
      scales: { x: { time: true } },
      series: [
        {},
        { label: 'Processed', stroke: '#1f6fb2', fill: 'rgba(31,111,178,0.12)', width: 2, points: { show: false } },
        { label: 'Failed', stroke: '#b3261e', width: 2, points: { show: false } }
      ],
      axes: [{}, { label: 'jobs / min' }]
    };
    el.textContent = '';
    return new uPlot(opts, columns(data), el);
  }

  function load(el) {
    return fetch(el.getAttribute('data-src'), {
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json' }
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    });
  }

  function start(el) {
    if (el.getAttribute('data-ready') || typeof uPlot === 'undefined') {
      return;
    }
    el.setAttribute('data-ready', 'loading');
    load(el).then(function (data) {
      var plot = draw(el, data);
      el.setAttribute('data-ready', 'drawn');
      var timer = setInterval(function () {
        if (!document.body.contains(el)) {
          clearInterval(timer);
          plot.destroy();
          return;
        }
        load(el).then(function (next) {
          plot.setData(columns(next));
        }).catch(function () { /* keep the last picture */ });
      }, REFRESH_MS);
    }).catch(function () {
      el.setAttribute('data-ready', 'failed');
      el.textContent = 'The chart could not be loaded; the table below has the numbers.';
    });
  }

  function init(root) {
    var charts = (root || document).querySelectorAll('[data-chart]');
    for (var i = 0; i < charts.length; i++) {
      start(charts[i]);
    }
  }

  document.addEventListener('DOMContentLoaded', function () { init(document); });
  document.addEventListener('htmx:load', function (event) { init(event.target); });
})();
