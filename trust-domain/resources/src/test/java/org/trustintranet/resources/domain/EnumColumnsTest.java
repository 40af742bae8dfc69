package org.trustintranet.resources.domain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every value of the managed lists fits its column (the demo library once failed to seed: "Data too
 * long for column 'licence'" for ALL_RIGHTS_RESERVED).
 */
class EnumColumnsTest {
  @Test
  void everyNameFitsItsColumn() throws IOException {
    String sql;
    try (InputStream in =
        getClass().getResourceAsStream("/db/resources/V1__create_resources.sql")) {
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, Class<? extends Enum<?>>> columns =
        Map.of(
            "subject", Subject.class,
            "key_stage", KeyStage.class,
            "resource_type", ResourceType.class,
            "licence", Licence.class,
            "visibility", Visibility.class,
            "state", ResourceState.class,
            "text_state", TextState.class);
    columns.forEach(
        (column, type) -> {
          Matcher m = Pattern.compile("\\b" + column + "\\s+VARCHAR\\((\\d+)\\)").matcher(sql);
          assertTrue(m.find(), column);
          int length = Integer.parseInt(m.group(1));
          int longest =
              Arrays.stream(type.getEnumConstants())
                  .mapToInt(e -> e.name().length())
                  .max()
                  .orElse(0);
          assertTrue(longest <= length, column + " holds " + length + ", needs " + longest);
        });
  }
}
