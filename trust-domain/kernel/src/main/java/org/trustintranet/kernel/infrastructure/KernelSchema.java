package org.trustintranet.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.trustintranet.kernel.application.ContextSchema;

/** The kernel's own tables (the audit trail) migrate first. */
@ApplicationScoped
public class KernelSchema {
  @Produces
  ContextSchema schema() {
    return new ContextSchema("kernel", 0, KernelSchema.class);
  }
}
