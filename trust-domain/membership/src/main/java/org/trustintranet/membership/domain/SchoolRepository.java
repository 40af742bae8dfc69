package org.trustintranet.membership.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trustintranet.kernel.domain.NotFoundException;

/** Where schools are kept. */
public interface SchoolRepository {
  Optional<School> find(long id);

  /** The school with this id; a {@code NotFoundException} when there is none. */
  default School get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("error.school.notFound"));
  }

  Optional<School> findByUrn(Urn urn);

  List<School> all(boolean includeArchived);

  /** Current members of one school. */
  long memberCount(long schoolId);

  /** Current member counts per school id. */
  Map<Long, Long> memberCounts();

  void add(School school);

  /** Writes pending changes now; a concurrent change surfaces as ConcurrentChangeException. */
  void flush();
}
