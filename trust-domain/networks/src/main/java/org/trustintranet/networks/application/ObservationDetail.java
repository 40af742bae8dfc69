package org.trustintranet.networks.application;

import java.io.Serializable;

/**
 * One observation for one of its two people: the observation, the asker's own feedback and the
 * partner's (each null until recorded). Only the two are ever given it.
 */
public record ObservationDetail(
    ObservationView observation, FeedbackView mine, FeedbackView partner) implements Serializable {
  private static final long serialVersionUID = 1L;
}
