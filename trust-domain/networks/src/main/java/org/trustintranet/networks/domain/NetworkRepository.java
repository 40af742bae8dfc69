package org.trustintranet.networks.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Networks and their members, as the services need them. */
public interface NetworkRepository {
  Network add(Network network);

  Optional<Network> find(long id);

  /** The network, its row locked until the transaction ends (membership changes queue on it). */
  Optional<Network> lock(long id);

  /** A network of this name (case as the database compares it), if any. */
  Optional<Network> named(String name);

  /** Every network, by name. */
  List<Network> all();

  /** The networks with these ids, by name. */
  List<Network> withIds(Collection<Long> ids);

  NetworkMember addMember(NetworkMember member);

  void removeMember(NetworkMember member);

  Optional<NetworkMember> member(long networkId, long personId);

  /** Every row of a network: members, leads, requests and invitations. */
  List<NetworkMember> members(long networkId);

  /**
   * The people who are current members or leads of any of these networks (lapsed cohort members
   * not): ids only, in one statement.
   */
  Set<Long> currentMemberIds(Collection<Long> networkIds, LocalDate today);

  /** A person's rows with every network. */
  List<NetworkMember> rowsOf(long personId);

  /** The rows of these people, any state, in a statement per 500 people. */
  List<NetworkMember> rowsOf(Collection<Long> personIds);

  /** The number of current members (leads included, lapsed cohort members not) per network. */
  Map<Long, Long> currentCounts(LocalDate today);

  /** Removes every row of a person (a leaver); returns how many. */
  int removeAllOf(long personId);

  /**
   * Writes what is pending; a broken unique key (a name taken at the same moment) becomes {@code
   * error.duplicate}, a stale version a concurrent change.
   */
  void flush();
}
