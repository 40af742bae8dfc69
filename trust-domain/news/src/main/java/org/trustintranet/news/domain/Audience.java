package org.trustintranet.news.domain;

import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.SchoolRole;

/**
 * Who a post is for: the whole trust or chosen schools, optionally narrowed to people holding
 * chosen roles there (e.g. only the school admins of two schools); or the current members of a
 * staff network (alone: never mixed with schools or roles). The one rule that decides whether a
 * reader may see a post, by any path.
 *
 * <p>An audience is also a set of keys ({@code "*"}, {@code "*:TEACHER"}, {@code "12"}, {@code
 * "12:TEACHER"}, {@code "n:42"}), and a reader a set of keys of the same shape; the reader is
 * admitted when the two share a key. The feed's query matches the stored keys of each post against
 * the reader's keys, so the database and {@link #admits} cannot disagree.
 */
public record Audience(
    boolean wholeTrust, Set<Long> schoolIds, Set<SchoolRole> roles, Set<Long> networkIds)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The longest key: a school id of 18 digits, a colon and the longest role name. */
  public static final int KEY_LENGTH = 60;

  private static final String TRUST = "*";

  /** The prefix of a network's key: {@code "n:42"} for network 42. */
  private static final String NETWORK = "n:";

  /** Everyone signed in. */
  public static final Audience WHOLE_TRUST = new Audience(true, Set.of(), Set.of());

  /**
   * An audience that names somebody: the whole trust, at least one school, or networks alone.
   * Schools named with the whole trust are dropped (the trust includes them).
   *
   * @throws BusinessException {@code error.news.audienceEmpty} when it names no one, {@code
   *     error.news.audienceNetworkAlone} when it names networks with the trust, schools or roles
   */
  public Audience {
    schoolIds = wholeTrust ? Set.of() : Set.copyOf(new TreeSet<>(schoolIds));
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    networkIds = Set.copyOf(new TreeSet<>(networkIds));
    if (!networkIds.isEmpty() && (wholeTrust || !schoolIds.isEmpty() || !roles.isEmpty())) {
      throw new BusinessException("error.news.audienceNetworkAlone");
    }
    if (!wholeTrust && schoolIds.isEmpty() && networkIds.isEmpty()) {
      throw new BusinessException("error.news.audienceEmpty");
    }
    if (schoolIds.stream().anyMatch(id -> id == null || id <= 0)
        || networkIds.stream().anyMatch(id -> id == null || id <= 0)) {
      throw new BusinessException("error.news.audienceEmpty");
    }
  }

  /** The whole trust or schools, optionally narrowed to roles: no network. */
  public Audience(boolean wholeTrust, Set<Long> schoolIds, Set<SchoolRole> roles) {
    this(wholeTrust, schoolIds, roles, Set.of());
  }

  /** The current members of one staff network. */
  public static Audience network(long networkId) {
    return new Audience(false, Set.of(), Set.of(), Set.of(networkId));
  }

  /** True when the audience is the members of networks (and no one else). */
  public boolean isNetwork() {
    return !networkIds.isEmpty();
  }

  /** The key a post to the network's members carries, and each of its members holds. */
  public static String networkKey(long networkId) {
    return NETWORK + networkId;
  }

  public static Audience schools(Collection<Long> schoolIds) {
    return new Audience(false, Set.copyOf(schoolIds), Set.of());
  }

  /** True when {@code reader} may read a published post with this audience. */
  public boolean admits(Reader reader) {
    Set<String> mine = readerKeys(reader);
    return keys().stream().anyMatch(mine::contains);
  }

  /** The whole trust, not narrowed to some roles: the only audience a public post may have. */
  public boolean isEveryone() {
    return wholeTrust && roles.isEmpty();
  }

  /**
   * The keys of a post for everyone in the trust (a reader who holds only these sees only them).
   */
  public static Set<String> everyoneKeys() {
    return Set.of(TRUST);
  }

  /**
   * True when every school this audience names is among {@code schools} (never the trust, never a
   * network).
   */
  public boolean withinSchools(Set<Long> schools) {
    return !wholeTrust && !isNetwork() && schools.containsAll(schoolIds);
  }

  /** True when the audience is narrowed to some roles, and {@code role} is one of them. */
  public boolean includesRole(SchoolRole role) {
    return roles.isEmpty() || roles.contains(role);
  }

  /** The keys stored with a post of this audience. */
  public Set<String> keys() {
    Set<String> keys = new LinkedHashSet<>();
    networkIds.forEach(id -> keys.add(networkKey(id)));
    Collection<String> scopes =
        wholeTrust ? Set.of(TRUST) : schoolIds.stream().map(String::valueOf).toList();
    for (String scope : scopes) {
      if (roles.isEmpty()) {
        keys.add(scope);
      } else {
        roles.forEach(role -> keys.add(scope + ":" + role.name()));
      }
    }
    return keys;
  }

  /**
   * A reader's keys: the trust and each of their schools, alone and with the role they hold there
   * (a role held anywhere also counts for the whole trust), and each network they belong to now.
   * Nobody signed in has no key.
   */
  public static Set<String> readerKeys(Reader reader) {
    Set<String> keys = new LinkedHashSet<>();
    if (reader.isAnonymous()) {
      return keys;
    }
    keys.add(TRUST);
    reader.networks().forEach(id -> keys.add(networkKey(id)));
    reader
        .profile()
        .schoolRoles()
        .forEach(
            (school, role) -> {
              keys.add(TRUST + ":" + role.name());
              keys.add(String.valueOf(school));
              keys.add(school + ":" + role.name());
            });
    return keys;
  }

  /** The audience whose {@link #keys()} these are (as stored). */
  public static Audience fromKeys(Collection<String> keys) {
    boolean trust = false;
    Set<Long> schools = new TreeSet<>();
    Set<SchoolRole> roles = EnumSet.noneOf(SchoolRole.class);
    Set<Long> networks = new TreeSet<>();
    for (String key : keys) {
      if (key.startsWith(NETWORK)) {
        networks.add(Long.parseLong(key.substring(NETWORK.length())));
        continue;
      }
      int colon = key.indexOf(':');
      String scope = colon < 0 ? key : key.substring(0, colon);
      if (colon >= 0) {
        roles.add(SchoolRole.valueOf(key.substring(colon + 1)));
      }
      if (scope.equals(TRUST)) {
        trust = true;
      } else {
        schools.add(Long.parseLong(scope));
      }
    }
    return new Audience(trust, schools, roles, networks);
  }
}
