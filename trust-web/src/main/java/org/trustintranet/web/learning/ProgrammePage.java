package org.trustintranet.web.learning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trustintranet.networks.application.ProgrammeDetail;
import org.trustintranet.networks.application.ProgrammeService;
import org.trustintranet.networks.application.RegistrationLine;
import org.trustintranet.networks.application.RegistrationService;
import org.trustintranet.networks.domain.RegistrationState;
import org.trustintranet.web.support.Feedback;
import org.trustintranet.web.support.IdPage;

/**
 * Backs learning/programme.xhtml?id=PROGRAMME: one programme, its sessions and visits, registering
 * and cancelling; for its provider, publishing or withdrawing it, the registrations school by
 * school and their CSV. A programme that does not exist (or a draft of someone else's) answers 404.
 * Each action names the programme of the page's id (see {@link IdPage}); the service checks again.
 */
@Named
@ViewScoped
public class ProgrammePage extends IdPage {
  private static final long serialVersionUID = 1L;

  @Inject ProgrammeService programmes;
  @Inject RegistrationService registrations;
  @Inject Feedback feedback;

  private ProgrammeDetail detail;

  public void load() {
    detail = readOrNotFound(id -> programmes.programme(id));
  }

  private void reload() {
    ProgrammeDetail again = feedback.attempt(() -> programmes.programme(getId()), null);
    if (again != null) {
      detail = again;
    }
  }

  public void register() {
    if (detail == null) {
      return;
    }
    RegistrationState state = feedback.attempt(() -> registrations.register(getId()), null);
    if (state != null) {
      feedback.info("learning.registered." + state.name());
      reload();
    }
  }

  public void cancel() {
    if (detail != null
        && feedback.attempt(() -> registrations.cancel(getId()), "learning.cancelled")) {
      reload();
    }
  }

  public void publish() {
    if (detail != null
        && feedback.attempt(() -> programmes.publish(getId()), "learning.published")) {
      reload();
    }
  }

  public void withdraw() {
    if (detail != null
        && feedback.attempt(() -> programmes.withdraw(getId()), "learning.withdrawn")) {
      reload();
    }
  }

  /** Each school with its number of live registrations (places, waiting and requests). */
  public Map<String, Long> getPerSchool() {
    Map<String, Long> counts = new LinkedHashMap<>();
    if (detail != null) {
      for (RegistrationLine r : detail.registrations()) {
        if (r.state().isLive()) {
          counts.merge(r.schoolName(), 1L, Long::sum);
        }
      }
    }
    return counts;
  }

  public List<Map.Entry<String, Long>> getSchoolCounts() {
    return List.copyOf(getPerSchool().entrySet());
  }

  public String cost() {
    return detail == null ? "" : Programmes.cost(feedback, detail.programme().costPence());
  }

  public ProgrammeDetail getDetail() {
    return detail;
  }
}
