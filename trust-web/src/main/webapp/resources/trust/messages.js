/* Trust Intranet: PrimeFaces' messages put role="alert" on each <li> of their list, and a list may hold only
   list items (WCAG 1.3.1, axe "list"). The alert goes on the messages' box instead, which announces the same
   text; kept so after every ajax update of the messages. */
(function () {
  function fix() {
    document.querySelectorAll('.ui-messages ul > li[role]').forEach(function (item) {
      var box = item.closest('.ui-messages > div') || item.parentNode.parentNode;
      box.setAttribute('role', item.getAttribute('role'));
      item.removeAttribute('role');
    });
  }
  new MutationObserver(fix).observe(document.body, { childList: true, subtree: true });
  fix();
})();
