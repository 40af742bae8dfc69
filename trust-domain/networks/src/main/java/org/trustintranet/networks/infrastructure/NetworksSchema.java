package org.trustintranet.networks.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.trustintranet.kernel.application.ContextSchema;

/** The networks context's tables migrate after membership's, whose people they name. */
@ApplicationScoped
public class NetworksSchema {
  /** The networks schema, also for tools that build a database outside the application. */
  public static final ContextSchema SCHEMA =
      new ContextSchema("networks", 50, NetworksSchema.class);

  @Produces
  ContextSchema schema() {
    return SCHEMA;
  }
}
