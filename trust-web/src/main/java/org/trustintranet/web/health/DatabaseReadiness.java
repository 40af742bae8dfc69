package org.trustintranet.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready to serve only while the database answers (/health/ready). */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  @Inject Database database;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("database").status(database.answers()).build();
  }
}
