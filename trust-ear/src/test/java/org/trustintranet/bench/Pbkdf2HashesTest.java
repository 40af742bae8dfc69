package org.trustintranet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;

/** The generator's hashes are ones Jakarta Security (Soteria, as in Payara) accepts. */
class Pbkdf2HashesTest {
  private static final byte[] SALT = new byte[Pbkdf2Hashes.SALT_BYTES];

  static {
    for (int i = 0; i < SALT.length; i++) {
      SALT[i] = (byte) (i * 7 + 3);
    }
  }

  /** Configured as the application's PasswordHasher configures it. */
  private static Pbkdf2PasswordHashImpl soteria(int iterations) {
    Pbkdf2PasswordHashImpl hash = new Pbkdf2PasswordHashImpl();
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    return hash;
  }

  @Test
  void soteriaVerifiesTheHashAtTheApplicationsDefaultIterations() {
    String hash = Pbkdf2Hashes.hash("Bench-password-1", SALT, Pbkdf2Hashes.DEFAULT_ITERATIONS);

    assertTrue(
        soteria(Pbkdf2Hashes.DEFAULT_ITERATIONS).verify("Bench-password-1".toCharArray(), hash));
    assertFalse(
        soteria(Pbkdf2Hashes.DEFAULT_ITERATIONS).verify("bench-password-1".toCharArray(), hash));
  }

  @Test
  void theHashHasTheShapeOfSoteriasOwn() {
    String ours = Pbkdf2Hashes.hash("Bench-password-1", SALT, 1024);
    String theirs = soteria(1024).generate("Bench-password-1".toCharArray());

    String[] ourParts = ours.split(":");
    String[] theirParts = theirs.split(":");
    assertEquals(4, ourParts.length);
    assertEquals(theirParts[0], ourParts[0]);
    assertEquals(theirParts[1], ourParts[1]);
    assertEquals(theirParts[2].length(), ourParts[2].length());
    assertEquals(theirParts[3].length(), ourParts[3].length());
    assertTrue(soteria(1024).verify("Bench-password-1".toCharArray(), ours));
  }
}
