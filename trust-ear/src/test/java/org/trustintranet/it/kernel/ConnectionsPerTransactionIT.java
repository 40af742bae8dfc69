package org.trustintranet.it.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trustintranet.it.Deployments;

/**
 * How many database connections one JTA transaction holds when it works through several contexts'
 * persistence units (all over the one data source): a fact behind {@code DataSourceConfig}'s pool
 * size and {@code ConnectionBudgetTest}. The test asks the database which connection each unit's
 * statements run on ({@code CONNECTION_ID()}, MySQL/MariaDB; the ITs run on MariaDB).
 *
 * <p>Found (2026-11-24, Payara Micro 6): one. The container shares the data source's connection
 * between every persistence unit enlisted in the transaction, so "threads × units" overstates what
 * a request in one transaction holds. The budget stays as it is until the cause of the deadlock it
 * was written for (64 threads, 40 connections, the news search) is known: a transaction started
 * inside another (REQUIRES_NEW) or reads outside a transaction do take a second connection.
 */
@ExtendWith(ArquillianExtension.class)
class ConnectionsPerTransactionIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.intranet(ConnectionsPerTransactionIT.class);
  }

  @PersistenceContext(unitName = "membership")
  EntityManager membership;

  @PersistenceContext(unitName = "news")
  EntityManager news;

  @PersistenceContext(unitName = "rooms")
  EntityManager rooms;

  @PersistenceContext(unitName = "resources")
  EntityManager resources;

  @PersistenceContext(unitName = "networks")
  EntityManager networks;

  @Inject UserTransaction transaction;

  private static long connection(EntityManager em) {
    return ((Number) em.createNativeQuery("SELECT CONNECTION_ID()").getSingleResult()).longValue();
  }

  @Test
  void aTransactionThroughFivePersistenceUnitsSharesOneConnection() throws Exception {
    List<EntityManager> units = List.of(membership, news, rooms, resources, networks);
    transaction.begin();
    try {
      List<Long> ids = new ArrayList<>();
      for (EntityManager unit : units) {
        // A locking read makes EclipseLink keep the unit's connection to the transaction's end.
        unit.createNativeQuery("SELECT 1 FROM DUAL FOR UPDATE").getResultList();
        unit.joinTransaction();
        unit.flush();
        ids.add(connection(unit));
      }
      for (int i = 0; i < units.size(); i++) {
        assertEquals(ids.get(i), connection(units.get(i)), "a unit keeps its connection");
      }
      Set<Long> distinct = new LinkedHashSet<>(ids);
      assertEquals(1, distinct.size(), "one connection shared by the units: " + ids);
    } finally {
      transaction.rollback();
    }
  }
}
