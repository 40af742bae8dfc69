package org.trustintranet.resources.application;

import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.util.List;

/**
 * Sharing and keeping resources: upload (files are staged one by one, then shared with their
 * metadata), a resource's page, its files, new versions, edits, withdrawal and restoring. Every
 * operation checks who may do it ({@code ResourcePolicy}); a resource the caller may not see is
 * "not found", never "forbidden", so that its existence does not leak.
 */
public interface ResourceService {
  /** Message key: no such resource, or not for the caller. */
  String NOT_FOUND = "error.resources.notFound";

  /** Message key: a resource needs a file or a link. */
  String FILE_OR_LINK = "error.resources.fileOrLink";

  /** The schools where the caller may share resources (empty: they may not share). */
  List<SchoolOption> sharingSchools();

  /**
   * Streams an upload into the file store (never whole into memory), checks its size against the
   * configured limit and its type from its bytes, and keeps it for the caller's share or new
   * version. Nothing is left in the store or the database when it is refused.
   *
   * @throws org.trustintranet.kernel.domain.BusinessException {@code error.file.tooLarge}, {@code
   *     error.resources.typeRefused} or {@code error.resources.emptyFile}
   */
  StagedFile stage(String fileName, @NotNull InputStream in);

  /**
   * One of the caller's staged files, as {@link #stage} answered it (the share page takes in the
   * files its uploader sent to the library's upload address).
   *
   * @throws org.trustintranet.kernel.domain.NotFoundException {@code
   *     error.resources.uploadNotFound} when it is not the caller's, or no longer waiting
   */
  StagedFile staged(long stagedId);

  /** Forgets a staged file of the caller's (the form's "remove"); its bytes go if unused. */
  void discard(long stagedId);

  /**
   * Shares the staged files, each as a resource with the form's metadata (several files: their file
   * names are added to the title), or the form's link when no file is given, at the form's school.
   * All or nothing.
   *
   * @return the new resources' ids, in the order of the files
   */
  List<Long> share(@NotNull ResourceForm form, @NotNull List<Long> stagedIds);

  /** The resource's page. */
  ResourceDetail resource(long id);

  /** The metadata as it is, in a form to edit (its owner, school admins, trust admins). */
  ResourceForm editForm(long id);

  /** New metadata (the school stays). */
  void revise(long id, @NotNull ResourceForm form);

  /**
   * A new version from a staged file, with a change note; it becomes the current one.
   *
   * @return its number
   */
  int addVersion(long id, long stagedId, String changeNote);

  /** Out of the library at once, restorable for 30 days. */
  void withdraw(long id);

  /** Back in the library. */
  void restore(long id);

  /**
   * Version {@code number}'s file for whoever may see the resource; counted as a download when
   * {@code counted} (a whole download, not each part of a resumed one).
   */
  DownloadFile file(long id, int number, boolean counted);

  /** The thumbnail of version {@code number} (PNG), for whoever may see the resource. */
  DownloadFile thumbnail(long id, int number);

  /** The caller's own resources, withdrawn ones included (to restore), newest first. */
  List<ResultView> mine();
}
