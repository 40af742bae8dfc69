package org.trustintranet.kernel.application;

/**
 * A bounded context's database schema: its name (also the suffix of its own migration history
 * table), the classpath folder of its versioned migrations, the order in which it migrates
 * (contexts migrate after those they depend on) and a class from its jar, whose class loader finds
 * the scripts.
 */
public record ContextSchema(String context, int order, Class<?> anchor) {
  public ContextSchema {
    if (!context.matches("[a-z]+")) {
      throw new IllegalArgumentException("context name must be lower-case letters: " + context);
    }
  }

  public String location() {
    return "classpath:db/" + context;
  }

  public String historyTable() {
    return "schema_history_" + context;
  }
}
