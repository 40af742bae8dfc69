package org.trustintranet.it.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trustintranet.it.Deployments;
import org.trustintranet.it.TestCallerIdentity;
import org.trustintranet.it.TestData;
import org.trustintranet.it.news.Acting;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.membership.domain.EmailAddress;
import org.trustintranet.membership.domain.PersonRepository;
import org.trustintranet.networks.application.NetworkResourceService;
import org.trustintranet.networks.application.NetworkService;
import org.trustintranet.networks.application.SharedResourceView;
import org.trustintranet.networks.domain.Joining;
import org.trustintranet.networks.domain.NetworkDetails;
import org.trustintranet.networks.domain.NetworkKind;
import org.trustintranet.resources.application.ResourceForm;
import org.trustintranet.resources.application.ResourceService;
import org.trustintranet.resources.domain.KeyStage;
import org.trustintranet.resources.domain.Licence;
import org.trustintranet.resources.domain.ResourceType;
import org.trustintranet.resources.domain.Subject;
import org.trustintranet.resources.domain.Visibility;

/**
 * A network's shared library resources inside the deployed application, against the real database
 * (issue 13): a lead links a resource and unlinks it; a member's crafted call to link or unlink is
 * refused; a linked resource the reader may not see in the library is left out of the list; a
 * resource that does not exist, or that the lead may not see, is refused with a clear message and
 * nothing saved; a resource is linked once.
 */
@ExtendWith(ArquillianExtension.class)
class NetworkResourcesIT {
  static final String OAKFIELD = "Oakfield Primary School";
  static final String ACORNS = "Little Acorns Nursery";

  @Deployment
  static WebArchive deployment() {
    return Deployments.intranet(
        NetworkResourcesIT.class, Acting.class, TestCallerIdentity.class, TestData.class);
  }

  @Inject NetworkService networks;
  @Inject NetworkResourceService shared;
  @Inject ResourceService library;
  @Inject Acting acting;
  @Inject PersonRepository people;

  @AfterEach
  void nobody() {
    acting.nobody();
  }

  private long personId(String user) {
    return people.findByEmail(EmailAddress.parse(user + TestData.DOMAIN)).orElseThrow().getId();
  }

  /** An open network led by the demo school admin of Oakfield, which the demo teacher joins. */
  private long network() {
    acting.as("trust.admin");
    long id =
        networks.create(
            new NetworkDetails(
                "Shared resources " + Long.toString(System.nanoTime(), 36),
                "Share what works",
                NetworkKind.SUBJECT,
                Joining.OPEN,
                false,
                null),
            personId("school.admin"));
    acting.as("teacher");
    networks.join(id);
    return id;
  }

  /** A link resource of the school called {@code school}, shared by the demo trust admin. */
  private long resource(String school, Visibility visibility, String title) {
    long schoolId = acting.school(school); // acts as the trust admin
    ResourceForm form = new ResourceForm();
    form.setSchoolId(schoolId);
    form.setTitle(title);
    form.setSubject(Subject.MATHEMATICS);
    form.setKeyStage(KeyStage.KS2);
    form.setType(ResourceType.WORKSHEET);
    form.setLicence(Licence.CC_BY);
    form.setVisibility(visibility);
    form.setLink("https://example.org/" + Long.toString(System.nanoTime(), 36));
    return library.share(form, List.of()).get(0);
  }

  private static List<Long> ids(List<SharedResourceView> links) {
    return links.stream().map(SharedResourceView::resourceId).toList();
  }

  private static String refusal(Runnable call) {
    return assertThrows(BusinessException.class, call::run).messageKey();
  }

  @Test
  void aLeadLinksAResourceEveryoneSeesItAndTheLeadUnlinksIt() {
    long net = network();
    long fractions = resource(OAKFIELD, Visibility.TRUST, "Fractions on a number line");

    acting.as("school.admin");
    shared.link(net, fractions);
    assertEquals(
        List.of(new SharedResourceView(fractions, "Fractions on a number line")),
        shared.links(net));
    assertEquals(
        "error.networks.resourceLinked", refusal(() -> shared.link(net, fractions)), "once");

    acting.as("teacher");
    assertEquals(List.of(fractions), ids(shared.links(net)));

    acting.as("school.admin");
    shared.unlink(net, fractions);
    assertEquals(List.of(), shared.links(net));
    assertEquals(NetworkResourceService.NOT_LINKED, refusal(() -> shared.unlink(net, fractions)));
  }

  @Test
  void aMemberCannotLinkOrUnlink() {
    long net = network();
    long resource = resource(OAKFIELD, Visibility.TRUST, "Place value cards");
    acting.as("teacher");
    assertThrows(NotPermittedException.class, () -> shared.link(net, resource));
    acting.as("school.admin");
    assertEquals(List.of(), shared.links(net), "nothing saved");
    shared.link(net, resource);
    acting.as("teacher");
    assertThrows(NotPermittedException.class, () -> shared.unlink(net, resource));
    assertEquals(List.of(resource), ids(shared.links(net)), "still linked");
  }

  @Test
  void aResourceTheReaderMayNotSeeIsLeftOut() {
    long net = network();
    long open = resource(OAKFIELD, Visibility.TRUST, "Reasoning starters");
    long nurseryOnly = resource(ACORNS, Visibility.SCHOOL, "Counting songs (nursery staff)");
    acting.as("trust.admin"); // a trust admin manages every network and sees every resource
    shared.link(net, open);
    shared.link(net, nurseryOnly);
    assertEquals(List.of(open, nurseryOnly), ids(shared.links(net)));

    acting.as("teacher");
    assertEquals(List.of(open), ids(shared.links(net)));
    acting.as("school.admin");
    assertEquals(List.of(open), ids(shared.links(net)));
    assertEquals(
        NetworkResourceService.NO_SUCH_RESOURCE,
        refusal(() -> shared.link(net, nurseryOnly)),
        "a lead links only what they can see");
  }

  @Test
  void aMissingResourceIsRefusedWithNothingSaved() {
    long net = network();
    acting.as("school.admin");
    assertEquals(
        NetworkResourceService.NO_SUCH_RESOURCE,
        refusal(() -> shared.link(net, Long.MAX_VALUE - 7)));
    acting.as("trust.admin");
    assertTrue(shared.links(net).isEmpty(), "nothing saved");
  }
}
