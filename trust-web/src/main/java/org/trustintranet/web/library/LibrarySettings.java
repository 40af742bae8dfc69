package org.trustintranet.web.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The library's upload limit as the screens show and apply it: the browser refuses a larger file
 * before sending it ({@code sizeLimit} of the upload). The service reads the same setting and
 * enforces it whatever the browser does.
 */
@Named
@ApplicationScoped
public class LibrarySettings {
  /** The setting's default: 100 MB. */
  static final long DEFAULT_MAX = 104_857_600L;

  @Inject
  @ConfigProperty(name = "trust.resources.max-upload-bytes", defaultValue = "104857600")
  long maxUploadBytes;

  public long getMaxUploadBytes() {
    return maxUploadBytes > 0 ? maxUploadBytes : DEFAULT_MAX;
  }

  /** The limit in whole megabytes (at least 1), for the upload's hint and message. */
  public long getMaxUploadMegabytes() {
    return Math.max(1, getMaxUploadBytes() / (1024 * 1024));
  }
}
