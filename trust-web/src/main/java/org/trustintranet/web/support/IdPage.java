package org.trustintranet.web.support;

import java.io.Serializable;

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
}
