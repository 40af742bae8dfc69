package org.trustintranet.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One thing users do, as the load tool replays it: the prepared requests (one per signed-in
 * session, or per sign-in form), the status every answer must have and the marker that proves it is
 * the right page (not the sign-in or an error page).
 */
record Scenario(
    String name,
    String description,
    int expectedStatus,
    String marker,
    boolean once,
    List<Request> requests) {

  /** A request as the wrk script reads it; cookie and body may be null. */
  record Request(String method, String path, String cookie, String body) {
    Request {
      for (String field : new String[] {method, path, cookie, body}) {
        if (field != null && (field.contains("\t") || field.contains("\n") || field.isEmpty())) {
          throw new IllegalArgumentException(
              "A request field cannot be empty or hold tabs: " + field);
        }
      }
    }

    String line() {
      return String.join(
          "\t", method, path, cookie == null ? "-" : cookie, body == null ? "-" : body);
    }
  }

  /** Distinct sessions (or sign-in forms) behind the requests; 0 for pages without one. */
  int sessions() {
    return (int) requests.stream().map(Request::cookie).filter(Objects::nonNull).distinct().count();
  }

  Path write(Path dir) throws IOException {
    Path file = dir.resolve(name + ".requests");
    Files.write(file, requests.stream().map(Request::line).toList(), StandardCharsets.UTF_8);
    return file;
  }
}
