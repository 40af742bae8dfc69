package org.trustintranet.membership.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.application.InputValidator;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.ConcurrentChangeException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.TrustRole;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.membership.domain.School;
import org.trustintranet.membership.domain.SchoolRepository;
import org.trustintranet.membership.domain.Urn;

@ApplicationScoped
@Transactional
public class SchoolServiceImpl implements SchoolService {
  static final String SUBJECT = "school";

  @Inject SchoolRepository schools;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject InputValidator validator;

  @Override
  public List<SchoolView> schools(boolean includeArchived) {
    currentUser.requireSignedIn();
    Map<Long, Long> counts = schools.memberCounts();
    return schools.all(includeArchived).stream()
        .map(s -> SchoolView.of(s, counts.getOrDefault(s.getId(), 0L)))
        .toList();
  }

  @Override
  public Map<Long, String> names(boolean includeArchived) {
    Map<Long, String> names = new LinkedHashMap<>();
    schools.all(includeArchived).forEach(s -> names.put(s.getId(), s.getName()));
    return names;
  }

  @Override
  public List<SchoolView> administeredSchools() {
    UserProfile me = currentUser.requireSignedIn();
    return schools(false).stream()
        .filter(s -> me.mayAdministerSchool(s.id()))
        .sorted(Comparator.comparing(SchoolView::name))
        .toList();
  }

  @Override
  public SchoolView school(long id) {
    return findSchool(id).orElseThrow(() -> new NotFoundException("error.school.notFound"));
  }

  @Override
  public Optional<SchoolView> findSchool(long id) {
    currentUser.requireSignedIn();
    return schools.find(id).map(s -> SchoolView.of(s, schools.memberCount(id)));
  }

  @Override
  public long create(SchoolForm form) {
    currentUser.requireTrustRole(TrustRole.TRUST_ADMIN);
    validator.check(form);
    Urn urn = Urn.parse(form.urn());
    requireUrnFree(urn);
    School school = new School(urn, form.profile());
    schools.add(school);
    schools.flush();
    audit.record("school.create", SUBJECT, school.getId(), school.getName(), null, form);
    return school.getId();
  }

  @Override
  public void revise(long id, long loadedVersion, SchoolForm form) {
    currentUser.requireTrustRole(TrustRole.TRUST_ADMIN);
    validator.check(form);
    School school = loadForChange(id, loadedVersion);
    SchoolForm before = SchoolView.of(school, 0).toForm();
    Urn urn = Urn.parse(form.urn());
    if (!urn.equals(school.getUrn())) {
      requireUrnFree(urn);
      school.renumber(urn);
    }
    school.describe(form.profile());
    schools.flush();
    audit.record("school.revise", SUBJECT, id, school.getName(), before, form);
  }

  @Override
  public void archive(long id, long loadedVersion) {
    currentUser.requireTrustRole(TrustRole.TRUST_ADMIN);
    School school = loadForChange(id, loadedVersion);
    school.archive();
    schools.flush();
    audit.record("school.archive", SUBJECT, id, school.getName(), null, null);
  }

  @Override
  public void reopen(long id, long loadedVersion) {
    currentUser.requireTrustRole(TrustRole.TRUST_ADMIN);
    School school = loadForChange(id, loadedVersion);
    school.reopen();
    schools.flush();
    audit.record("school.reopen", SUBJECT, id, school.getName(), null, null);
  }

  private School loadForChange(long id, long loadedVersion) {
    School school =
        schools.find(id).orElseThrow(() -> new NotFoundException("error.school.notFound"));
    if (school.getVersion() != loadedVersion) {
      throw new ConcurrentChangeException();
    }
    return school;
  }

  private void requireUrnFree(Urn urn) {
    if (schools.findByUrn(urn).isPresent()) {
      throw new BusinessException("error.school.urnTaken", urn.value());
    }
  }
}
