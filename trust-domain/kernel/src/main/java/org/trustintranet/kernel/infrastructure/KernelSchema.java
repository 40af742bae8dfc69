package org.trustintranet.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.trustintranet.kernel.application.ContextSchema;

/** The kernel's own tables (the audit trail) migrate first. */
@ApplicationScoped
public class KernelSchema {
  /** The kernel's schema, also for tools that build a database outside the application. */
  public static final ContextSchema SCHEMA = new ContextSchema("kernel", 0, KernelSchema.class);

  @Produces
  ContextSchema schema() {
    return SCHEMA;
  }
}
