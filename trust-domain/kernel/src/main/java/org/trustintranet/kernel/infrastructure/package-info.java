/**
 * How the kernel is wired to the runtime: the JPA audit repository, the caller identity from
 * Jakarta Security, the clock, the migration runner that brings every context's schema up to date
 * at start, and the file store on disk ({@link LocalFileStore}, directory from {@code
 * trust.files.dir}).
 */
package org.trustintranet.kernel.infrastructure;
