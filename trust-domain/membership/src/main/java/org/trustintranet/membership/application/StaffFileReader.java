package org.trustintranet.membership.application;

import java.io.InputStream;
import java.util.List;
import org.trustintranet.membership.domain.StaffLine;

/**
 * Reads the rows of a staff import file. The domain decides what each row means ({@code
 * StaffImportPlanner}); reading the file's format is an adapter's job.
 */
public interface StaffFileReader {
  /**
   * The data rows of the file, in file order. Reads {@code csv} to its end; the caller closes it. A
   * file that cannot be used at all is a {@code BusinessException} with an {@code error.import.*}
   * key.
   */
  List<StaffLine> lines(InputStream csv);
}
