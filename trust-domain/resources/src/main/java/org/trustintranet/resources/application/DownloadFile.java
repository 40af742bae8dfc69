package org.trustintranet.resources.application;

import java.io.InputStream;
import java.util.function.Supplier;

/**
 * A file to send: content id (the ETag), the cleaned file name, the detected type, the size, and
 * the bytes, opened by whoever sends them (and closed by them); the supplier throws {@code
 * NotFoundException} when the store lost them.
 */
public record DownloadFile(
    String contentId, String fileName, String mediaType, long size, Supplier<InputStream> open) {}
