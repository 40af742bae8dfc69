/**
 * What the screens and the other contexts may ask of the membership context: schools, staff, the
 * staff import, sign-in and "my profile". Records in, records out; every method checks who may call
 * it.
 */
package org.trustintranet.membership.application;
