package org.trustintranet.kernel.domain;

import java.util.List;

/** Where audit entries are kept; filtering and paging happen where they are stored. */
public interface AuditRepository {
  void add(AuditEntry entry);

  /** A page of entries matching the query, newest first, with how many match in all. */
  Page<AuditRecord> find(AuditQuery query, PageRequest page);

  /** One page of entries matching the query, newest first, without counting them. */
  List<AuditRecord> rows(AuditQuery query, PageRequest page);

  /** How many entries match the query. */
  long count(AuditQuery query);

  /** The distinct actions recorded so far. */
  List<String> actions();
}
