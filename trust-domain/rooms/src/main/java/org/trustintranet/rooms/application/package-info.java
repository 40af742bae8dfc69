/**
 * The rooms service that screens and other contexts call ({@code RoomService}, records in, records
 * out): it checks who is asking (the kernel's current user), asks {@code RoomPolicy}, coordinates
 * the repository and writes the audit trail.
 */
package org.trustintranet.rooms.application;
