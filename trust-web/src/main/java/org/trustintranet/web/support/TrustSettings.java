package org.trustintranet.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings the screens show: the trust's name. */
@Named
@ApplicationScoped
public class TrustSettings {
  @Inject
  @ConfigProperty(name = "trust.name", defaultValue = "Trust Intranet")
  String name;

  public String getName() {
    return name;
  }
}
