package org.trustintranet.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.ResourceBundle;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.domain.AuditQuery;
import org.trustintranet.kernel.domain.AuditRecord;
import org.trustintranet.web.support.ServiceDataModel;

/** Backs admin/audit.xhtml: the audit trail, newest first, filtered by who, what and when. */
@Named
@ViewScoped
public class AuditView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final ZoneId TRUST_ZONE = ZoneId.of("Europe/London");

  @Inject AuditTrail audit;

  private String actor;
  private String action;
  private LocalDate from;
  private LocalDate to;
  private List<String> actions;

  private final ServiceDataModel<AuditRecord> model =
      new ServiceDataModel<>(
          () -> audit.count(query()),
          page -> audit.entries(query(), page),
          row -> Long.toString(row.id()));

  AuditQuery query() {
    return new AuditQuery(
        actor,
        action,
        null,
        from == null ? null : from.atStartOfDay(TRUST_ZONE).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(TRUST_ZONE).toInstant());
  }

  public void search() {
    // the table reloads with the filter
  }

  /** What an action code means, in the user's words; an unknown code as it is. */
  public String actionLabel(String code) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return label(faces.getApplication().getResourceBundle(faces, "msg"), code);
  }

  static String label(ResourceBundle messages, String code) {
    String key = "audit.action." + code;
    return code != null && messages.containsKey(key) ? messages.getString(key) : code;
  }

  public List<String> getActions() {
    if (actions == null) {
      actions = audit.actions();
    }
    return actions;
  }

  public ServiceDataModel<AuditRecord> getModel() {
    return model;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
