/* Filters on the sources index (kind, publisher, year, language): plain JavaScript on the
 * static page. Without JavaScript the form stays hidden and the whole table shows. */
(function () {
  'use strict';
  var form = document.getElementById('source-filters');
  var table = document.getElementById('sources-table');
  if (!form || !table) { return; }
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var selects = Array.prototype.slice.call(form.querySelectorAll('select[data-filter]'));
  var status = document.getElementById('filter-status');
  var EMPTY = { kind: '(none)', publisher: '(not stated)', year: '(undated)', language: '(not stated)' };

  selects.forEach(function (sel) {
    var field = sel.getAttribute('data-filter');
    var counts = {};
    rows.forEach(function (r) { var v = r.getAttribute('data-' + field) || ''; counts[v] = (counts[v] || 0) + 1; });
    var values = Object.keys(counts).sort(function (a, b) {
      if (!a || !b) { return a ? -1 : b ? 1 : 0; }
      return field === 'year' ? b.localeCompare(a) : a.localeCompare(b);
    });
    values.forEach(function (v) {
      var o = document.createElement('option');
      o.value = v;
      o.textContent = (v || EMPTY[field]) + ' (' + counts[v] + ')';
      sel.appendChild(o);
    });
  });

  function apply() {
    var shown = 0;
    rows.forEach(function (r) {
      var ok = selects.every(function (sel) {
        return sel.value === '*' || (r.getAttribute('data-' + sel.getAttribute('data-filter')) || '') === sel.value;
      });
      r.hidden = !ok;
      if (ok) { shown++; }
    });
    var scope = form.getAttribute('data-scope') === 'page' ? ' on this page' : '';
    status.textContent = shown === rows.length ? 'Showing all ' + rows.length + ' sources' + scope + '.'
      : 'Showing ' + shown + ' of ' + rows.length + ' sources' + scope + '.';
  }

  selects.forEach(function (sel) { sel.addEventListener('change', apply); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  form.hidden = false;
  apply();
}());
