package org.trustintranet.kernel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.trustintranet.kernel.domain.AuditEntry;
import org.trustintranet.kernel.domain.AuditQuery;
import org.trustintranet.kernel.domain.AuditRecord;
import org.trustintranet.kernel.domain.AuditRepository;
import org.trustintranet.kernel.domain.Page;
import org.trustintranet.kernel.domain.PageRequest;
import org.trustintranet.kernel.domain.TrustRole;
import org.trustintranet.kernel.domain.UserProfile;

/**
 * Writes and reads the audit trail. Writing joins the caller's transaction, so an entry exists
 * exactly when the change it describes was committed. Before and after states are any records, kept
 * as JSON.
 */
@ApplicationScoped
public class AuditTrail {
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject AuditRepository repository;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  /** Records a change made by the current user. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      String action,
      String subjectType,
      Long subjectId,
      String summary,
      Object before,
      Object after) {
    UserProfile actor = currentUser.profile();
    repository.add(
        new AuditEntry(
            clock.instant(),
            actor.isAnonymous() ? null : actor.personId(),
            actor.isAnonymous() ? "system" : actor.displayName(),
            action,
            subjectType,
            subjectId,
            summary,
            before == null ? null : JSON.toJson(before),
            after == null ? null : JSON.toJson(after)));
  }

  /** A page of the trail, newest first; trust admins only. */
  @Transactional
  public Page<AuditRecord> browse(AuditQuery query, PageRequest page) {
    currentUser.requireTrustRole(TrustRole.TRUST_ADMIN);
    return repository.find(query, page);
  }

  /** How many entries match; trust admins only. For lazy tables, with {@link #entries}. */
  @Transactional
  public long count(AuditQuery query) {
    currentUser.requireTrustRole(TrustRole.TRUST_ADMIN);
    return repository.count(query);
  }

  /** One page of entries, newest first, without counting them; trust admins only. */
  @Transactional
  public List<AuditRecord> entries(AuditQuery query, PageRequest page) {
    currentUser.requireTrustRole(TrustRole.TRUST_ADMIN);
    return repository.rows(query, page);
  }

  /** Distinct actions recorded so far, for a filter list. */
  @Transactional
  public List<String> actions() {
    currentUser.requireTrustRole(TrustRole.TRUST_ADMIN);
    return repository.actions();
  }
}
