package org.trustintranet.membership.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.trustintranet.kernel.application.ContextSchema;

/** The membership context's tables migrate right after the kernel's. */
@ApplicationScoped
public class MembershipSchema {
  /** The membership schema, also for tools that build a database outside the application. */
  public static final ContextSchema SCHEMA =
      new ContextSchema("membership", 10, MembershipSchema.class);

  @Produces
  ContextSchema schema() {
    return SCHEMA;
  }
}
