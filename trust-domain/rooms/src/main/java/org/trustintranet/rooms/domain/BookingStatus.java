package org.trustintranet.rooms.domain;

/**
 * Where a booking stands. CONFIRMED and PENDING bookings hold their slot (no other booking of the
 * room may overlap them); DECLINED and CANCELLED ones free it.
 */
public enum BookingStatus {
  CONFIRMED,
  PENDING,
  DECLINED,
  CANCELLED;

  /** True while the booking holds its slot. */
  public boolean holdsSlot() {
    return this == CONFIRMED || this == PENDING;
  }
}
