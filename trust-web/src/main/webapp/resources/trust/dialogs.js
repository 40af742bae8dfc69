/* Trust Intranet: a dialog gives the focus back when it closes (WCAG 2.4.3) to what opened it: the element
   focused before it showed, or, for a dialog the server opened after a form's post (a table row's button),
   the button that posted the form. PrimeFaces' modal dialogs keep the focus inside while open. */
(function () {
  var KEY = 'trust.dialogOpener';
  document.addEventListener('submit', function (event) {
    var opener = event.submitter || document.activeElement;
    if (opener && opener.id) {
      sessionStorage.setItem(KEY, opener.id);
    }
  }, true);
  if (!window.PrimeFaces || !PrimeFaces.widget || !PrimeFaces.widget.Dialog) {
    return;
  }
  var proto = PrimeFaces.widget.Dialog.prototype;
  var show = proto.show;
  var hide = proto.hide;
  proto.show = function () {
    var active = document.activeElement;
    if (active && active !== document.body && !(this.jq && this.jq[0].contains(active))) {
      this.trustOpener = active.id || null;
    } else {
      this.trustOpener = sessionStorage.getItem(KEY);
    }
    sessionStorage.removeItem(KEY);
    return show.apply(this, arguments);
  };
  proto.hide = function () {
    var openerId = this.trustOpener;
    var result = hide.apply(this, arguments);
    setTimeout(function () {
      var opener = openerId ? document.getElementById(openerId) : null;
      (opener || document.getElementById('main')).focus();
    }, 50);
    return result;
  };
  // Dialogs the page already showed before this script ran.
  Object.keys(PrimeFaces.widgets || {}).forEach(function (name) {
    var widget = PrimeFaces.widgets[name];
    if (widget instanceof PrimeFaces.widget.Dialog && widget.isVisible && widget.isVisible()) {
      widget.trustOpener = sessionStorage.getItem(KEY);
      sessionStorage.removeItem(KEY);
    }
  });
})();
