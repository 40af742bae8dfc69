package org.trustintranet.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * Runs a service call for a page and turns the outcome into messages from the resource bundle: a
 * success message, or the business rule that said no, or the invalid fields. Nothing else about a
 * failure (no class name, no stack trace) reaches the user.
 */
@RequestScoped
public class Feedback {
  private static final Logger LOG = Logger.getLogger(Feedback.class.getName());
  public static final String BUNDLE = "org.trustintranet.web.messages";

  @Inject FacesContext faces;
  @Inject ValidatorFactory validation;

  /** Runs {@code action}; on success shows {@code successKey} (if not null) and returns true. */
  public boolean attempt(Runnable action, String successKey, Object... arguments) {
    return attempt(
            () -> {
              action.run();
              return Boolean.TRUE;
            },
            successKey,
            arguments)
        != null;
  }

  /** Runs {@code action} and returns its result, or null when it failed (the reason is shown). */
  public <T> T attempt(Supplier<T> action, String successKey, Object... arguments) {
    try {
      T result = action.get();
      if (successKey != null) {
        info(successKey, arguments);
      }
      return result;
    } catch (BusinessException e) {
      error(e.messageKey(), e.arguments());
    } catch (ConstraintViolationException e) {
      for (ConstraintViolation<?> v : e.getConstraintViolations()) {
        add(FacesMessage.SEVERITY_ERROR, inPageLanguage(v));
      }
    } catch (RuntimeException e) {
      BusinessException cause = businessCause(e);
      if (cause == null) {
        throw e;
      }
      LOG.log(Level.FINE, "business failure wrapped by the container", e);
      error(cause.messageKey(), cause.arguments());
    }
    faces.validationFailed();
    return null;
  }

  private static BusinessException businessCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BusinessException b) {
        return b;
      }
    }
    return null;
  }

  /**
   * The violation's message in the page's language: the services validate in the server's default
   * locale, so the message template is interpolated again (ValidationMessages_cy for Welsh).
   */
  private String inPageLanguage(ConstraintViolation<?> violation) {
    try {
      return validation
          .getMessageInterpolator()
          .interpolate(
              violation.getMessageTemplate(),
              new MessageInterpolator.Context() {
                @Override
                public ConstraintDescriptor<?> getConstraintDescriptor() {
                  return violation.getConstraintDescriptor();
                }

                @Override
                public Object getValidatedValue() {
                  return violation.getInvalidValue();
                }

                @Override
                public <T> T unwrap(Class<T> type) {
                  throw new ValidationException("not available: " + type.getName());
                }
              },
              locale());
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "message kept in the server's language", e);
      return violation.getMessage();
    }
  }

  private Locale locale() {
    return faces.getViewRoot() == null ? Locale.UK : faces.getViewRoot().getLocale();
  }

  /**
   * Runs {@code call}; a business refusal that {@code fieldOf} names a field for (its client id,
   * such as {@code book:start}; null for none) is also shown at that field, so that a screen reader
   * reads the reason with the field, and is then thrown on (for {@link #attempt} to show at the
   * top).
   */
  public <T> T atTheField(Function<String, String> fieldOf, Supplier<T> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof BusinessException b && fieldOf.apply(b.messageKey()) != null) {
          String text = text(b.messageKey(), b.arguments());
          faces.addMessage(
              fieldOf.apply(b.messageKey()),
              new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
      }
      throw e;
    }
  }

  /**
   * Refuses a form's value before any service is asked: the reason {@code key} at the field {@code
   * field} (its client id, such as {@code pair:coach}), so that a screen reader reads it with the
   * field, and at the top; the request counts as failed validation.
   */
  public void refuseAt(String field, String key) {
    String text = text(key);
    faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    error(key);
    faces.validationFailed();
  }

  public void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, text(key, arguments));
  }

  public void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
  }

  private void add(FacesMessage.Severity severity, String text) {
    faces.addMessage(null, new FacesMessage(severity, text, null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }

  /** The text of {@code key} in the user's language, with its arguments filled in. */
  public String text(String key, Object... arguments) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale());
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      LOG.warning(() -> "Missing message key " + key);
      pattern = bundle.getString("error.unexpected");
    }
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
  }
}
