package org.trustintranet.kernel.application;

/**
 * What happens once when the application starts, before the first request is served: every
 * context's schema is brought up to date, then {@link SchemaMigrated} tells the contexts' own
 * start-up tasks (such as seeding the demo trust) that the database is ready.
 */
public interface Startup {
  /** Runs the start-up once per application start; later calls do nothing. */
  void start();
}
