package org.trustintranet.kernel.infrastructure;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.trustintranet.kernel.application.Mail;
import org.trustintranet.kernel.application.MailAttachment;
import org.trustintranet.kernel.application.MailNotSent;
import org.trustintranet.kernel.application.Mailer;

/**
 * Sends mail through the SMTP server of the {@code trust.mail.*} settings with Jakarta Mail: one
 * {@code multipart/alternative} message per mail, plain text first and HTML second, in UTF-8; a
 * mail with attachments is a {@code multipart/mixed} of that and each attachment in turn.
 */
@ApplicationScoped
public class SmtpMailer implements Mailer {
  private static final Logger LOG = Logger.getLogger(SmtpMailer.class.getName());
  private static final String UTF_8 = StandardCharsets.UTF_8.name();

  private final SmtpSettings settings;
  private final Clock clock;

  /** For the container's client proxy only. */
  protected SmtpMailer() {
    settings = null;
    clock = null;
  }

  @Inject
  public SmtpMailer(
      @ConfigProperty(name = "trust.mail.host") Optional<String> host,
      @ConfigProperty(name = "trust.mail.port", defaultValue = "25") int port,
      @ConfigProperty(name = "trust.mail.user") Optional<String> user,
      @ConfigProperty(name = "trust.mail.password") Optional<String> password,
      @ConfigProperty(name = "trust.mail.tls", defaultValue = "starttls") String tls,
      @ConfigProperty(name = "trust.mail.from", defaultValue = "intranet@localhost") String from,
      @ConfigProperty(name = "trust.name", defaultValue = "Trust Intranet") String senderName,
      @ConfigProperty(name = "trust.mail.timeout-seconds", defaultValue = "20") int timeoutSeconds,
      Clock clock) {
    this(
        new SmtpSettings(
            host.filter(h -> !h.isBlank()),
            port,
            user.filter(u -> !u.isBlank()),
            password.orElse(""),
            SmtpSettings.Tls.of(tls),
            from,
            senderName,
            timeoutSeconds),
        clock);
  }

  public SmtpMailer(SmtpSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public boolean sends() {
    return settings.host().isPresent();
  }

  @Override
  public boolean send(Mail mail) {
    if (!sends()) {
      LOG.info(() -> "Mail not sent: trust.mail.host is not set (subject: " + mail.subject() + ")");
      return false;
    }
    InternetAddress recipient = recipient(mail.to());
    try {
      Transport.send(message(session(), recipient, mail));
      return true;
    } catch (MessagingException e) {
      throw new MailNotSent(
          "The SMTP server "
              + settings.host().orElseThrow()
              + ":"
              + settings.port()
              + " did not take a mail: "
              + e.getMessage(),
          e);
    }
  }

  private MimeMessage message(Session session, InternetAddress recipient, Mail mail)
      throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    try {
      message.setFrom(new InternetAddress(settings.from(), settings.senderName(), UTF_8));
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException("UTF-8 is always supported", e);
    }
    message.setRecipient(Message.RecipientType.TO, recipient);
    message.setSubject(mail.subject(), UTF_8);
    message.setSentDate(Date.from(clock.instant()));
    message.setHeader("Content-Language", mail.language().tag());
    message.setHeader("Auto-Submitted", "auto-generated");
    for (Map.Entry<String, String> header : mail.headers().entrySet()) {
      message.setHeader(header.getKey(), header.getValue());
    }
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.text(), UTF_8);
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.html(), UTF_8, "html");
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    if (mail.attachments().isEmpty()) {
      message.setContent(alternative);
    } else {
      MimeMultipart mixed = new MimeMultipart("mixed");
      MimeBodyPart body = new MimeBodyPart();
      body.setContent(alternative);
      mixed.addBodyPart(body);
      for (MailAttachment attachment : mail.attachments()) {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(
            new DataHandler(
                new ByteArrayDataSource(attachment.content(), attachment.contentType())));
        part.setFileName(attachment.filename());
        part.setDisposition(Part.ATTACHMENT);
        mixed.addBodyPart(part);
      }
      message.setContent(mixed);
    }
    message.saveChanges();
    return message;
  }

  private static InternetAddress recipient(String address) {
    try {
      InternetAddress recipient = new InternetAddress(address, true);
      if (recipient.isGroup() || recipient.getPersonal() != null) {
        throw new AddressException("not a single bare address", address);
      }
      return recipient;
    } catch (AddressException e) {
      throw new IllegalArgumentException("Not an e-mail address: " + address, e);
    }
  }

  private Session session() {
    Properties properties = new Properties();
    String protocol = settings.tls() == SmtpSettings.Tls.SSL ? "smtps" : "smtp";
    String prefix = "mail." + protocol + ".";
    properties.put("mail.transport.protocol", protocol);
    properties.put(prefix + "host", settings.host().orElseThrow());
    properties.put(prefix + "port", Integer.toString(settings.port()));
    String timeout = Long.toString(settings.timeoutSeconds() * 1000L);
    properties.put(prefix + "connectiontimeout", timeout);
    properties.put(prefix + "timeout", timeout);
    properties.put(prefix + "writetimeout", timeout);
    if (settings.tls() == SmtpSettings.Tls.STARTTLS) {
      properties.put(prefix + "starttls.enable", "true");
      properties.put(prefix + "starttls.required", "true");
    }
    if (settings.tls() != SmtpSettings.Tls.NONE) {
      properties.put(prefix + "ssl.checkserveridentity", "true");
    }
    Authenticator authenticator = null;
    if (settings.user().isPresent()) {
      properties.put(prefix + "auth", "true");
      PasswordAuthentication login =
          new PasswordAuthentication(settings.user().orElseThrow(), settings.password());
      authenticator =
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return login;
            }
          };
    }
    return Session.getInstance(properties, authenticator);
  }

  /** The SMTP server and how to talk to it. */
  public record SmtpSettings(
      Optional<String> host,
      int port,
      Optional<String> user,
      String password,
      Tls tls,
      String from,
      String senderName,
      int timeoutSeconds) {

    public SmtpSettings {
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("trust.mail.port must be 1 to 65535: " + port);
      }
      if (timeoutSeconds < 1) {
        throw new IllegalArgumentException("trust.mail.timeout-seconds must be positive");
      }
      recipient(from);
    }

    /**
     * How the connection is protected: not at all, upgraded with STARTTLS, or TLS from the start.
     */
    public enum Tls {
      NONE,
      STARTTLS,
      SSL;

      static Tls of(String setting) {
        try {
          return valueOf(setting.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "trust.mail.tls must be none, starttls or ssl: " + setting, e);
        }
      }
    }
  }
}
