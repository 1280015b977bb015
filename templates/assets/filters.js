/* Filters on the sources index (kind, publisher, year, language): plain JavaScript on the
 * static page. Without JavaScript the form stays hidden and the whole table shows. When the
 * index is split into pages, the options and the filtering cover every source, and one filter
 * request loads at most 500 KB at any archive size: search/idx/sm.js (loaded with the page) has
 * the options, their counts and every file's size; a filter loads the posting files of the
 * chosen options only (the row numbers that have them), intersects them (the exact count), then
 * the row files (s<n>.js) of the first matches in table order while they fit; "Show more" loads
 * the next ones, each click its own budget. Files are injected as scripts, so this works from
 * file:// too. */
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
  var moreBox = document.getElementById('filter-more');
  var more = moreBox && moreBox.querySelector('button');
  var split = form.getAttribute('data-scope') === 'pages';
  var base = form.getAttribute('data-rows');
  var NO_PUBLISHER = form.getAttribute('data-no-publisher') || 'unknown'; /* the site's one wording, from the template */
  var EMPTY = { kind: '(none)', publisher: '(' + NO_PUBLISHER + ')', year: '(undated)', language: '(not stated)' };
  var LETTER = { kind: 'k', publisher: 'p', year: 'y', language: 'l' };
  var SHOW = 250;
  var BUDGET = window.SB_FILTER_BUDGET || 500000; /* bytes a filter request may load; tests lower it */
  var B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

  var S = window.SB_SEARCH = window.SB_SEARCH || {};
  S.data = S.data || {};
  S.add = S.add || function (kind, n, data) { S.data[kind + n] = data; };

  /* The script file of key (s3, pk0-0, sm): injected once, kept in S.data. */
  function load(key) {
    if (S.data[key]) { return Promise.resolve(S.data[key]); }
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = base + key + '.js';
      s.onload = function () { s.remove(); resolve(S.data[key]); };
      s.onerror = function () { s.remove(); reject(new Error('cannot load ' + s.src)); };
      document.head.appendChild(s);
    });
  }

  /* What loading key costs this request: its size unless already loaded. */
  function cost(key, size) { return S.data[key] ? 0 : size; }

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
    } else { pub.appendChild(cell('span', NO_PUBLISHER, 'muted')); }
    tr.appendChild(pub);
    tr.appendChild(cell('td', r[6]));
    tr.appendChild(cell('td', String(r[7])));
    return tr;
  }

  var meta = null;
  var options = {};
  var seq = 0;
  var current = null;

  /* The row numbers of a posting file: gaps (d), or a bitmap of six rows a character (b). */
  function decode(data, from, out) {
    var at = from;
    if (data.d) {
      for (var k = 0; k < data.d.length; k++) { at += data.d[k]; out.push(at); }
      return;
    }
    for (var c = 0; c < data.b.length; c++) {
      var v = B64.indexOf(data.b.charAt(c));
      for (var i = 0; i < 6; i++) { if (v & (1 << i)) { out.push(from + c * 6 + i); } }
    }
  }

  /* The rows that have value v of facet f, ascending (its posting files, counted in req). */
  function posting(f, v, req) {
    var o = options[f][v];
    if (!o) { return Promise.resolve([]); }
    var keys = [];
    o.sizes.forEach(function (size, r) {
      if (size) { var key = 'p' + LETTER[f] + o.i + '-' + r; req.spent += cost(key, size); keys.push([key, r]); }
    });
    return Promise.all(keys.map(function (k) { return load(k[0]); })).then(function (parts) {
      var out = [];
      parts.forEach(function (d, j) { decode(d, keys[j][1] * meta.range, out); });
      return out;
    });
  }

  function intersect(lists) {
    lists.sort(function (a, b) { return a.length - b.length; });
    var out = lists[0];
    for (var l = 1; l < lists.length; l++) {
      var other = lists[l];
      var next = [];
      var j = 0;
      for (var i = 0; i < out.length; i++) {
        while (j < other.length && other[j] < out[i]) { j++; }
        if (j < other.length && other[j] === out[i]) { next.push(out[i]); }
      }
      out = next;
    }
    return out;
  }

  /* The next matches: the row files that hold them, in table order, while the request stays within BUDGET. */
  function showNext(req, mine) {
    var c = current;
    var from = c.next;
    var end = Math.min(c.matches.length, from + SHOW);
    var files = [];
    var upto = from;
    while (upto < end) {
      var file = Math.floor(c.matches[upto] / meta.per);
      var add = cost('s' + file, meta.sizes[file]);
      if (req.spent + add > BUDGET && (files.length || req.spent)) { break; }
      req.spent += add;
      files.push(file);
      while (upto < end && Math.floor(c.matches[upto] / meta.per) === file) { upto++; }
    }
    return Promise.all(files.map(function (n) { return load('s' + n); })).then(function () {
      if (mine !== seq) { return; }
      var first = null;
      for (var k = from; k < upto; k++) {
        var m = c.matches[k];
        var tr = row(S.data['s' + Math.floor(m / meta.per)].rows[m % meta.per]);
        if (!first) { first = tr; }
        tbody.appendChild(tr);
      }
      c.next = upto;
      var rest = c.next < c.matches.length;
      status.textContent = c.matches.length + ' of ' + meta.total + ' sources match' +
        (rest ? '; the first ' + c.next + ' are shown, “Show more” loads more (or choose more filters to narrow them).' : '.');
      if (!rest && more && document.activeElement === more && first) { first.querySelector('a').focus(); }
      if (moreBox) { moreBox.hidden = !rest; }
    });
  }

  function failed(e) { status.textContent = 'Filtering failed: ' + e.message; }

  function applyAll() {
    var w = wanted();
    var mine = ++seq;
    current = null;
    if (moreBox) { moreBox.hidden = true; }
    if (!Object.keys(w).length) {
      tbody.textContent = '';
      pageRows.forEach(function (r) { tbody.appendChild(r); });
      pagers.forEach(function (p) { p.style.display = ""; });
      status.textContent = 'Showing this page of all ' + meta.total + ' sources.';
      return;
    }
    status.textContent = 'Filtering all ' + meta.total + ' sources…';
    var req = { spent: 0 };
    Promise.all(Object.keys(w).map(function (f) { return posting(f, w[f], req); })).then(function (lists) {
      if (mine !== seq) { return; }
      current = { matches: intersect(lists), next: 0 };
      tbody.textContent = '';
      pagers.forEach(function (p) { p.style.display = "none"; });
      return showNext(req, mine);
    }).catch(failed);
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
    load('sm').then(function (m) {
      meta = m;
      var counts = {};
      Object.keys(m.facets).forEach(function (f) {
        counts[f] = {};
        options[f] = {};
        m.facets[f].forEach(function (o, i) { counts[f][o[0]] = o[1]; options[f][o[0]] = { i: i, sizes: o[2] }; });
      });
      fill(counts);
      if (more) {
        var busy = false;
        more.addEventListener('click', function () {
          if (!current || busy) { return; } /* a second click while the first loads would show its rows twice */
          busy = true;
          showNext({ spent: 0 }, seq).catch(failed).then(function () { busy = false; });
        });
      }
      start(applyAll);
    }).catch(function () { /* rows missing: the pages still work without filters */ });
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
