package org.trustintranet.web.library;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The session's token for the library's upload address, which takes a raw body rather than a Faces
 * post and so has no view state to prove where it came from: the share page renders the token, its
 * uploader sends it back in a header ({@link UploadHeaders#TOKEN}), and {@link
 * LibraryUploadServlet} refuses a post without it. Another site can neither read the page nor set
 * the header. Compared in constant time.
 */
@Named
@SessionScoped
public class UploadToken implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String value;

  public UploadToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The token, for the page. */
  public String getValue() {
    return value;
  }

  /** True when {@code sent} is this session's token. */
  public boolean matches(String sent) {
    return sent != null
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.UTF_8));
  }
}
