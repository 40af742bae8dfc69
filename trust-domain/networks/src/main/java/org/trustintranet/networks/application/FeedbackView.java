package org.trustintranet.networks.application;

import java.io.Serializable;
import java.time.Instant;

/** One person's feedback on an observation: shown to the observation's two people only. */
public record FeedbackView(String personName, String wentWell, String nextSteps, Instant updatedAt)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
