package org.trustintranet.web.library;

import java.util.Map;
import java.util.function.Supplier;
import org.trustintranet.web.support.Feedback;

/**
 * Shows the service's refusals of a resource's metadata at their field too (the share and edit
 * forms have the same fields, from the same include), so that a screen reader reads the reason with
 * the field.
 */
final class MetadataErrors {
  /** The field (its id in the form) that shows each refusal. */
  private static final Map<String, String> FIELD_OF =
      Map.ofEntries(
          Map.entry("error.resources.titleRequired", "title"),
          Map.entry("error.resources.titleTooLong", "title"),
          Map.entry("error.resources.descriptionTooLong", "description"),
          Map.entry("error.resources.subjectRequired", "subject"),
          Map.entry("error.resources.keyStageRequired", "keyStage"),
          Map.entry("error.resources.yearOutsideKeyStage", "years"),
          Map.entry("error.resources.typeRequired", "type"),
          Map.entry("error.resources.licenceRequired", "licence"),
          Map.entry("error.resources.tagInvalid", "tags"),
          Map.entry("error.resources.tooManyTags", "tags"),
          Map.entry("error.resources.linkInvalid", "link"),
          Map.entry("error.resources.schoolRequired", "school"));

  private MetadataErrors() {}

  /**
   * Runs {@code call}; a refusal of a field is also shown at {@code form}'s field, then rethrown.
   */
  static <T> T atTheField(Feedback feedback, String form, Supplier<T> call) {
    return feedback.atTheField(
        key -> FIELD_OF.containsKey(key) ? form + ":" + FIELD_OF.get(key) : null, call);
  }
}
