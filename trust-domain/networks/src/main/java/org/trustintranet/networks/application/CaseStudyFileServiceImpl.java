package org.trustintranet.networks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.application.ContentId;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.application.FileStore;
import org.trustintranet.kernel.application.StoredContent;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.UserProfile;
import org.trustintranet.networks.domain.CaseStudy;
import org.trustintranet.networks.domain.CaseStudyFile;
import org.trustintranet.networks.domain.CaseStudyPolicy;
import org.trustintranet.networks.domain.CaseStudyRepository;

/**
 * A case study's files: the permission and the name are checked before any byte is kept. Removing a
 * file removes its row only: the store keeps content once for every upload of the same bytes
 * (another context's too), so the bytes stay.
 */
@ApplicationScoped
@Transactional
public class CaseStudyFileServiceImpl implements CaseStudyFileService {
  @Inject CaseStudyRepository studies;
  @Inject FileStore store;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Override
  public long attach(long caseStudyId, String fileName, InputStream content) {
    UserProfile me = currentUser.requireSignedIn();
    CaseStudy c = editable(me, caseStudyId);
    String name = CaseStudyFile.cleanName(fileName);
    if (studies.files(caseStudyId).size() >= MOST_FILES) {
      throw new BusinessException("error.caseStudy.tooManyFiles", MOST_FILES);
    }
    StoredContent stored = store.store(content, CaseStudyFile.MAX_BYTES);
    CaseStudyFile f =
        studies.addFile(
            new CaseStudyFile(
                caseStudyId,
                stored.id().sha256Hex(),
                name,
                stored.size(),
                me.personId(),
                clock.instant()));
    studies.flush();
    audit.record(
        "caseStudy.attach", CaseStudyServiceImpl.SUBJECT, caseStudyId, c.getTitle(), null, name);
    return f.getId();
  }

  @Override
  public void detach(long fileId) {
    UserProfile me = currentUser.requireSignedIn();
    CaseStudyFile f =
        studies
            .findFile(fileId)
            .orElseThrow(() -> new NotFoundException(CaseStudyService.NOT_FOUND));
    CaseStudy c = editable(me, f.getCaseStudyId());
    studies.removeFile(f);
    studies.flush();
    audit.record(
        "caseStudy.detach",
        CaseStudyServiceImpl.SUBJECT,
        c.getId(),
        c.getTitle(),
        f.getFileName(),
        null);
  }

  @Override
  public CaseStudyDownload download(long fileId) {
    UserProfile me = currentUser.requireSignedIn();
    CaseStudyFile f =
        studies
            .findFile(fileId)
            .orElseThrow(() -> new NotFoundException(CaseStudyService.NOT_FOUND));
    CaseStudy c =
        studies
            .find(f.getCaseStudyId())
            .orElseThrow(() -> new NotFoundException(CaseStudyService.NOT_FOUND));
    if (!CaseStudyPolicy.maySee(me, c)) {
      throw new NotFoundException(CaseStudyService.NOT_FOUND);
    }
    return new CaseStudyDownload(
        f.getFileName(), f.getMediaType(), f.getSize(), new ContentId(f.getContentId()));
  }

  /** The case study, once the asker may change it: its owner, while it is editable. */
  private CaseStudy editable(UserProfile me, long caseStudyId) {
    CaseStudy c =
        studies
            .find(caseStudyId)
            .orElseThrow(() -> new NotFoundException(CaseStudyService.NOT_FOUND));
    if (!CaseStudyPolicy.isOwner(me, c)) {
      throw new NotPermittedException();
    }
    if (!c.getState().isEditable()) {
      throw new BusinessException("error.caseStudy.notEditable");
    }
    return c;
  }
}
