package org.trustintranet.resources.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.trustintranet.kernel.application.ContentId;
import org.trustintranet.kernel.application.FileStore;
import org.trustintranet.kernel.application.SchemaMigrated;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.resources.application.ContentInspector;

/**
 * Apache Tika finds the type of stored content in its bytes: magic numbers first, then, for the
 * formats that are zip or OLE2 containers (Word, Excel, PowerPoint, OpenDocument), the container's
 * own table of contents, which is why it reads a {@link TikaInputStream}. A file's name never
 * overrides its bytes: it only tells apart formats whose bytes look alike (CSV is plain text by its
 * bytes, many MP4 films are just ISO media), so an executable or a web page renamed {@code .pdf} or
 * {@code .docx} is refused, and so is a plain zip renamed {@code .docx}.
 *
 * <p>Thumbnails: the first page of a PDF through PDFBox, an image through ImageIO, on a thread of
 * their own with a time limit, any failure (out of memory included) giving no thumbnail.
 */
@ApplicationScoped
public class TikaContentInspector implements ContentInspector {
  /** The MicroProfile Config setting listing the media types the library takes, comma separated. */
  public static final String ALLOWED_TYPES_SETTING = "trust.resources.allowed-types";

  /**
   * The types taken when {@link #ALLOWED_TYPES_SETTING} is not set: PDF, Word, PowerPoint and Excel
   * (old and new), OpenDocument text, spreadsheet and presentation, plain text, CSV, RTF, JPEG,
   * PNG, GIF and WebP pictures, MP4 and WebM video, MP3 audio. Not macro-enabled Office files,
   * HTML, SVG (both may carry scripts), archives or executables.
   */
  public static final String DEFAULT_ALLOWED_TYPES =
      "application/pdf,"
          + "application/msword,"
          + "application/vnd.openxmlformats-officedocument.wordprocessingml.document,"
          + "application/vnd.ms-powerpoint,"
          + "application/vnd.openxmlformats-officedocument.presentationml.presentation,"
          + "application/vnd.ms-excel,"
          + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,"
          + "application/vnd.oasis.opendocument.text,"
          + "application/vnd.oasis.opendocument.spreadsheet,"
          + "application/vnd.oasis.opendocument.presentation,"
          + "text/plain,"
          + "text/csv,"
          + "application/rtf,"
          + "image/jpeg,"
          + "image/png,"
          + "image/gif,"
          + "image/webp,"
          + "video/mp4,"
          + "video/webm,"
          + "audio/mpeg";

  /** The widest thumbnail, in pixels. */
  public static final int THUMBNAIL_WIDTH = 320;

  /** The tallest thumbnail, in pixels, so that a strip-shaped page makes no giant picture. */
  public static final int THUMBNAIL_HEIGHT = 960;

  /** Pictures with more pixels than this are not decoded at all: no thumbnail. */
  public static final long MAX_IMAGE_PIXELS = 50_000_000L;

  /** The longest a thumbnail may take before it is given up. */
  public static final Duration THUMBNAIL_TIME_LIMIT = Duration.ofSeconds(20);

  private static final String PDF = "application/pdf";

  /**
   * The types whose bytes do not tell their flavours apart, so the name may: plain text (CSV, RTF
   * and HTML are text too; the list then decides) and the ISO media container, which is MP4 by its
   * name (Tika recognises MP4 by its bytes only for two of its many brands). Never a zip or an OLE2
   * container: Office files are told by their contents, so a plain zip named {@code .docx} stays a
   * zip.
   */
  private static final Set<MediaType> NARROWED_BY_NAME =
      Set.of(MediaType.TEXT_PLAIN, MediaType.video("quicktime"));

  private static final Logger LOG = Logger.getLogger(TikaContentInspector.class.getName());

  private final FileStore files;
  private final Set<MediaType> allowed;
  private final Detector detector;
  private final MimeTypes namesToTypes;
  private final MediaTypeRegistry registry;
  private final BoundedRunner runner;

  /** For the container's client proxy only; the proxy hands every call to the real instance. */
  protected TikaContentInspector() {
    files = null;
    allowed = null;
    detector = null;
    namesToTypes = null;
    registry = null;
    runner = null;
  }

  @Inject
  public TikaContentInspector(
      FileStore files,
      @ConfigProperty(name = ALLOWED_TYPES_SETTING, defaultValue = DEFAULT_ALLOWED_TYPES)
          String allowedTypes) {
    this.runner = new BoundedRunner("thumbnails"); // first: it quietens the libraries' logs
    this.files = files;
    TikaConfig tika = TikaConfig.getDefaultConfig();
    this.detector = tika.getDetector();
    this.namesToTypes = tika.getMimeRepository();
    this.registry = tika.getMediaTypeRegistry();
    this.allowed = parse(allowedTypes, registry);
  }

  /** The media types taken, as configured (aliases such as {@code text/rtf} made canonical). */
  public Set<String> allowedTypes() {
    Set<String> names = new LinkedHashSet<>();
    allowed.forEach(type -> names.add(type.toString()));
    return names;
  }

  @Override
  public String allowedType(ContentId id, String fileName) {
    if (files.size(id) == 0) {
      throw new BusinessException(EMPTY);
    }
    MediaType type = detect(id, fileName);
    if (!allowed.contains(type)) {
      throw new BusinessException(TYPE_REFUSED, type.toString());
    }
    return type.toString();
  }

  @Override
  public Optional<byte[]> thumbnail(ContentId id, String mediaType) {
    MediaType type = mediaType == null ? null : MediaType.parse(mediaType);
    if (type == null) {
      return Optional.empty();
    }
    if (PDF.equals(type.getBaseType().toString())) {
      return runner.run(
          () -> firstPage(id), THUMBNAIL_TIME_LIMIT, () -> "a PDF thumbnail of " + id);
    }
    if ("image".equals(type.getType())) {
      return runner.run(() -> picture(id), THUMBNAIL_TIME_LIMIT, () -> "a thumbnail of " + id);
    }
    return Optional.empty();
  }

  /**
   * Makes this inspector when the application starts, not on the first upload: loading Tika's
   * configuration (its media types, detectors and their classes) took about 2 s here, which the
   * first upload after every start waited for. The container creates the bean to call this.
   */
  void loadAtStart(@Observes SchemaMigrated migrated) {
    LOG.fine(() -> "Apache Tika loaded; allowed types " + allowed);
  }

  @PreDestroy
  void stop() {
    if (runner != null) {
      runner.close();
    }
  }

  /**
   * The type in the bytes; the name may only narrow a type of {@link #NARROWED_BY_NAME} down to one
   * of its subtypes (plain text to CSV, say), never name another type.
   */
  private MediaType detect(ContentId id, String fileName) {
    try (TikaInputStream in = TikaInputStream.get(open(id))) {
      MediaType inBytes = registry.normalize(detector.detect(in, new Metadata()).getBaseType());
      if (fileName == null || !NARROWED_BY_NAME.contains(inBytes)) {
        return inBytes;
      }
      Metadata nameOnly = new Metadata();
      nameOnly.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
      MediaType byName = registry.normalize(namesToTypes.detect(null, nameOnly).getBaseType());
      return registry.isSpecializationOf(byName, inBytes) ? byName : inBytes;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + id + " to find its type", e);
    }
  }

  /**
   * The first page of a PDF, drawn at the scale that makes it {@link #THUMBNAIL_WIDTH} wide. The
   * file is read from a temporary copy and PDFBox keeps its buffers in temporary files, not in the
   * heap; pictures inside the page are drawn subsampled.
   */
  private Optional<byte[]> firstPage(ContentId id) throws IOException {
    try (TikaInputStream in = TikaInputStream.get(open(id));
        PDDocument pdf =
            Loader.loadPDF(in.getPath().toFile(), IOUtils.createTempFileOnlyStreamCache())) {
      if (pdf.getNumberOfPages() == 0) {
        return Optional.empty();
      }
      PDPage page = pdf.getPage(0);
      PDRectangle box = page.getCropBox();
      boolean turned = page.getRotation() % 180 != 0;
      float width = turned ? box.getHeight() : box.getWidth();
      float height = turned ? box.getWidth() : box.getHeight();
      if (!(width >= 1 && height >= 1)) {
        return Optional.empty();
      }
      float scale = Math.min(THUMBNAIL_WIDTH / width, THUMBNAIL_HEIGHT / height);
      PDFRenderer renderer = new PDFRenderer(pdf);
      renderer.setSubsamplingAllowed(true);
      return Optional.of(png(renderer.renderImage(0, scale, ImageType.RGB)));
    }
  }

  /**
   * A picture made small. Its size is read from its header first: one of more than {@link
   * #MAX_IMAGE_PIXELS} is never decoded, and a large one is decoded subsampled, so that only about
   * the thumbnail's pixels are ever in memory.
   */
  private Optional<byte[]> picture(ContentId id) throws IOException {
    try (InputStream in = open(id);
        ImageInputStream image = ImageIO.createImageInputStream(in)) {
      Iterator<ImageReader> readers = image == null ? null : ImageIO.getImageReaders(image);
      if (readers == null || !readers.hasNext()) {
        return Optional.empty(); // a format without a reader here, such as WebP
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(image, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width <= 0 || height <= 0 || (long) width * height > MAX_IMAGE_PIXELS) {
          return Optional.empty();
        }
        ImageReadParam subsampled = reader.getDefaultReadParam();
        // every step-th pixel of every step-th row: still no smaller than the thumbnail
        int step = Math.max(1, Math.max(width / THUMBNAIL_WIDTH, height / THUMBNAIL_HEIGHT));
        subsampled.setSourceSubsampling(step, step, 0, 0);
        return Optional.of(png(fitted(reader.read(0, subsampled))));
      } finally {
        reader.dispose();
      }
    }
  }

  /** The picture scaled down to fit the thumbnail's box; a small one is left as it is. */
  private static BufferedImage fitted(BufferedImage picture) {
    double scale =
        Math.min(
            1.0,
            Math.min(
                (double) THUMBNAIL_WIDTH / picture.getWidth(),
                (double) THUMBNAIL_HEIGHT / picture.getHeight()));
    if (scale >= 1.0) {
      return picture;
    }
    int width = Math.max(1, (int) Math.round(picture.getWidth() * scale));
    int height = Math.max(1, (int) Math.round(picture.getHeight() * scale));
    int kind =
        picture.getColorModel().hasAlpha()
            ? BufferedImage.TYPE_INT_ARGB
            : BufferedImage.TYPE_INT_RGB;
    BufferedImage small = new BufferedImage(width, height, kind);
    Graphics2D g = small.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(picture, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return small;
  }

  private static byte[] png(BufferedImage picture) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (!ImageIO.write(fitted(picture), "png", bytes)) {
      throw new IOException("No PNG writer");
    }
    return bytes.toByteArray();
  }

  private InputStream open(ContentId id) {
    return files
        .open(id)
        .orElseThrow(() -> new NotFoundException(FileStore.NOT_FOUND, id.sha256Hex()));
  }

  private static Set<MediaType> parse(String list, MediaTypeRegistry registry) {
    Set<MediaType> types = new LinkedHashSet<>();
    for (String name : Arrays.stream(list.split(",")).map(String::strip).toList()) {
      if (name.isEmpty()) {
        continue;
      }
      MediaType type = MediaType.parse(name);
      if (type == null) {
        throw new IllegalArgumentException(
            ALLOWED_TYPES_SETTING + " holds " + name + ", which is not a media type");
      }
      MediaType canonical = registry.normalize(type.getBaseType());
      if (!registry.getTypes().contains(canonical)) {
        throw new IllegalArgumentException(
            ALLOWED_TYPES_SETTING + " holds " + name + ", a type Apache Tika never detects");
      }
      types.add(canonical);
    }
    return Collections.unmodifiableSet(types);
  }
}
