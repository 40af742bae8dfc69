package org.trustintranet.kernel.infrastructure;

/** Fired once at start-up, after every context's schema is up to date. */
public record SchemaMigrated(int contexts) {}
