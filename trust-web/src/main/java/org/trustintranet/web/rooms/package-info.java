/**
 * The rooms screens: the rooms a person may book, one room (its next two weeks and the booking
 * form), the page where managers add and change rooms, and a person's own bookings. Thin beans, one
 * per page, calling the rooms context's service.
 */
package org.trustintranet.web.rooms;
