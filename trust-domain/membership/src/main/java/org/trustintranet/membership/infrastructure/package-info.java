/**
 * JPA repositories of the membership context, its answer to the kernel's {@code UserDirectory}, its
 * schema registration and the demo trust seeded on first start.
 */
package org.trustintranet.membership.infrastructure;
