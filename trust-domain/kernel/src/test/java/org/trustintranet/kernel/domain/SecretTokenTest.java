package org.trustintranet.kernel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretTokenTest {
  @Test
  void aNewTokenIs43UrlSafeCharactersAndNeverTheSameTwice() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String text = SecretToken.generate().text();
      assertEquals(SecretToken.LENGTH, text.length());
      assertTrue(text.matches("[A-Za-z0-9_-]+"), text);
      assertTrue(seen.add(text), "a token came twice");
    }
  }

  @Test
  void onlyTheHashIsStoredAndItIsTheSha256OfTheToken() {
    SecretToken token = SecretToken.parse("a".repeat(43)).orElseThrow();
    // printf 'a%.0s' $(seq 43) | sha256sum
    assertEquals("66d34fba71f8f450f7e45598853e53bfc23bbd129027cbb131a2f4ffd7878cd0", token.hash());
    assertTrue(token.hash().matches("[0-9a-f]{64}"));
    assertFalse(token.hash().contains(token.text()));
    assertEquals(token.hash(), SecretToken.parse("a".repeat(43)).orElseThrow().hash());
    assertNotEquals(token.hash(), SecretToken.parse("b".repeat(43)).orElseThrow().hash());
  }

  @Test
  void aTokenParsedBackEqualsTheOneMadeAndIsNeverPrinted() {
    SecretToken made = SecretToken.generate();
    SecretToken parsed = SecretToken.parse(made.text()).orElseThrow();
    assertEquals(made, parsed);
    assertEquals(made.hash(), parsed.hash());
    assertFalse(made.toString().contains(made.text()), "toString must hide the secret");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "short",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa+",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa=",
        "../../../../../../../../../../etc/passwd/..",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa%",
        "' or 1=1 --aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
      })
  void junkIsNoTokenAtAll(String text) {
    assertTrue(SecretToken.parse(text).isEmpty(), String.valueOf(text));
  }
}
