package org.trustintranet.kernel.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.trustintranet.kernel.application.Mail;
import org.trustintranet.kernel.application.MailAttachment;
import org.trustintranet.kernel.application.MailNotSent;
import org.trustintranet.kernel.domain.Language;

/** The mailer against a real SMTP server (GreenMail) on a free loopback port. */
class SmtpMailerTest {
  private static final ServerSetup SMTP = new ServerSetup(freePort(), "127.0.0.1", "smtp");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/London"));

  @RegisterExtension
  static final GreenMailExtension SERVER =
      new GreenMailExtension(SMTP)
          .withConfiguration(GreenMailConfiguration.aConfig().withUser("relay", "s3cret-relay"));

  @Test
  void sendsTextAndHtmlInTheRecipientsLanguage() throws Exception {
    Mail mail =
        new Mail(
            "gwen.morgan@bryn-derw.sch.uk",
            Language.WELSH,
            "Atgoffa: darllenwch y neges «Diogelu» ",
            "Annwyl Gwen,\nDarllenwch y neges.",
            "<p>Annwyl Gwen,</p><p>Darllenwch y neges.</p>",
            Map.of("List-Unsubscribe", "<https://intranet.example/unsubscribe?t=abc>"));

    assertTrue(mailer("relay", "s3cret-relay").send(mail));

    MimeMessage[] received = SERVER.getReceivedMessages();
    assertEquals(1, received.length);
    MimeMessage message = received[0];
    assertEquals("Atgoffa: darllenwch y neges «Diogelu» ", message.getSubject());
    assertEquals(
        "gwen.morgan@bryn-derw.sch.uk",
        ((InternetAddress) message.getAllRecipients()[0]).getAddress());
    InternetAddress from = (InternetAddress) message.getFrom()[0];
    assertEquals("intranet@oakvalley.example", from.getAddress());
    assertEquals("Oak Valley Learning Trust", from.getPersonal());
    assertEquals("cy", message.getHeader("Content-Language")[0]);
    assertEquals(
        "<https://intranet.example/unsubscribe?t=abc>", message.getHeader("List-Unsubscribe")[0]);
    assertEquals(Instant.parse("2026-11-23T09:00:00Z"), message.getSentDate().toInstant());

    Multipart parts = (Multipart) message.getContent();
    assertTrue(parts.getContentType().startsWith("multipart/alternative"));
    assertEquals(2, parts.getCount());
    assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
    // SMTP carries lines ending in CRLF
    assertEquals(
        "Annwyl Gwen,\nDarllenwch y neges.",
        ((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n"));
    assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
    assertEquals(
        "<p>Annwyl Gwen,</p><p>Darllenwch y neges.</p>", parts.getBodyPart(1).getContent());
  }

  @Test
  void anAttachmentFollowsTheTextAndHtmlInAMixedMessage() throws Exception {
    byte[] ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
    Mail mail =
        new Mail("a@example.org", Language.ENGLISH, "Booking confirmed", "Hi", "<p>Hi</p>")
            .with(
                new MailAttachment(
                    "booking.ics", "text/calendar; charset=UTF-8; method=PUBLISH", ics));

    assertTrue(mailer("relay", "s3cret-relay").send(mail));

    MimeMessage message = SERVER.getReceivedMessages()[0];
    Multipart mixed = (Multipart) message.getContent();
    assertTrue(mixed.getContentType().startsWith("multipart/mixed"), mixed.getContentType());
    assertEquals(2, mixed.getCount());
    assertTrue(
        ((Multipart) mixed.getBodyPart(0).getContent())
            .getContentType()
            .startsWith("multipart/alternative"));
    BodyPart attachment = mixed.getBodyPart(1);
    assertEquals("booking.ics", attachment.getFileName());
    assertEquals(Part.ATTACHMENT, attachment.getDisposition());
    assertTrue(attachment.isMimeType("text/calendar"), attachment.getContentType());
    assertTrue(attachment.getContentType().contains("method=PUBLISH"), attachment.getContentType());
    try (InputStream in = attachment.getInputStream()) {
      assertArrayEquals(ics, in.readAllBytes());
    }
  }

  @Test
  void anAttachmentMustHaveAPlainFileName() {
    byte[] none = new byte[0];
    assertThrows(
        IllegalArgumentException.class, () -> new MailAttachment("../x.ics", "text/plain", none));
    assertThrows(
        IllegalArgumentException.class,
        () -> new MailAttachment("x.ics", "text/plain\r\nX: y", none));
  }

  @Test
  void aWrongPasswordIsReportedNotSwallowed() {
    Mail mail = new Mail("a@example.org", Language.ENGLISH, "Hello", "Hi", "<p>Hi</p>");

    assertThrows(MailNotSent.class, () -> mailer("relay", "wrong").send(mail));
    assertEquals(0, SERVER.getReceivedMessages().length);
  }

  @Test
  void anUnreachableServerIsReported() {
    SmtpMailer.SmtpSettings nowhere =
        new SmtpMailer.SmtpSettings(
            Optional.of("127.0.0.1"),
            freePort(),
            Optional.empty(),
            "",
            SmtpMailer.SmtpSettings.Tls.NONE,
            "intranet@oakvalley.example",
            "Oak Valley Learning Trust",
            2);
    Mail mail = new Mail("a@example.org", Language.ENGLISH, "Hello", "Hi", "<p>Hi</p>");

    assertThrows(MailNotSent.class, () -> new SmtpMailer(nowhere, CLOCK).send(mail));
  }

  @Test
  void withoutAHostNothingIsSentAndTheCallerIsTold() {
    SmtpMailer.SmtpSettings none =
        new SmtpMailer.SmtpSettings(
            Optional.empty(),
            25,
            Optional.empty(),
            "",
            SmtpMailer.SmtpSettings.Tls.STARTTLS,
            "intranet@localhost",
            "Trust Intranet",
            20);
    SmtpMailer mailer = new SmtpMailer(none, CLOCK);

    assertFalse(mailer.sends());
    assertFalse(mailer.send(new Mail("a@example.org", Language.ENGLISH, "Hi", "Hi", "Hi")));
  }

  @Test
  void refusesRecipientsThatAreNotOneAddress() {
    SmtpMailer mailer = mailer("relay", "s3cret-relay");
    for (String to :
        new String[] {
          "not an address", "a@example.org, b@example.org", "Eve <eve@example.org>", "x@"
        }) {
      Mail mail = new Mail(to, Language.ENGLISH, "Hello", "Hi", "<p>Hi</p>");
      assertThrows(IllegalArgumentException.class, () -> mailer.send(mail), to);
    }
    assertEquals(0, SERVER.getReceivedMessages().length);
  }

  @Test
  void refusesHeaderInjection() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Mail("a@example.org", Language.ENGLISH, "Hi\r\nBcc: eve@example.org", "", ""));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Mail(
                "a@example.org",
                Language.ENGLISH,
                "Hi",
                "",
                "",
                Map.of("X-Note", "a\nBcc: eve@example.org")));
  }

  @Test
  void refusesSettingsThatCannotWork() {
    assertThrows(IllegalArgumentException.class, () -> SmtpMailer.SmtpSettings.Tls.of("maybe"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new SmtpMailer.SmtpSettings(
                Optional.of("smtp.example.org"),
                0,
                Optional.empty(),
                "",
                SmtpMailer.SmtpSettings.Tls.NONE,
                "intranet@example.org",
                "Trust",
                20));
  }

  private static SmtpMailer mailer(String user, String password) {
    return new SmtpMailer(
        new SmtpMailer.SmtpSettings(
            Optional.of("127.0.0.1"),
            SMTP.getPort(),
            Optional.of(user),
            password,
            SmtpMailer.SmtpSettings.Tls.NONE,
            "intranet@oakvalley.example",
            "Oak Valley Learning Trust",
            5),
        CLOCK);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
