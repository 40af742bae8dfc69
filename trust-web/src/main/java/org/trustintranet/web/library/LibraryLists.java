package org.trustintranet.web.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.IntStream;
import org.trustintranet.resources.domain.KeyStage;
import org.trustintranet.resources.domain.Licence;
import org.trustintranet.resources.domain.ResourceQuery;
import org.trustintranet.resources.domain.ResourceType;
import org.trustintranet.resources.domain.Subject;
import org.trustintranet.resources.domain.Visibility;

/**
 * The library's managed lists, for the screens' choices: subjects, key stages, year groups, types,
 * licences, visibilities and the orders of a search. Each is labelled from the bundle ({@code
 * resources.subject.MATHEMATICS}).
 */
@Named
@ApplicationScoped
public class LibraryLists {
  private static final List<Integer> ALL_YEARS = IntStream.rangeClosed(-1, 13).boxed().toList();

  public List<Subject> getSubjects() {
    return List.of(Subject.values());
  }

  public List<KeyStage> getKeyStages() {
    return List.of(KeyStage.values());
  }

  public List<ResourceType> getTypes() {
    return List.of(ResourceType.values());
  }

  public List<Licence> getLicences() {
    return List.of(Licence.values());
  }

  public List<Visibility> getVisibilities() {
    return List.of(Visibility.values());
  }

  public List<ResourceQuery.Sort> getSorts() {
    return List.of(ResourceQuery.Sort.values());
  }

  /** The year groups of a key stage (every one, nursery to 13, when none is chosen). */
  public List<Integer> years(KeyStage stage) {
    return stage == null ? ALL_YEARS : List.copyOf(stage.years());
  }
}
