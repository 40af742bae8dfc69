package org.trustintranet.networks.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class NetworkResourceTest {
  @Test
  void aNewResourceIsLinkedWhileThereIsRoom() {
    assertNull(NetworkResource.refusal(0, false));
    assertNull(NetworkResource.refusal(NetworkResource.MAX_PER_NETWORK - 1, false));
  }

  @Test
  void aResourceIsLinkedOnceOnly() {
    assertEquals("error.networks.resourceLinked", NetworkResource.refusal(3, true));
    assertEquals(
        "error.networks.resourceLinked",
        NetworkResource.refusal(NetworkResource.MAX_PER_NETWORK, true));
  }

  @Test
  void noMoreThanTheLimit() {
    assertEquals(
        "error.networks.tooManyResources",
        NetworkResource.refusal(NetworkResource.MAX_PER_NETWORK, false));
  }

  @Test
  void keysAreEqualByNetworkAndResource() {
    assertEquals(new NetworkResource.Key(1, 2), new NetworkResource.Key(1, 2));
    assertEquals(
        new NetworkResource.Key(1, 2).hashCode(), new NetworkResource.Key(1, 2).hashCode());
    assertNotEquals(new NetworkResource.Key(1, 2), new NetworkResource.Key(2, 1));
    NetworkResource link = new NetworkResource(1, 2, 3, Instant.EPOCH);
    assertEquals(2, link.getResourceId());
  }
}
