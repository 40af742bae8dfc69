package org.trustintranet.networks.application;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.trustintranet.networks.domain.NetworkDetails;
import org.trustintranet.networks.domain.NetworkKind;

/**
 * Staff networks: the directory, "my networks", a network's page, and joining, leaving and managing
 * members. Who may do what is {@code NetworkPolicy}; a network is "not found" for nobody of the
 * trust. Every change is audited.
 */
public interface NetworkService {
  String NOT_FOUND = "error.networks.notFound";
  String NAME_TAKEN = "error.networks.nameTaken";
  String CANNOT_JOIN = "error.networks.cannotJoin";
  String CANNOT_LEAVE = "error.networks.cannotLeave";
  String NO_SUCH_PERSON = "error.networks.noSuchPerson";
  String NOT_MEMBER = "error.networks.notMember";
  String ALREADY_THERE = "error.networks.alreadyThere";
  String NO_REQUEST = "error.networks.noRequest";
  String LAST_LEAD = "error.networks.lastLead";

  /** Every network, by name, or those of one kind (null: all); anyone of the trust. */
  List<NetworkRow> directory(NetworkKind kind);

  /** The networks where I am a member or lead, or have asked or been invited. */
  List<NetworkRow> mine();

  NetworkPage page(long id);

  /**
   * Whether the person asking (signed in) may create networks ({@code NetworkPolicy.mayCreate}).
   */
  boolean mayCreate();

  /** A new network with its first lead (an active person); trust admins. Returns its id. */
  long create(@NotNull NetworkDetails details, long leadId);

  /** New details; its leads and trust admins. */
  void change(long id, @NotNull NetworkDetails details);

  /** Joins an open network, asks to join one by request, or accepts an invitation. */
  Standing join(long id);

  /** Leaves, withdraws a request or declines an invitation. */
  void leave(long id);

  /** A lead admits someone who asked. */
  void approve(long id, long personId);

  /** A lead turns down someone who asked, or withdraws an invitation, or removes a member. */
  void remove(long id, long personId);

  /** A lead invites an active person of the trust. */
  void invite(long id, long personId);

  /** A lead makes a current member a lead too. */
  void appointLead(long id, long personId);

  /** A lead becomes a member again (never the last lead). */
  void standDown(long id, long personId);

  /** A cohort member's membership to the end of this academic year (the member, or a lead). */
  void renew(long id, long personId);
}
