package org.trustintranet.web.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NetworkResourcesPageTest {
  @Test
  void aNumberOrALibraryAddressNamesAResource() {
    assertEquals(12L, NetworkResourcesPage.resourceId(" 12 "));
    assertEquals(
        12L,
        NetworkResourcesPage.resourceId("https://intranet.example/library/resource.xhtml?id=12"));
    assertEquals(7L, NetworkResourcesPage.resourceId("/library/resource.xhtml?lang=cy&id=7#files"));
  }

  @Test
  void anythingElseNamesNone() {
    assertNull(NetworkResourcesPage.resourceId(null));
    assertNull(NetworkResourcesPage.resourceId(""));
    assertNull(NetworkResourcesPage.resourceId("fractions"));
    assertNull(NetworkResourcesPage.resourceId("-3"));
    assertNull(NetworkResourcesPage.resourceId("https://example.org/news/post.xhtml?id=12"));
    assertNull(NetworkResourcesPage.resourceId("99999999999999999999999"));
    assertNull(NetworkResourcesPage.resourceId("/library/resource.xhtml?id=99999999999999999999"));
  }
}
