package org.trustintranet.bench;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The benchmark tools' options: {@code --name value} or {@code --name=value}, each from a known
 * set; settings fall back as the application's do (system property, then environment variable).
 */
final class CommandLine {
  private final Map<String, String> given;

  private CommandLine(Map<String, String> given) {
    this.given = given;
  }

  /** Reads the options; an unknown option, a stray argument or a missing value is refused. */
  static CommandLine parse(String[] args, Set<String> names) {
    Map<String, String> given = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("Unexpected argument: " + arg);
      }
      String name = arg.substring(2);
      String value;
      int equals = name.indexOf('=');
      if (equals >= 0) {
        value = name.substring(equals + 1);
        name = name.substring(0, equals);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException("Option --" + name + " needs a value");
      }
      if (!names.contains(name)) {
        throw new IllegalArgumentException("Unknown option: --" + name);
      }
      given.put(name, value);
    }
    return new CommandLine(given);
  }

  String get(String name, String fallback) {
    return given.getOrDefault(name, fallback);
  }

  boolean has(String name) {
    return given.containsKey(name);
  }

  double decimal(String name, String fallback) {
    return number(name, fallback, Double::parseDouble);
  }

  long whole(String name, String fallback) {
    return number(name, fallback, Long::parseLong);
  }

  int count(String name, String fallback, int min, int max) {
    long value = whole(name, fallback);
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          "--" + name + " must be between " + min + " and " + max + ": " + value);
    }
    return (int) value;
  }

  private <T> T number(String name, String fallback, Function<String, T> parse) {
    String text = get(name, fallback);
    try {
      return parse.apply(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " is not a number: " + text, e);
    }
  }

  /**
   * Options read for a tool's main: {@code options} when it should run, else the status to exit
   * with (0 after printing the usage for --help, 2 after printing why the arguments were refused).
   */
  record Parsed<T>(T options, int exitStatus) {
    boolean run() {
      return options != null;
    }
  }

  static <T> Parsed<T> parseOrExplain(
      String[] args, Function<String[], T> parse, String usage, PrintStream out, PrintStream err) {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      out.print(usage);
      return new Parsed<>(null, 0);
    }
    try {
      return new Parsed<>(parse.apply(args), 0);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.print(usage);
      return new Parsed<>(null, 2);
    }
  }

  /** Ends a tool run by Maven's exec:java: only a failure exits the JVM (Maven's own). */
  static void exitOnFailure(int status) {
    if (status != 0) {
      System.exit(status);
    }
  }

  /** A setting as the application reads it: system property, else environment variable. */
  static String setting(String name, String fallback) {
    String value = System.getProperty(name);
    if (value == null) {
      value = System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
    }
    return value == null || value.isBlank() ? fallback : value;
  }
}
