/* Trust Intranet: the rooms calendar's grid (FullCalendar, inside p:schedule, a table with role="grid") has a
   caption (WCAG 1.3.1). FullCalendar draws and redraws the grid itself (each view, each range), so the caption,
   given on the holder as data-calendar-caption, is put back whenever the grid lacks it, and its inner layout
   tables are marked as such. */
(function () {
  document.querySelectorAll('[data-calendar-caption]').forEach(function (holder) {
    function caption() {
      // The grid's inner tables only lay out its slots and columns (FullCalendar marks most of them so
      // itself): the grid is the one data table.
      holder.querySelectorAll('table:not(.fc-scrollgrid):not([role])').forEach(function (inner) {
        inner.setAttribute('role', 'presentation');
      });
      var table = holder.querySelector('table.fc-scrollgrid');
      if (!table || table.caption) {
        return;
      }
      var text = document.createElement('caption');
      text.className = 'sr-only';
      text.textContent = holder.getAttribute('data-calendar-caption');
      table.insertBefore(text, table.firstChild);
    }
    new MutationObserver(caption).observe(holder, { childList: true, subtree: true });
    caption();
  });
})();
