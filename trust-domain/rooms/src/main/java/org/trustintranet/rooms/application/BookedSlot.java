package org.trustintranet.rooms.application;

import java.time.Instant;

/** What the audit trail keeps of a new booking (public: the trail writes it as JSON). */
public record BookedSlot(long roomId, Instant start, Instant end, String status) {}
