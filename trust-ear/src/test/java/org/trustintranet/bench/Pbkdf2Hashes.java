package org.trustintranet.bench;

import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 password hashes in the format of Jakarta Security's {@code Pbkdf2PasswordHash} as Payara
 * implements it (Soteria's {@code Pbkdf2PasswordHashImpl}): {@code
 * algorithm:iterations:base64(salt):base64(key)}, with the settings of the application's
 * PasswordHasher (PBKDF2WithHmacSHA512, a 32-byte salt, a 64-byte key). The application verifies
 * such a hash like one it made itself.
 */
final class Pbkdf2Hashes {
  static final String ALGORITHM = "PBKDF2WithHmacSHA512";
  static final int DEFAULT_ITERATIONS = 210_000;
  static final int SALT_BYTES = 32;
  static final int KEY_BYTES = 64;

  private Pbkdf2Hashes() {}

  /** The hash string of {@code password} with this salt (its length is the salt size). */
  static String hash(String password, byte[] salt, int iterations) {
    char[] chars = password.toCharArray();
    PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, KEY_BYTES * 8);
    try {
      byte[] key = SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
      Base64.Encoder base64 = Base64.getEncoder();
      return ALGORITHM
          + ":"
          + iterations
          + ":"
          + base64.encodeToString(salt)
          + ":"
          + base64.encodeToString(key);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available in this JVM", e);
    } finally {
      spec.clearPassword();
    }
  }
}
