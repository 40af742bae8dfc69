package org.trustintranet.networks.application;

import org.trustintranet.kernel.application.ContentId;

/** A case study's file to send: its name, type, size, and its content in the file store. */
public record CaseStudyDownload(
    String fileName, String mediaType, long size, ContentId contentId) {}
