package org.trustintranet.kernel.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret in an address that is its own only credential (news Atom feeds, rooms calendar feeds,
 * read by feed readers without a session): 32 random bytes from a strong generator, written as 43
 * URL-safe base64 characters. Only its {@link #hash() SHA-256 hash} is stored, so the token is
 * shown once, when it is made. Its {@link #toString()} never shows the secret, so that it cannot
 * reach a log by accident.
 */
public final class SecretToken {
  /** The length of a token's text. */
  public static final int LENGTH = 43;

  /** The length of a stored hash: 64 hex digits. */
  public static final int HASH_LENGTH = 64;

  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String text;

  private SecretToken(String text) {
    this.text = text;
  }

  /** A new, unguessable token. */
  public static SecretToken generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return new SecretToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** The token written as {@code text}, if it has a token's shape (junk is no token at all). */
  public static Optional<SecretToken> parse(String text) {
    return text != null && SHAPE.matcher(text).matches()
        ? Optional.of(new SecretToken(text))
        : Optional.empty();
  }

  /** The secret, to be put into the address shown to its owner once. */
  public String text() {
    return text;
  }

  /** What is stored and looked up: the SHA-256 of the token, as 64 lower-case hex digits. */
  public String hash() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SecretToken t && MessageDigest.isEqual(bytes(), t.bytes());
  }

  private byte[] bytes() {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** Never the secret. */
  @Override
  public String toString() {
    return "SecretToken[hidden]";
  }
}
