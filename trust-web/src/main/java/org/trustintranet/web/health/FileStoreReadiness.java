package org.trustintranet.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.trustintranet.kernel.application.FileStore;

/** Ready to serve only while the file store takes new files (/health/ready). */
@Readiness
@ApplicationScoped
public class FileStoreReadiness implements HealthCheck {
  @Inject FileStore files;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("file-store").status(files.writable()).build();
  }
}
