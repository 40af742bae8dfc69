/**
 * The rooms context owns the rooms that the trust's schools lend each other and their bookings. It
 * decides who may manage a room (its school's admins, trust admins), who may book it (its school's
 * staff, or all the trust's staff for a shared room) and that two bookings of a room never overlap.
 * Schools and people are membership's: rooms knows them only by id, through membership's
 * application API.
 */
package org.trustintranet.rooms;
