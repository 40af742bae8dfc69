package org.trustintranet.web.support;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.function.LongFunction;
import org.trustintranet.kernel.domain.BusinessException;

/**
 * A page about one record named by its {@code id} request parameter. The parameter arrives as text,
 * so that anything but a positive number (a typo, "abc", "-1") simply names no record and the page
 * answers 404 Not Found, instead of a conversion error.
 *
 * <p>A view is about one record: once the page has its id, a postback that names another (a crafted
 * {@code id} field or query) does not switch the record the page acts on.
 */
public abstract class IdPage implements Serializable {
  private static final long serialVersionUID = 1L;

  private Long id;
  private boolean bound;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    if (!bound) {
      this.id = id;
      bound = true;
    }
  }

  public String getIdText() {
    return id == null ? null : id.toString();
  }

  public void setIdText(String text) {
    setId(ViewParams.parseId(text));
  }

  /**
   * What {@code read} finds for the page's id, or null after answering 404 Not Found: when there is
   * no id, or the service refuses with a business refusal (a record that is not there, or that the
   * person may not see, answers as one that does not exist). Anything else is thrown on.
   */
  protected <T> T readOrNotFound(LongFunction<T> read) {
    T found = null;
    if (id != null) {
      try {
        found = read.apply(id);
      } catch (RuntimeException e) {
        if (!refused(e)) {
          throw e;
        }
      }
    }
    if (found == null) {
      ViewParams.notFound(FacesContext.getCurrentInstance());
    }
    return found;
  }

  private static boolean refused(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BusinessException) {
        return true;
      }
    }
    return false;
  }
}
