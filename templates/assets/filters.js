/* Filters on the sources index (kind, publisher, year, language): plain JavaScript on the
 * static page. Without JavaScript the form stays hidden and the whole table shows. When the
 * index is split into pages, the options and the filtering cover every source: the rows are read
 * from search/idx/s<n>.js (injected as scripts, so it works from file:// too), and the matching
 * rows replace the page's while a filter is set. */
(function () {
  'use strict';
  var form = document.getElementById('source-filters');
  var table = document.getElementById('sources-table');
  if (!form || !table) { return; }
  var tbody = table.tBodies[0];
  var pageRows = Array.prototype.slice.call(tbody.rows);
  var selects = Array.prototype.slice.call(form.querySelectorAll('select[data-filter]'));
  var status = document.getElementById('filter-status');
  var pagers = Array.prototype.slice.call(document.querySelectorAll('nav.pager'));
  var split = form.getAttribute('data-scope') === 'pages';
  var base = form.getAttribute('data-rows');
  var EMPTY = { kind: '(none)', publisher: '(not stated)', year: '(undated)', language: '(not stated)' };
  var FIELDS = { kind: 6, publisher: 4, year: 8, language: 9 };
  var SHOW = 250;

  var S = window.SB_SEARCH = window.SB_SEARCH || {};
  S.data = S.data || {};
  S.add = S.add || function (kind, n, data) { S.data[kind + n] = data; };

  function load(n) {
    if (S.data['s' + n]) { return Promise.resolve(S.data['s' + n]); }
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = base + 's' + n + '.js';
      s.onload = function () { s.remove(); resolve(S.data['s' + n]); };
      s.onerror = function () { s.remove(); reject(new Error('cannot load ' + s.src)); };
      document.head.appendChild(s);
    });
  }

  function fill(counts) {
    selects.forEach(function (sel) {
      var field = sel.getAttribute('data-filter');
      var c = counts[field];
      Object.keys(c).sort(function (a, b) {
        if (!a || !b) { return a ? -1 : b ? 1 : 0; }
        return field === 'year' ? b.localeCompare(a) : a.localeCompare(b);
      }).forEach(function (v) {
        var o = document.createElement('option');
        o.value = v;
        o.textContent = (v || EMPTY[field]) + ' (' + c[v] + ')';
        sel.appendChild(o);
      });
    });
  }

  function wanted() {
    var w = {};
    selects.forEach(function (sel) { if (sel.value !== '*') { w[sel.getAttribute('data-filter')] = sel.value; } });
    return w;
  }

  function cell(tag, text, cls) {
    var c = document.createElement(tag);
    if (cls) { c.className = cls; }
    if (text !== null) { c.textContent = text; }
    return c;
  }

  /* One row as the template writes it: [href, title, date, dateInferred, publisher, publisherInferred, kind, claims, year, language]. */
  function row(r) {
    var tr = document.createElement('tr');
    var th = cell('th', null);
    th.scope = 'row';
    var a = cell('a', r[1]);
    a.href = r[0];
    th.appendChild(a);
    tr.appendChild(th);
    var date = cell('td', null);
    if (r[2]) {
      date.appendChild(document.createTextNode(r[2]));
      if (r[3]) { date.appendChild(document.createTextNode(' ')); date.appendChild(cell('span', '(inferred)', 'inferred')); }
    } else { date.appendChild(cell('span', 'undated', 'muted')); }
    tr.appendChild(date);
    var pub = cell('td', null);
    if (r[4]) {
      pub.appendChild(document.createTextNode(r[4]));
      if (r[5]) { pub.appendChild(document.createTextNode(' ')); pub.appendChild(cell('span', '(inferred)', 'inferred')); }
    } else { pub.appendChild(cell('span', 'not stated', 'muted')); }
    tr.appendChild(pub);
    tr.appendChild(cell('td', r[6]));
    tr.appendChild(cell('td', String(r[7])));
    return tr;
  }

  var seq = 0;
  function applyAll() {
    var w = wanted();
    var mine = ++seq;
    if (!Object.keys(w).length) {
      tbody.textContent = '';
      pageRows.forEach(function (r) { tbody.appendChild(r); });
      pagers.forEach(function (p) { p.style.display = ""; });
      status.textContent = 'Showing this page of all ' + S.data.s0.total + ' sources.';
      return;
    }
    status.textContent = 'Filtering all ' + S.data.s0.total + ' sources…';
    var files = [];
    for (var n = 0; n < S.data.s0.files; n++) { files.push(load(n)); }
    Promise.all(files).then(function (chunks) {
      if (mine !== seq) { return; }
      var match = [];
      chunks.forEach(function (c) {
        c.rows.forEach(function (r) {
          var ok = Object.keys(w).every(function (f) { return (r[FIELDS[f]] || '') === w[f]; });
          if (ok) { match.push(r); }
        });
      });
      tbody.textContent = '';
      match.slice(0, SHOW).forEach(function (r) { tbody.appendChild(row(r)); });
      pagers.forEach(function (p) { p.style.display = "none"; });
      status.textContent = match.length + ' of ' + S.data.s0.total + ' sources match' +
        (match.length > SHOW ? '; the first ' + SHOW + ' are shown, choose more filters to narrow them.' : '.');
    }).catch(function (e) { status.textContent = 'Filtering failed: ' + e.message; });
  }

  function applyPage() {
    var shown = 0;
    pageRows.forEach(function (r) {
      var ok = selects.every(function (sel) {
        return sel.value === '*' || (r.getAttribute('data-' + sel.getAttribute('data-filter')) || '') === sel.value;
      });
      r.hidden = !ok;
      if (ok) { shown++; }
    });
    status.textContent = shown === pageRows.length ? 'Showing all ' + pageRows.length + ' sources.'
      : 'Showing ' + shown + ' of ' + pageRows.length + ' sources.';
  }

  function start(apply) {
    selects.forEach(function (sel) { sel.addEventListener('change', apply); });
    form.addEventListener('reset', function () { setTimeout(apply, 0); });
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    form.hidden = false;
    apply();
  }

  if (split) {
    load(0).then(function (first) { fill(first.facets); start(applyAll); })
      .catch(function () { /* rows missing: the pages still work without filters */ });
  } else {
    var counts = {};
    selects.forEach(function (sel) {
      var field = sel.getAttribute('data-filter');
      counts[field] = {};
      pageRows.forEach(function (r) { var v = r.getAttribute('data-' + field) || ''; counts[field][v] = (counts[field][v] || 0) + 1; });
    });
    fill(counts);
    start(applyPage);
  }
}());
