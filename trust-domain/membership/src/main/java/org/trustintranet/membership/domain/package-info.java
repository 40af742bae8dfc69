/**
 * Schools, people, memberships, credentials and the login throttle, with the rules that keep them
 * consistent (a URN is six digits, a person holds one current role per school, a leaver holds
 * none). Also the pure part of the staff import: reading a staff CSV file ({@link StaffCsv}) and
 * deciding what to do with each row ({@link StaffImportPlanner}).
 */
package org.trustintranet.membership.domain;
