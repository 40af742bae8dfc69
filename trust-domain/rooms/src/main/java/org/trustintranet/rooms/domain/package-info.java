/**
 * Rooms and bookings as entities that change only through named actions ({@code Room.revise},
 * {@code Booking.cancel}), their value objects ({@code RoomDetails}, {@code TimeSlot}), the booking
 * rules ({@code BookingRules}), who may do what ({@code RoomPolicy}) and the repository interface.
 */
package org.trustintranet.rooms.domain;
