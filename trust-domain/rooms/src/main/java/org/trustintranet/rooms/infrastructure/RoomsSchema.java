package org.trustintranet.rooms.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.trustintranet.kernel.application.ContextSchema;

/** The rooms context's tables migrate after membership's, whose schools and people they name. */
@ApplicationScoped
public class RoomsSchema {
  /** The rooms schema, also for tools that build a database outside the application. */
  public static final ContextSchema SCHEMA = new ContextSchema("rooms", 30, RoomsSchema.class);

  @Produces
  ContextSchema schema() {
    return SCHEMA;
  }
}
