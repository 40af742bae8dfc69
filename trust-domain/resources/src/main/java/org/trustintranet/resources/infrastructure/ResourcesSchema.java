package org.trustintranet.resources.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.trustintranet.kernel.application.ContextSchema;

/** The resource library's tables migrate after membership's, whose schools and people they name. */
@ApplicationScoped
public class ResourcesSchema {
  /** The resources schema, also for tools that build a database outside the application. */
  public static final ContextSchema SCHEMA =
      new ContextSchema("resources", 40, ResourcesSchema.class);

  @Produces
  ContextSchema schema() {
    return SCHEMA;
  }
}
