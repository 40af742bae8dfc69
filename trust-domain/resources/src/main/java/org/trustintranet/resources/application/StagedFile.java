package org.trustintranet.resources.application;

import java.io.Serializable;

/**
 * A file uploaded and checked, waiting to become a resource (or a resource's new version): its
 * cleaned name, the type found in its bytes and its size. Only its uploader can use its id.
 */
public record StagedFile(long id, String fileName, String mediaType, long size)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
