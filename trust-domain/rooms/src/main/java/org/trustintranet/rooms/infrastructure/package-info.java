/**
 * Rooms' adapters: the JPA repository (with the row lock that keeps bookings apart), its schema for
 * the migration runner, and the demo trust's rooms.
 */
package org.trustintranet.rooms.infrastructure;
