package org.trustintranet.news.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.trustintranet.kernel.application.ContextSchema;

/** The news context's tables migrate after membership's, whose people and schools they name. */
@ApplicationScoped
public class NewsSchema {
  /** The news schema, also for tools that build a database outside the application. */
  public static final ContextSchema SCHEMA = new ContextSchema("news", 20, NewsSchema.class);

  @Produces
  ContextSchema schema() {
    return SCHEMA;
  }
}
