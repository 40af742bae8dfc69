/**
 * How the kernel is wired to the runtime: the JPA audit repository, the caller identity from Jakarta
 * Security, the clock and the migration runner that brings every context's schema up to date at start.
 */
package org.trustintranet.kernel.infrastructure;
