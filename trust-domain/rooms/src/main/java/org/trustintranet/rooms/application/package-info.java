/**
 * The rooms service that screens and other contexts call ({@code RoomService}, records in, records
 * out): it checks who is asking (the kernel's current user), asks {@code RoomPolicy}, coordinates
 * the repository and writes the audit trail. {@code CalendarFeedService} hands out the iCalendar
 * feeds (a token is their only credential), written with ical4j by {@code ICalendarWriter}.
 */
package org.trustintranet.rooms.application;
