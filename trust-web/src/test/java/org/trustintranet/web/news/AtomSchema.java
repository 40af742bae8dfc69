package org.trustintranet.web.news;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * RFC 4287's RELAX NG schema (src/test/resources/atom/atom.rnc, retyped from the RFC's Appendix B),
 * checked with Jing: the errors a document has against it, none when it is valid Atom.
 */
final class AtomSchema {
  private AtomSchema() {}

  static List<String> errors(byte[] document) throws Exception {
    List<String> errors = new ArrayList<>();
    ErrorHandler collect =
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) {
            error(e);
          }
        };
    PropertyMapBuilder properties = new PropertyMapBuilder();
    properties.put(ValidateProperty.ERROR_HANDLER, collect);
    ValidationDriver driver =
        new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
    InputSource schema =
        new InputSource(AtomSchema.class.getResource("/atom/atom.rnc").toExternalForm());
    if (!driver.loadSchema(schema)) {
      throw new IllegalStateException("the Atom schema does not load: " + errors);
    }
    boolean valid = driver.validate(new InputSource(new ByteArrayInputStream(document)));
    if (!valid && errors.isEmpty()) {
      errors.add("invalid");
    }
    return errors;
  }
}
