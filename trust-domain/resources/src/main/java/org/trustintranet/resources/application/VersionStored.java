package org.trustintranet.resources.application;

/**
 * A version with a file was stored: once its transaction commits, its words are read in the
 * background ({@link TextIndexer}), so that the upload returns at once.
 */
public record VersionStored(long versionId) {}
