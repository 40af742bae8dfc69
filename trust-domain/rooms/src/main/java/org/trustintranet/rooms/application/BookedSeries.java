package org.trustintranet.rooms.application;

import java.time.Instant;
import java.util.List;

/** What the audit trail keeps of a booked series (public: the trail writes it as JSON). */
public record BookedSeries(
    long roomId,
    String repeat,
    int booked,
    Instant firstStart,
    Instant lastStart,
    List<String> skipped) {}
