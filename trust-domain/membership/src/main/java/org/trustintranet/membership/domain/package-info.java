/**
 * Schools, people, memberships, credentials and the login throttle, with the rules that keep them
 * consistent (a URN is six digits, a person holds one current role per school, a leaver holds none).
 */
package org.trustintranet.membership.domain;
