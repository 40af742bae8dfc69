package org.trustintranet.kernel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Checks a service's input records against their Bean Validation constraints before anything is
 * read or written. The constraints are declared once, on the records and the service interfaces;
 * this makes sure they hold whether or not the container validates method parameters by itself.
 */
@ApplicationScoped
public class InputValidator {
  @Inject Validator validator;

  public <T> T check(T input) {
    Set<ConstraintViolation<T>> violations = validator.validate(input);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return input;
  }
}
