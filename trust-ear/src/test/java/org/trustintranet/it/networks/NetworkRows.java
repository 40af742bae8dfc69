package org.trustintranet.it.networks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Counts the networks' rows for the tests, inside the application, straight from the tables. */
@ApplicationScoped
@Transactional
public class NetworkRows {
  @PersistenceContext(unitName = "networks")
  EntityManager em;

  public long networks() {
    return count("SELECT COUNT(*) FROM network", 0);
  }

  /** Every row of a network: leads, members, requests and invitations. */
  public long rowsOf(long networkId) {
    return count("SELECT COUNT(*) FROM network_member WHERE network_id = ?", networkId);
  }

  /** A person's rows with every network. */
  public long rowsOfPerson(long personId) {
    return count("SELECT COUNT(*) FROM network_member WHERE person_id = ?", personId);
  }

  /** A network's leads, whatever the state of their rows. */
  public long leadsOf(long networkId) {
    return count(
        "SELECT COUNT(*) FROM network_member WHERE network_id = ? AND role = 'LEAD'"
            + " AND state = 'ACTIVE'",
        networkId);
  }

  private long count(String sql, long parameter) {
    var query = em.createNativeQuery(sql);
    if (sql.contains("?")) {
      query.setParameter(1, parameter);
    }
    return ((Number) query.getSingleResult()).longValue();
  }
}
