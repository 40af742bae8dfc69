package org.trustintranet.web.security;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link TrustExceptionHandler} (faces-config.xml) around the Faces implementation's. */
public class TrustExceptionHandlerFactory extends ExceptionHandlerFactory {
  public TrustExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new TrustExceptionHandler(getWrapped().getExceptionHandler());
  }
}
