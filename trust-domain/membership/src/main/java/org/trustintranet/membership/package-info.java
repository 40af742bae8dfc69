/**
 * The membership context owns the trust's schools, its staff, their accounts and credentials, and
 * their memberships (person × school × role). It answers the kernel's question "who is this
 * caller?" and offers the other contexts small services to look schools and people up by id.
 */
package org.trustintranet.membership;
