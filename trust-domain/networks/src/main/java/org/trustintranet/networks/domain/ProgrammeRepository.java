package org.trustintranet.networks.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Programmes, their sessions and registrations. */
public interface ProgrammeRepository {
  Programme add(Programme programme);

  Optional<Programme> find(long id);

  /** The programme with its row locked until the transaction ends. */
  Optional<Programme> lock(long id);

  /**
   * The term's programmes, by title: published ones, and the drafts and withdrawn ones of the
   * {@code providers} schools; of one stage, or all when {@code stage} is null.
   */
  List<Programme> ofTerm(Term term, CareerStage stage, Collection<Long> providers);

  ProgrammeSession addSession(ProgrammeSession session);

  Optional<ProgrammeSession> findSession(long id);

  void removeSession(ProgrammeSession session);

  /** The sessions of these programmes, by day and start. */
  List<ProgrammeSession> sessionsOf(Collection<Long> programmeIds);

  Registration addRegistration(Registration registration);

  Optional<Registration> findRegistration(long id);

  Optional<Registration> registration(long programmeId, long personId);

  /** The person's registrations for these programmes. */
  List<Registration> registrationsOf(long personId, Collection<Long> programmeIds);

  /** The programme's registrations, by school then when. */
  List<Registration> registrations(long programmeId);

  /** The first on the programme's waiting list. */
  Optional<Registration> firstWaiting(long programmeId);

  /** Registrations awaiting approval from these schools, oldest first. */
  List<Registration> requestsFrom(Collection<Long> schoolIds);

  void flush();
}
