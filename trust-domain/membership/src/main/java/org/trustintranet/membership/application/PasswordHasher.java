package org.trustintranet.membership.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PBKDF2 password hashing through Jakarta Security. Each hash string carries its algorithm,
 * iteration count and salt, so raising the iteration count later leaves existing passwords valid.
 */
@ApplicationScoped
public class PasswordHasher {
  @Inject Pbkdf2PasswordHash pbkdf2;

  @Inject
  @ConfigProperty(name = "trust.password.iterations", defaultValue = "210000")
  int iterations;

  /** A hash of a password nobody has, verified against when the email is unknown (equal timing). */
  private String decoy;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    decoy = pbkdf2.generate("no-such-account-decoy".toCharArray());
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean matches(String password, String hash) {
    return pbkdf2.verify(password.toCharArray(), hash);
  }

  /** Spends the time a real check would, so that unknown emails cannot be told apart by timing. */
  public void spendEqualTime(String password) {
    pbkdf2.verify(password.toCharArray(), decoy);
  }
}
