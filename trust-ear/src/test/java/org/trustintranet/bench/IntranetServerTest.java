package org.trustintranet.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IntranetServerTest {
  @Test
  void readsHeapUsedAndCommittedFromJcmd() {
    String heapInfo =
        """
        10838:
         garbage-first heap   total 253952K, used 100632K [0x0000000687400000, 0x0000000800000000)
          region size 4096K, 13 young (53248K), 3 survivors (12288K)
         Metaspace       used 39006K, committed 39360K, reserved 1114112K
        """;
    assertArrayEquals(
        new long[] {100632L * 1024, 253952L * 1024}, IntranetServer.parseHeapInfo(heapInfo));
  }

  @Test
  void refusesOutputItDoesNotKnow() {
    assertThrows(
        IllegalStateException.class,
        () -> IntranetServer.parseHeapInfo("10838: Could not attach to the process"));
  }
}
