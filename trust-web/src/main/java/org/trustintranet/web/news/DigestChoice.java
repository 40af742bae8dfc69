package org.trustintranet.web.news;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.trustintranet.news.application.DigestChoiceOption;
import org.trustintranet.news.application.DigestService;
import org.trustintranet.web.support.Feedback;

/** The news digest part of "My profile": none, daily or weekly. */
@Named
@ViewScoped
public class DigestChoice implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject DigestService digests;
  @Inject Feedback feedback;

  private String frequency;

  public String getFrequency() {
    if (frequency == null) {
      frequency = digests.myDigest().name();
    }
    return frequency;
  }

  public void setFrequency(String frequency) {
    this.frequency = frequency;
  }

  public List<DigestChoiceOption> getFrequencies() {
    return List.of(DigestChoiceOption.values());
  }

  public void save() {
    DigestChoiceOption chosen;
    try {
      chosen = DigestChoiceOption.valueOf(String.valueOf(frequency));
    } catch (IllegalArgumentException e) {
      feedback.error("error.news.digestChoice");
      frequency = null;
      return;
    }
    feedback.attempt(() -> digests.chooseDigest(chosen), "news.digest.saved." + chosen.name());
  }
}
