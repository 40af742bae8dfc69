package org.trustintranet.networks.application;

import jakarta.validation.constraints.NotNull;
import java.io.InputStream;

/**
 * Files attached to a case study as evidence of impact, kept in the kernel's file store: its
 * authors and school admins add and remove them while it is editable (at most {@value #MOST_FILES},
 * each within {@link org.trustintranet.networks.domain.CaseStudyFile#MAX_BYTES}); whoever may see
 * the case study downloads them ({@link org.trustintranet.networks.domain.CaseStudyPolicy}).
 */
public interface CaseStudyFileService {
  int MOST_FILES = 10;

  /** Keeps the file and attaches it to the case study. Returns its id. */
  long attach(long caseStudyId, @NotNull String fileName, @NotNull InputStream content);

  void detach(long fileId);

  /** The file to send; not found when the asker may not see its case study. */
  CaseStudyDownload download(long fileId);
}
