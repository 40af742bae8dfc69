package org.trustintranet.networks.application;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.trustintranet.networks.domain.CareerStage;
import org.trustintranet.networks.domain.ProgrammeDetails;
import org.trustintranet.networks.domain.SessionSlot;
import org.trustintranet.networks.domain.Term;

/**
 * Professional-learning programmes, published by provider schools for a career stage and a term:
 * the termly booklet, one programme's page, and publishing them. Anyone of the trust reads the
 * booklet; trust admins and school admins of the provider school publish ({@link
 * org.trustintranet.networks.domain.ProgrammePolicy}).
 */
public interface ProgrammeService {
  String NOT_FOUND = "error.learning.notFound";

  /**
   * The term's booklet: its published programmes of {@code stage} (all stages when null), by title,
   * with their sessions; the asker's own drafts and withdrawn ones too, for their provider.
   */
  List<ProgrammeView> booklet(@NotNull Term term, CareerStage stage);

  /**
   * Whether the asker may publish programmes for some school (trust admins, school admins): offers
   * "New programme" and the queue of requests.
   */
  boolean mayPublish();

  /** One programme; a draft only for whoever may publish for its provider (else not found). */
  ProgrammeDetail programme(long id);

  /** A new draft programme for its provider school. Returns its id. */
  long create(@NotNull ProgrammeDetails details);

  /** New details (the provider stays; places not below those given, the waiting promoted). */
  void change(long id, @NotNull ProgrammeDetails details);

  /** Into the booklet: people may register. */
  void publish(long id);

  /** Out of the booklet: nobody may register any more. */
  void withdraw(long id);

  /** A session or school visit of the programme. Returns its id. */
  long addSession(long programmeId, @NotNull SessionSlot slot);

  void removeSession(long sessionId);
}
