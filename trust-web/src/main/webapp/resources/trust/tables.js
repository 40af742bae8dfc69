/* Trust Intranet: every data table has a caption (WCAG 1.3.1), so that a screen reader announces what a
   table lists. PrimeFaces 15 writes a data table's <table> without a caption and without its component,
   so the page gives the text on the table's outer element (pt:data-caption="#{msg['…caption']}") and
   this script puts it into the <table> as its caption, after the page loads and after every ajax update
   that replaces a table. */
(function () {
  function caption() {
    document.querySelectorAll('[data-caption]').forEach(function (holder) {
      var table = holder.querySelector('table');
      if (!table || table.caption) {
        return;
      }
      var text = document.createElement('caption');
      text.className = 'sr-only';
      text.textContent = holder.getAttribute('data-caption');
      table.insertBefore(text, table.firstChild);
    });
  }
  caption();
  if (window.jQuery) {
    jQuery(document).on('pfAjaxComplete', caption);
  }
})();
