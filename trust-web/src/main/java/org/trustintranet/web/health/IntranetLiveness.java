package org.trustintranet.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive whenever it can answer (/health/live): a database outage is not a reason to restart the
 * intranet, which recovers by itself when the database is back.
 */
@Liveness
@ApplicationScoped
public class IntranetLiveness implements HealthCheck {
  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.up("intranet");
  }
}
