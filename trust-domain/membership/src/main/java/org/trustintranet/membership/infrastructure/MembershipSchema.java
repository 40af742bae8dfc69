package org.trustintranet.membership.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.trustintranet.kernel.application.ContextSchema;

/** The membership context's tables migrate right after the kernel's. */
@ApplicationScoped
public class MembershipSchema {
  @Produces
  ContextSchema schema() {
    return new ContextSchema("membership", 10, MembershipSchema.class);
  }
}
