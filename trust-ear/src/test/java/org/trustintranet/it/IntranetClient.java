package org.trustintranet.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript: keeps its own session cookie, follows no redirect by itself, and
 * can post a Faces form (with the page's view state) the way a person, or an attacker, would. The
 * benchmark signs its users in with it and hands their sessions to the load tool.
 */
public final class IntranetClient {
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  /** PrimeFaces' CSP mode puts a nonce in each page and expects it back with every post. */
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  private final URI base;
  private String lastNonce;
  private final HttpClient http;
  private final CookieManager cookies = new CookieManager();
  private String lastViewState;

  private final Duration requestTimeout;

  public IntranetClient(URI base) {
    this(base, Duration.ofSeconds(60));
  }

  /**
   * A client whose requests may each take up to {@code requestTimeout} (a large import's apply). It
   * speaks HTTP/1.1, as browsers do without TLS (no h2c upgrade).
   */
  public IntranetClient(URI base, Duration requestTimeout) {
    this.base = base;
    this.requestTimeout = requestTimeout;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  public HttpResponse<String> get(String path) {
    HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve(path)).GET());
    remember(response);
    return response;
  }

  /** Posts a Faces form: the form id, its fields, and the view state of the last page fetched. */
  public HttpResponse<String> post(String path, String formId, Map<String, String> fields) {
    String body = formBody(formId, fields);
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    remember(response);
    return response;
  }

  /**
   * Posts a Faces form with {@code enctype="multipart/form-data"} as a browser does: the form id,
   * its fields, one file ({@code fileField}, named {@code fileName}, of type text/csv), the view
   * state and PrimeFaces' nonce of the last page fetched.
   */
  public HttpResponse<String> postMultipart(
      String path,
      String formId,
      Map<String, String> fields,
      String fileField,
      String fileName,
      byte[] content) {
    String boundary = "----trust" + UUID.randomUUID().toString().replace("-", "");
    Map<String, String> all = new LinkedHashMap<>();
    all.put(formId, formId);
    all.putAll(fields);
    all.put("jakarta.faces.ViewState", lastViewState);
    if (lastNonce != null) {
      all.put("primefaces.nonce", lastNonce);
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    all.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + (value == null ? "" : value)
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + fileField
                + "\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    remember(response);
    return response;
  }

  /**
   * The url-encoded body of a post of the last page's form, as {@link #post} sends it: the form id,
   * its fields, the view state and PrimeFaces' nonce.
   */
  public String formBody(String formId, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put(formId, formId);
    all.putAll(fields);
    all.put("jakarta.faces.ViewState", lastViewState);
    if (lastNonce != null) {
      all.put("primefaces.nonce", lastNonce);
    }
    return all.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  /** The session's cookies as a Cookie request header ("name=value; ..."), or "" for none. */
  public String cookieHeader() {
    return cookies.getCookieStore().get(base).stream()
        .map(c -> c.getName() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
  }

  /**
   * Posts exactly these url-encoded fields (nothing added: no view state, no nonce unless given)
   * with these extra request headers, as a crafted form or script of another site would.
   */
  public HttpResponse<String> postFields(
      String path, Map<String, String> fields, Map<String, String> headers) {
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    HttpResponse<String> response = send(request);
    remember(response);
    return response;
  }

  /**
   * Posts {@code body} as it is (a file's bytes, as the library's uploader sends one) with these
   * request headers and the session's cookies.
   */
  public HttpResponse<String> postRaw(
      String path, HttpRequest.BodyPublisher body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/octet-stream")
            .POST(body);
    headers.forEach(request::header);
    return send(request);
  }

  /** The view state of the last page fetched (null before any). */
  public String lastViewState() {
    return lastViewState;
  }

  /** PrimeFaces' nonce of the last page fetched (null when it had none). */
  public String lastNonce() {
    return lastNonce;
  }

  /** Forgets the page's view state, as a forged cross-site form would not know it. */
  public void forgeViewState(String value) {
    lastViewState = value;
  }

  /**
   * A client of the deployment at {@code deployment} (on loopback) signed in as a demo user ({@code
   * "school.admin"}) through the sign-in page.
   */
  public static IntranetClient signedIn(URL deployment, String user) {
    IntranetClient client = new IntranetClient(TestData.loopback(deployment));
    int status = client.signIn(user + TestData.DOMAIN, TestData.PASSWORD).statusCode();
    if (status != 302) {
      throw new AssertionError(user + " could not sign in: status " + status);
    }
    return client;
  }

  /** Signs in through the real sign-in page; returns the response to the form post. */
  public HttpResponse<String> signIn(String email, String password) {
    get("login.xhtml");
    return post("login.xhtml", "login", signInFields(email, password));
  }

  /** The fields of the sign-in form, as a person fills them in. */
  public static Map<String, String> signInFields(String email, String password) {
    return Map.of("login:email", email, "login:password", password, "login:signIn", "");
  }

  private void remember(HttpResponse<String> response) {
    Matcher m = VIEW_STATE.matcher(response.body());
    if (m.find()) {
      lastViewState = m.group(1);
    }
    Matcher n = NONCE.matcher(response.body());
    if (n.find()) {
      lastNonce = n.group(1);
    }
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(
          request.timeout(requestTimeout).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
  }
}
