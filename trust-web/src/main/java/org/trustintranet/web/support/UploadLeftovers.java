package org.trustintranet.web.support;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Removes the temporary files of uploads that a killed server left behind. The servlet container
 * spools each uploaded part to {@code upload_*.tmp} in the web application's temporary directory
 * (or {@code java.io.tmpdir}) and deletes it when the request ends; a server killed in the middle
 * of an upload never does. When the intranet starts, no upload of this instance is in progress, so
 * every such file in its own temporary directory goes; in {@code java.io.tmpdir}, which other
 * processes may share, only those older than {@link #SHARED_AGE}. The file store's own {@code
 * incoming} folder is the library upkeep's (resources' {@code LibraryUpkeep}).
 */
@WebListener
public class UploadLeftovers implements ServletContextListener {
  /** How old an upload's temporary file in a shared folder must be to be someone's leftover. */
  static final Duration SHARED_AGE = Duration.ofDays(1);

  private static final Logger LOG = Logger.getLogger(UploadLeftovers.class.getName());

  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServletContext context = event.getServletContext();
    Object own = context.getAttribute(ServletContext.TEMPDIR);
    int removed = 0;
    if (own instanceof File dir) {
      removed += remove(dir.toPath(), Instant.MAX);
    }
    String shared = System.getProperty("java.io.tmpdir");
    if (shared != null) {
      removed += remove(Path.of(shared), Instant.now().minus(SHARED_AGE));
    }
    if (removed > 0) {
      LOG.info("Removed " + removed + " temporary files of uploads cut off by a stopped server");
    }
  }

  /** Deletes the {@code upload_*.tmp} files of {@code dir} last changed before {@code before}. */
  static int remove(Path dir, Instant before) {
    int removed = 0;
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "upload_*.tmp")) {
      for (Path file : files) {
        try {
          if (Files.isRegularFile(file)
              && Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
            Files.delete(file);
            removed++;
          }
        } catch (NoSuchFileException gone) {
          // removed meanwhile by its request or another instance
        }
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not clear the uploads' temporary files in " + dir, e);
    }
    return removed;
  }
}
