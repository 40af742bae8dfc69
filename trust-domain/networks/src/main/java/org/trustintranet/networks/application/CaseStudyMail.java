package org.trustintranet.networks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.trustintranet.kernel.application.Addressee;
import org.trustintranet.kernel.application.Mail;
import org.trustintranet.kernel.application.MailOutbox;
import org.trustintranet.kernel.application.MailText;
import org.trustintranet.kernel.application.Texts;
import org.trustintranet.kernel.application.UserDirectory;
import org.trustintranet.networks.domain.CaseStudy;
import org.trustintranet.networks.domain.CaseStudyStep;

/**
 * The mails of a case study's review, sent once the change commits: each step (submitted, returned,
 * approved, published) is told to its authors, except whoever took it. A mail that cannot be
 * written is logged; the step stands. They name the case study, the step and who took it, and link
 * to the case study; the comments are read there, not in the mail.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseStudyMail {
  private static final Logger LOG = Logger.getLogger(CaseStudyMail.class.getName());

  @Inject UserDirectory directory;
  @Inject Texts texts;
  @Inject MailOutbox outbox;

  @Inject
  @ConfigProperty(name = "trust.url", defaultValue = "http://localhost:8080/")
  String url;

  void stepped(CaseStudy study, CaseStudyStep step, long actorId, String actorName) {
    try {
      List<Long> to = study.getAuthors().stream().filter(id -> id != actorId).sorted().toList();
      if (to.isEmpty()) {
        return;
      }
      Map<Long, Addressee> addressees = directory.addressees(to);
      String key = "mail.caseStudy." + step.name().toLowerCase(Locale.ROOT);
      String link = MailText.base(url) + "/learning/case-study.xhtml?id=" + study.getId();
      List<Mail> mails = new ArrayList<>();
      for (Addressee a : addressees.values()) {
        String subject = texts.text(a.language(), key + ".subject", study.getTitle());
        String body =
            texts.text(a.language(), key + ".body", a.displayName(), study.getTitle(), actorName);
        String action = texts.text(a.language(), "mail.caseStudy.action");
        String html =
            "<p>"
                + MailText.escape(body)
                + "</p><p><a href=\""
                + MailText.escape(link)
                + "\">"
                + MailText.escape(action)
                + "</a></p>";
        mails.add(
            new Mail(
                a.email(),
                a.language(),
                MailText.subject(subject),
                body + "\n\n" + action + ": " + link + "\n",
                html));
      }
      outbox.sendAfterCommit(mails);
    } catch (RuntimeException e) { // the step stands; only its mail is lost
      LOG.log(Level.WARNING, "The mail about case study " + study.getId(), e);
    }
  }
}
