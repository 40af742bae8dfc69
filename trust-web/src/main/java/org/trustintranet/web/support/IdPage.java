package org.trustintranet.web.support;

import java.io.Serializable;

/**
 * A page about one record named by its {@code id} request parameter. The parameter arrives as text,
 * so that anything but a positive number (a typo, "abc", "-1") simply names no record and the page
 * answers 404 Not Found, instead of a conversion error.
 */
public abstract class IdPage implements Serializable {
  private static final long serialVersionUID = 1L;

  private Long id;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getIdText() {
    return id == null ? null : id.toString();
  }

  public void setIdText(String text) {
    this.id = ViewParams.parseId(text);
  }
}
