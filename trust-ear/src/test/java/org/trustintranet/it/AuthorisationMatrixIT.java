package org.trustintranet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trustintranet.kernel.application.AuditTrail;
import org.trustintranet.kernel.application.CurrentUser;
import org.trustintranet.kernel.domain.AuditQuery;
import org.trustintranet.kernel.domain.BusinessException;
import org.trustintranet.kernel.domain.Language;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.kernel.domain.PageRequest;
import org.trustintranet.kernel.domain.Phase;
import org.trustintranet.kernel.domain.SchoolRole;
import org.trustintranet.kernel.domain.TrustRole;
import org.trustintranet.membership.application.AccountService;
import org.trustintranet.membership.application.DirectoryFilter;
import org.trustintranet.membership.application.ImportPreview;
import org.trustintranet.membership.application.PeopleService;
import org.trustintranet.membership.application.PersonForm;
import org.trustintranet.membership.application.PersonView;
import org.trustintranet.membership.application.SchoolForm;
import org.trustintranet.membership.application.SchoolService;
import org.trustintranet.membership.application.SchoolStaffService;
import org.trustintranet.membership.application.SchoolView;
import org.trustintranet.membership.application.StaffAdministrationService;
import org.trustintranet.membership.application.StaffDirectoryService;
import org.trustintranet.membership.application.StaffImportService;
import org.trustintranet.membership.domain.EmailAddress;
import org.trustintranet.membership.domain.PersonRepository;
import org.trustintranet.networks.application.CaseStudyFileService;
import org.trustintranet.networks.application.CaseStudyService;
import org.trustintranet.networks.application.CoachingService;
import org.trustintranet.networks.application.NetworkResourceService;
import org.trustintranet.networks.application.NetworkService;
import org.trustintranet.networks.application.ObservationService;
import org.trustintranet.networks.application.OpenClassroomService;
import org.trustintranet.networks.application.ProfileForm;
import org.trustintranet.networks.application.ProgrammeService;
import org.trustintranet.networks.application.RegistrationService;
import org.trustintranet.networks.application.SessionService;
import org.trustintranet.networks.application.TeachingProfileService;
import org.trustintranet.networks.domain.CareerStage;
import org.trustintranet.networks.domain.CaseStudyDetails;
import org.trustintranet.networks.domain.CaseStudyQuery;
import org.trustintranet.networks.domain.GoalStatus;
import org.trustintranet.networks.domain.Joining;
import org.trustintranet.networks.domain.LessonSlot;
import org.trustintranet.networks.domain.MeetingDetails;
import org.trustintranet.networks.domain.NetworkDetails;
import org.trustintranet.networks.domain.NetworkKind;
import org.trustintranet.networks.domain.ObservationDirection;
import org.trustintranet.networks.domain.OpenClassroomDetails;
import org.trustintranet.networks.domain.ProfileVisibility;
import org.trustintranet.networks.domain.ProgrammeDetails;
import org.trustintranet.networks.domain.SessionDetails;
import org.trustintranet.networks.domain.SessionKind;
import org.trustintranet.networks.domain.SessionRepeat;
import org.trustintranet.networks.domain.SessionSlot;
import org.trustintranet.networks.domain.Term;
import org.trustintranet.news.application.AtomFeedService;
import org.trustintranet.news.application.BannerService;
import org.trustintranet.news.application.BannerUpload;
import org.trustintranet.news.application.CommentService;
import org.trustintranet.news.application.DigestChoiceOption;
import org.trustintranet.news.application.DigestService;
import org.trustintranet.news.application.FeedFilter;
import org.trustintranet.news.application.MustReadService;
import org.trustintranet.news.application.NewsService;
import org.trustintranet.news.application.PostDraft;
import org.trustintranet.news.application.PostForm;
import org.trustintranet.resources.application.ResourceForm;
import org.trustintranet.resources.application.ResourceReviewService;
import org.trustintranet.resources.application.ResourceSearchService;
import org.trustintranet.resources.application.ResourceService;
import org.trustintranet.resources.application.ResourceTitleService;
import org.trustintranet.resources.application.SearchCriteria;
import org.trustintranet.resources.application.StagedFile;
import org.trustintranet.resources.domain.KeyStage;
import org.trustintranet.resources.domain.Licence;
import org.trustintranet.resources.domain.ResourceType;
import org.trustintranet.resources.domain.Visibility;
import org.trustintranet.rooms.application.BookingForm;
import org.trustintranet.rooms.application.BookingRequestService;
import org.trustintranet.rooms.application.CalendarFeedService;
import org.trustintranet.rooms.application.ClosedDaysForm;
import org.trustintranet.rooms.application.PeriodView;
import org.trustintranet.rooms.application.PhotoForm;
import org.trustintranet.rooms.application.PhotoUpload;
import org.trustintranet.rooms.application.RoomForm;
import org.trustintranet.rooms.application.RoomPhotoService;
import org.trustintranet.rooms.application.RoomRulesForm;
import org.trustintranet.rooms.application.RoomRulesService;
import org.trustintranet.rooms.application.RoomSearch;
import org.trustintranet.rooms.application.RoomSeriesService;
import org.trustintranet.rooms.application.RoomService;
import org.trustintranet.rooms.application.SchoolPeriodsService;
import org.trustintranet.rooms.application.SeriesForm;
import org.trustintranet.rooms.domain.BookingLink;

/**
 * Who may call which operation on whose data (issue 7): every operation of every service, called as
 * every kind of actor on fresh targets, against one table of the intended rules. The operations are
 * found by reflection in the deployed application, so a new one fails here until it has rows. All
 * wrong cells are reported at once; the server log (shown with {@code -Dtrust.test.console=true})
 * has a line "authorisation matrix: N operations, M cells".
 */
@ExtendWith(ArquillianExtension.class)
class AuthorisationMatrixIT {
  /**
   * The intended rules: one line per operation and target, one mark per actor column; {@code +} the
   * call returns normally, {@code -} it throws NotPermittedException and writes nothing (the audit
   * trail, the target person, school and post stay as they were), {@code 0} it throws
   * NotFoundException, answering as for a record that does not exist, and writes nothing.
   *
   * <p>Actors: anon = nobody signed in; staffA, teachA, adminA = staff, teacher, school admin of
   * school A; adminB = school admin of school B; editor = NEWS_EDITOR, staff at A; eduOff =
   * EDUCATION_OFFICER, teacher at B; trust = TRUST_ADMIN.
   *
   * <p>Targets: any = no target (or the caller themselves); school-A, school-B = the actors'
   * schools (a cell that archives one reopens it afterwards); person-A, person-B, person-AB = staff
   * at A, at B, at both; holder = staff at A who holds the NEWS_EDITOR trust role; person-B@A =
   * staff at B, given a role at A. People are made afresh for every cell. An operation on a person
   * and a school works at the person's school (A for person-AB and holder).
   */
  static final String TABLE =
      """
      # operation                               target      anon   staffA teachA adminA adminB editor eduOff trust

      # (a) anyone signed in; signing in: anyone
      StaffDirectoryService.directoryCount      any         -      +      +      +      +      +      +      +
      StaffDirectoryService.directory           any         -      +      +      +      +      +      +      +
      StaffDirectoryService.person              person-A    -      +      +      +      +      +      +      +
      StaffDirectoryService.person              person-B    -      +      +      +      +      +      +      +
      StaffDirectoryService.person              person-AB   -      +      +      +      +      +      +      +
      StaffDirectoryService.person              holder      -      +      +      +      +      +      +      +
      StaffDirectoryService.findByEmail         person-A    -      +      +      +      +      +      +      +
      StaffDirectoryService.findByEmail         person-B    -      +      +      +      +      +      +      +
      StaffDirectoryService.findByEmail         person-AB   -      +      +      +      +      +      +      +
      StaffDirectoryService.findByEmail         holder      -      +      +      +      +      +      +      +
      PeopleService.administeredSchools         holder      -      +      +      +      +      +      +      +
      PeopleService.administeredSchools         person-A    -      +      +      +      +      +      +      +
      PeopleService.administeredSchools         person-AB   -      +      +      +      +      +      +      +
      PeopleService.administeredSchools         person-B    -      +      +      +      +      +      +      +
      PeopleService.find                        holder      -      +      +      +      +      +      +      +
      PeopleService.find                        person-A    -      +      +      +      +      +      +      +
      PeopleService.find                        person-AB   -      +      +      +      +      +      +      +
      PeopleService.find                        person-B    -      +      +      +      +      +      +      +
      PeopleService.findAll                     holder      -      +      +      +      +      +      +      +
      PeopleService.findAll                     person-A    -      +      +      +      +      +      +      +
      PeopleService.findAll                     person-AB   -      +      +      +      +      +      +      +
      PeopleService.findAll                     person-B    -      +      +      +      +      +      +      +
      PeopleService.staffOf                     school-A    -      +      +      +      +      +      +      +
      PeopleService.staffOf                     school-B    -      +      +      +      +      +      +      +
      PeopleService.activeStaffOf               school-A    -      +      +      +      +      +      +      +
      PeopleService.activeStaffOf               school-B    -      +      +      +      +      +      +      +
      PeopleService.activeStaffIdsOf            school-A    -      +      +      +      +      +      +      +
      PeopleService.activeStaffIdsOf            school-B    -      +      +      +      +      +      +      +
      SchoolService.schools                     any         -      +      +      +      +      +      +      +
      SchoolService.administeredSchools         any         -      +      +      +      +      +      +      +
      SchoolService.school                      school-A    -      +      +      +      +      +      +      +
      SchoolService.school                      school-B    -      +      +      +      +      +      +      +
      SchoolService.findSchool                  school-A    -      +      +      +      +      +      +      +
      SchoolService.findSchool                  school-B    -      +      +      +      +      +      +      +
      AccountService.me                         any         -      +      +      +      +      +      +      +
      AccountService.changeMyJobTitle           any         -      +      +      +      +      +      +      +
      AccountService.changeMyLanguage           any         -      +      +      +      +      +      +      +
      AccountService.changeMyPassword           any         -      +      +      +      +      +      +      +
      AccountService.signIn                     any         +      +      +      +      +      +      +      +

      # (b) a school's staff: trust admin, or school admin of that school
      SchoolStaffService.memberCount            school-A    -      -      -      +      -      -      -      +
      SchoolStaffService.memberCount            school-B    -      -      -      -      +      -      -      +
      SchoolStaffService.members                school-A    -      -      -      +      -      -      -      +
      SchoolStaffService.members                school-B    -      -      -      -      +      -      -      +
      SchoolStaffService.addPerson              school-A    -      -      -      +      -      -      -      +
      SchoolStaffService.addPerson              school-B    -      -      -      -      +      -      -      +
      StaffImportService.preview                school-A    -      -      -      +      -      -      -      +
      StaffImportService.preview                school-B    -      -      -      -      +      -      -      +
      StaffImportService.apply                  school-A    -      -      -      +      -      -      -      +
      StaffImportService.apply                  school-B    -      -      -      -      +      -      -      +
      SchoolStaffService.assign                 person-A    -      -      -      +      -      -      -      +
      SchoolStaffService.assign                 person-B    -      -      -      -      +      -      -      +
      SchoolStaffService.assign                 person-AB   -      -      -      +      -      -      -      +
      SchoolStaffService.assign                 holder      -      -      -      +      -      -      -      +
      SchoolStaffService.assign                 person-B@A  -      -      -      +      -      -      -      +
      SchoolStaffService.endMembership          person-A    -      -      -      +      -      -      -      +
      SchoolStaffService.endMembership          person-B    -      -      -      -      +      -      -      +
      SchoolStaffService.endMembership          person-AB   -      -      -      +      -      -      -      +
      SchoolStaffService.endMembership          holder      -      -      -      +      -      -      -      +

      # (c) a whole person: trust admin; or admin of all their schools, if they hold no trust role
      StaffAdministrationService.revisePerson   person-A    -      -      -      +      -      -      -      +
      StaffAdministrationService.revisePerson   person-B    -      -      -      -      +      -      -      +
      StaffAdministrationService.revisePerson   person-AB   -      -      -      -      -      -      -      +
      StaffAdministrationService.revisePerson   holder      -      -      -      -      -      -      -      +
      StaffAdministrationService.setPassword    person-A    -      -      -      +      -      -      -      +
      StaffAdministrationService.setPassword    person-B    -      -      -      -      +      -      -      +
      StaffAdministrationService.setPassword    person-AB   -      -      -      -      -      -      -      +
      StaffAdministrationService.setPassword    holder      -      -      -      -      -      -      -      +
      StaffAdministrationService.markLeft       person-A    -      -      -      +      -      -      -      +
      StaffAdministrationService.markLeft       person-B    -      -      -      -      +      -      -      +
      StaffAdministrationService.markLeft       person-AB   -      -      -      -      -      -      -      +
      StaffAdministrationService.markLeft       holder      -      -      -      -      -      -      -      +

      # (d) trust admins only
      StaffAdministrationService.reinstate      person-A    -      -      -      -      -      -      -      +
      StaffAdministrationService.reinstate      person-B    -      -      -      -      -      -      -      +
      StaffAdministrationService.reinstate      person-AB   -      -      -      -      -      -      -      +
      StaffAdministrationService.reinstate      holder      -      -      -      -      -      -      -      +
      StaffAdministrationService.grant          person-A    -      -      -      -      -      -      -      +
      StaffAdministrationService.grant          person-B    -      -      -      -      -      -      -      +
      StaffAdministrationService.grant          person-AB   -      -      -      -      -      -      -      +
      StaffAdministrationService.grant          holder      -      -      -      -      -      -      -      +
      StaffAdministrationService.revoke         person-A    -      -      -      -      -      -      -      +
      StaffAdministrationService.revoke         person-B    -      -      -      -      -      -      -      +
      StaffAdministrationService.revoke         person-AB   -      -      -      -      -      -      -      +
      StaffAdministrationService.revoke         holder      -      -      -      -      -      -      -      +
      SchoolService.create                      any         -      -      -      -      -      -      -      +
      SchoolService.revise                      school-A    -      -      -      -      -      -      -      +
      SchoolService.revise                      school-B    -      -      -      -      -      -      -      +
      SchoolService.archive                     school-A    -      -      -      -      -      -      -      +
      SchoolService.archive                     school-B    -      -      -      -      -      -      -      +
      SchoolService.reopen                      school-A    -      -      -      -      -      -      -      +
      SchoolService.reopen                      school-B    -      -      -      -      -      -      -      +
      AuditTrail.browse                         any         -      -      -      -      -      -      -      +
      AuditTrail.count                          any         -      -      -      -      -      -      -      +
      AuditTrail.entries                        any         -      -      -      -      -      -      -      +
      AuditTrail.actions                        any         -      -      -      -      -      -      -      +

      # (f) news: everyone reads what is aimed at them; trust admins and news editors publish anywhere,
      # school admins to their own schools. post-A, post-B, post-trust = a published must-read for
      # school A, school B, the whole trust; school-A, school-B, any = a new post (or draft) for A, B,
      # the whole trust. 0 = refused as if the post did not exist (NotFoundException), nothing written.
      NewsService.feed                          any         -      +      +      +      +      +      +      +
      NewsService.publishingScope               any         -      +      +      +      +      +      +      +
      NewsService.search                        any         -      +      +      +      +      +      +      +
      NewsService.read                          post-A      -      +      +      +      0      +      0      +
      NewsService.read                          post-B      -      0      0      0      +      +      +      +
      NewsService.read                          post-trust  -      +      +      +      +      +      +      +
      NewsService.related                       post-A      -      +      +      +      0      +      0      +
      NewsService.related                       post-B      -      0      0      0      +      +      +      +
      NewsService.related                       post-trust  -      +      +      +      +      +      +      +
      NewsService.author                        person-A    -      +      +      +      +      +      +      +
      NewsService.author                        person-B    -      +      +      +      +      +      +      +
      BannerService.banner                      post-A      -      +      +      +      0      +      0      +
      BannerService.banner                      post-B      -      0      0      0      +      +      +      +
      BannerService.banner                      post-trust  -      +      +      +      +      +      +      +
      MustReadService.acknowledge               post-A      -      +      +      +      0      +      0      -
      MustReadService.acknowledge               post-B      -      0      0      0      +      -      +      -
      MustReadService.acknowledge               post-trust  -      +      +      +      +      +      +      +
      MustReadService.acknowledgements          post-A      -      -      -      +      0      +      0      +
      MustReadService.acknowledgements          post-B      -      0      0      0      +      +      -      +
      MustReadService.acknowledgements          post-trust  -      -      -      -      -      +      -      +
      MustReadService.readers                   post-A      -      -      -      +      0      +      0      +
      MustReadService.readers                   post-B      -      0      0      0      +      +      -      +
      MustReadService.readers                   post-trust  -      -      -      -      -      +      -      +
      MustReadService.remind                    post-A      -      -      -      +      0      +      0      +
      MustReadService.remind                    post-B      -      0      0      0      +      +      -      +
      MustReadService.remind                    post-trust  -      -      -      -      -      +      -      +
      MustReadService.lastReminder              post-A      -      -      -      +      0      +      0      +
      MustReadService.lastReminder              post-B      -      0      0      0      +      +      -      +
      MustReadService.lastReminder              post-trust  -      -      -      -      -      +      -      +
      DigestService.myDigest                    any         -      +      +      +      +      +      +      +
      DigestService.chooseDigest                any         -      +      +      +      +      +      +      +
      # the token in the digest's link is the authority: anyone holding one may stop that digest
      DigestService.unsubscribe                 any         +      +      +      +      +      +      +      +
      NewsService.draft                         post-A      -      -      -      +      0      +      0      +
      NewsService.draft                         post-B      -      0      0      0      +      +      -      +
      NewsService.draft                         post-trust  -      -      -      -      -      +      -      +
      NewsService.saveDraft                     school-A    -      -      -      +      -      +      -      +
      NewsService.saveDraft                     school-B    -      -      -      -      +      +      -      +
      NewsService.saveDraft                     any         -      -      -      -      -      +      -      +
      NewsService.publish                       school-A    -      -      -      +      -      +      -      +
      NewsService.publish                       school-B    -      -      -      -      +      +      -      +
      NewsService.publish                       any         -      -      -      -      -      +      -      +
      # a post to a network's members (net: led by a teacher of B; net-led: led by the actor): its
      # leads, trust admins and news editors; everyone signed in asks for a network's news
      NewsService.saveDraft                     net         -      -      -      -      -      +      -      +
      NewsService.saveDraft                     net-led     -      +      +      +      +      +      +      +
      NewsService.publish                       net         -      -      -      -      -      +      -      +
      NewsService.publish                       net-led     -      +      +      +      +      +      +      +
      NewsService.networkNews                   net         -      +      +      +      +      +      +      +
      NewsService.publishDraft                  school-A    -      0      0      +      0      +      0      +
      NewsService.publishDraft                  school-B    -      0      0      0      +      +      0      +
      NewsService.publishDraft                  any         -      0      0      0      0      +      0      +
      NewsService.revise                        post-A      -      -      -      +      0      +      0      +
      NewsService.revise                        post-B      -      0      0      0      +      +      -      +
      NewsService.revise                        post-trust  -      -      -      -      -      +      -      +
      NewsService.archive                       post-A      -      -      -      +      0      +      0      +
      NewsService.archive                       post-B      -      0      0      0      +      +      -      +
      NewsService.archive                       post-trust  -      -      -      -      -      +      -      +
      # a post's edit history: whoever may edit it (as draft above)
      NewsService.history                       post-A      -      -      -      +      0      +      0      +
      NewsService.history                       post-B      -      0      0      0      +      +      -      +
      NewsService.history                       post-trust  -      -      -      -      -      +      -      +

      # (g) comments and likes: whoever reads a published post comments on it and likes it; its author
      # and editors moderate (hide, close). The comment edited or hidden is the demo trust admin's,
      # so nobody else may change it; 0 = as if the post did not exist.
      CommentService.discussion                 post-A      -      +      +      +      0      +      0      +
      CommentService.discussion                 post-B      -      0      0      0      +      +      +      +
      CommentService.discussion                 post-trust  -      +      +      +      +      +      +      +
      CommentService.comment                    post-A      -      +      +      +      0      +      0      +
      CommentService.comment                    post-B      -      0      0      0      +      +      +      +
      CommentService.comment                    post-trust  -      +      +      +      +      +      +      +
      CommentService.like                       post-A      -      +      +      +      0      +      0      +
      CommentService.like                       post-B      -      0      0      0      +      +      +      +
      CommentService.like                       post-trust  -      +      +      +      +      +      +      +
      CommentService.unlike                     post-A      -      +      +      +      0      +      0      +
      CommentService.unlike                     post-B      -      0      0      0      +      +      +      +
      CommentService.unlike                     post-trust  -      +      +      +      +      +      +      +
      CommentService.editComment                post-A      -      -      -      -      0      -      0      -
      CommentService.editComment                post-B      -      0      0      0      -      -      -      -
      CommentService.editComment                post-trust  -      -      -      -      -      -      -      -
      CommentService.hideComment                post-A      -      -      -      +      0      +      0      +
      CommentService.hideComment                post-B      -      0      0      0      +      +      -      +
      CommentService.hideComment                post-trust  -      -      -      -      -      +      -      +
      CommentService.closeComments              post-A      -      -      -      +      0      +      0      +
      CommentService.closeComments              post-B      -      0      0      0      +      +      -      +
      CommentService.closeComments              post-trust  -      -      -      -      -      +      -      +

      # (g) Atom feeds: anyone signed in makes, sees and revokes their own feed address; the feeds need no
      # sign-in (the public one is for anyone; a personal one's token, made here by the demo trust admin,
      # is its only credential, and an unknown token is not found: AtomFeedServiceIT)
      AtomFeedService.myFeedAddress             any         -      +      +      +      +      +      +      +
      AtomFeedService.createMyFeedToken         any         -      +      +      +      +      +      +      +
      AtomFeedService.revokeMyFeedToken         any         -      +      +      +      +      +      +      +
      AtomFeedService.publicFeed                any         +      +      +      +      +      +      +      +
      AtomFeedService.personalFeed              any         +      +      +      +      +      +      +      +

      # (h) rooms: staff book their own schools' rooms and those shared with the trust; school admins
      # manage their own schools' rooms, trust admins every room. room-A, room-B = a room of school
      # A, of school B, for that school's own staff; room-trust = a room of school B shared with the
      # trust. 0 = refused as if the room did not exist. Cancelling: a booking of the room by the demo
      # trust admin, so only the room's managers may cancel it.
      RoomService.bookableRooms                 any         -      +      +      +      +      +      +      +
      RoomService.bookingSchools                any         -      +      +      +      +      +      +      +
      RoomService.managedSchools                any         -      +      +      +      +      +      +      +
      RoomService.myBookings                    any         -      +      +      +      +      +      +      +
      RoomService.room                          room-A      -      +      +      +      0      +      0      +
      RoomService.room                          room-B      -      0      0      0      +      0      +      +
      RoomService.room                          room-trust  -      +      +      +      +      +      +      +
      RoomService.bookings                      room-A      -      +      +      +      0      +      0      +
      RoomService.bookings                      room-B      -      0      0      0      +      0      +      +
      RoomService.bookings                      room-trust  -      +      +      +      +      +      +      +
      RoomService.roomCalendar                  room-A      -      +      +      +      0      +      0      +
      RoomService.roomCalendar                  room-B      -      0      0      0      +      0      +      +
      RoomService.roomCalendar                  room-trust  -      +      +      +      +      +      +      +
      RoomService.schoolCalendar                school-A    -      +      +      +      +      +      +      +
      RoomService.schoolCalendar                school-B    -      +      +      +      +      +      +      +
      RoomService.schoolCalendarName            school-A    -      +      +      +      +      +      +      +
      RoomService.schoolCalendarName            school-B    -      +      +      +      +      +      +      +
      RoomService.freeRooms                     any         -      +      +      +      +      +      +      +
      RoomService.create                        school-A    -      -      -      +      -      -      -      +
      RoomService.create                        school-B    -      -      -      -      +      -      -      +
      RoomService.draft                         room-A      -      -      -      +      0      -      0      +
      RoomService.draft                         room-B      -      0      0      0      +      0      -      +
      RoomService.draft                         room-trust  -      -      -      -      +      -      -      +
      RoomService.revise                        room-A      -      -      -      +      0      -      0      +
      RoomService.revise                        room-B      -      0      0      0      +      0      -      +
      RoomService.revise                        room-trust  -      -      -      -      +      -      -      +
      RoomService.archive                       room-A      -      -      -      +      0      -      0      +
      RoomService.archive                       room-B      -      0      0      0      +      0      -      +
      RoomService.archive                       room-trust  -      -      -      -      +      -      -      +
      RoomService.book                          room-A      -      +      +      +      0      +      0      +
      RoomService.book                          room-B      -      0      0      0      +      0      +      +
      RoomService.book                          room-trust  -      +      +      +      +      +      +      +
      RoomService.cancel                        room-A      -      -      -      +      0      -      0      +
      RoomService.cancel                        room-B      -      0      0      0      +      0      -      +
      RoomService.cancel                        room-trust  -      -      -      -      +      -      -      +
      RoomService.link                          room-A      -      -      -      +      0      -      0      +
      RoomService.link                          room-B      -      0      0      0      +      0      -      +
      RoomService.link                          room-trust  -      -      -      -      +      -      -      +

      # (h) rooms: approval and rules. The queue is for those who manage rooms; its count is 0 for
      # everyone else. Approving and declining: a PENDING booking of the room (made to need approval)
      # by the demo trust admin, decided by the room's managers only. A room's rules: read by whoever
      # sees the room, changed by its managers.
      BookingRequestService.requests            any         -      -      -      +      +      -      -      +
      BookingRequestService.pendingCount        any         -      +      +      +      +      +      +      +
      BookingRequestService.approve             room-A      -      -      -      +      0      -      0      +
      BookingRequestService.approve             room-B      -      0      0      0      +      0      -      +
      BookingRequestService.approve             room-trust  -      -      -      -      +      -      -      +
      BookingRequestService.decline             room-A      -      -      -      +      0      -      0      +
      BookingRequestService.decline             room-B      -      0      0      0      +      0      -      +
      BookingRequestService.decline             room-trust  -      -      -      -      +      -      -      +
      RoomRulesService.rules                    room-A      -      +      +      +      0      +      0      +
      RoomRulesService.rules                    room-B      -      0      0      0      +      0      +      +
      RoomRulesService.rules                    room-trust  -      +      +      +      +      +      +      +
      RoomRulesService.changeRules              room-A      -      -      -      +      0      -      0      +
      RoomRulesService.changeRules              room-B      -      0      0      0      +      0      -      +
      RoomRulesService.changeRules              room-trust  -      -      -      -      +      -      -      +
      # (i) rooms: closed days and series. A school's closed days: its admins and trust admins.
      # Previewing and booking a series: as booking one room. Cancelling a series from an
      # occurrence: as cancelling (a series booked by the demo trust admin).
      RoomSeriesService.closedDays              school-A    -      -      -      +      -      -      -      +
      RoomSeriesService.closedDays              school-B    -      -      -      -      +      -      -      +
      RoomSeriesService.closeDays               school-A    -      -      -      +      -      -      -      +
      RoomSeriesService.closeDays               school-B    -      -      -      -      +      -      -      +
      RoomSeriesService.reopenDays              school-A    -      -      -      +      -      -      -      +
      RoomSeriesService.reopenDays              school-B    -      -      -      -      +      -      -      +
      RoomSeriesService.preview                 room-A      -      +      +      +      0      +      0      +
      RoomSeriesService.preview                 room-B      -      0      0      0      +      0      +      +
      RoomSeriesService.preview                 room-trust  -      +      +      +      +      +      +      +
      RoomSeriesService.bookSeries              room-A      -      +      +      +      0      +      0      +
      RoomSeriesService.bookSeries              room-B      -      0      0      0      +      0      +      +
      RoomSeriesService.bookSeries              room-trust  -      +      +      +      +      +      +      +
      RoomSeriesService.cancelFollowing         room-A      -      -      -      +      0      -      0      +
      RoomSeriesService.cancelFollowing         room-B      -      0      0      0      +      0      -      +
      RoomSeriesService.cancelFollowing         room-trust  -      -      -      -      +      -      -      +
      # (j) rooms: photos and school periods. A room's photo: served to whoever sees the room,
      # changed and removed by its managers. A school's periods: kept by its admins and trust admins,
      # offered to whoever sees one of its rooms.
      RoomPhotoService.photo                    room-A      -      +      +      +      0      +      0      +
      RoomPhotoService.photo                    room-B      -      0      0      0      +      0      +      +
      RoomPhotoService.photo                    room-trust  -      +      +      +      +      +      +      +
      RoomPhotoService.changePhoto              room-A      -      -      -      +      0      -      0      +
      RoomPhotoService.changePhoto              room-B      -      0      0      0      +      0      -      +
      RoomPhotoService.changePhoto              room-trust  -      -      -      -      +      -      -      +
      RoomPhotoService.removePhoto              room-A      -      -      -      +      0      -      0      +
      RoomPhotoService.removePhoto              room-B      -      0      0      0      +      0      -      +
      RoomPhotoService.removePhoto              room-trust  -      -      -      -      +      -      -      +
      SchoolPeriodsService.periods              school-A    -      -      -      +      -      -      -      +
      SchoolPeriodsService.periods              school-B    -      -      -      -      +      -      -      +
      SchoolPeriodsService.changePeriods        school-A    -      -      -      +      -      -      -      +
      SchoolPeriodsService.changePeriods        school-B    -      -      -      -      +      -      -      +
      SchoolPeriodsService.periodsOfRoom        room-A      -      +      +      +      0      +      0      +
      SchoolPeriodsService.periodsOfRoom        room-B      -      0      0      0      +      0      +      +
      SchoolPeriodsService.periodsOfRoom        room-trust  -      +      +      +      +      +      +      +

      # (i) iCalendar feeds: anyone signed in makes, sees and revokes their own calendar address; the
      # feeds need no sign-in (the token, made here by the demo trust admin, is their only credential;
      # which rooms it shows is its owner's RoomPolicy.maySee, and an unknown token or a room its
      # owner may not see is not found: CalendarFeedIT). School names are read without sign-in too.
      CalendarFeedService.myCalendarFeed        any         -      +      +      +      +      +      +      +
      CalendarFeedService.createMyCalendarToken any         -      +      +      +      +      +      +      +
      CalendarFeedService.revokeMyCalendarToken any         -      +      +      +      +      +      +      +
      CalendarFeedService.personalCalendar      any         +      +      +      +      +      +      +      +
      CalendarFeedService.roomCalendar          room-A      +      +      +      +      +      +      +      +
      CalendarFeedService.roomCalendar          room-B      +      +      +      +      +      +      +      +
      CalendarFeedService.roomCalendar          room-trust  +      +      +      +      +      +      +      +
      SchoolService.names                       any         +      +      +      +      +      +      +      +

      # (k) the resource library: anyone of the trust sees what is shared with the trust, a school's
      # staff what is kept within their school; teachers and school admins share at their schools;
      # owners (here the demo trust admin), school admins and trust admins change; anyone who sees a
      # resource rates it (not its owner) and reports a problem; education officers assure it.
      # res-A, res-B = a school-only PNG of school A, of B; res-trust = a PNG of school B shared with
      # the trust. 0 = refused as if the resource did not exist. A withdrawn resource (restore) is
      # seen only by those who may change it.
      ResourceService.sharingSchools            any         -      +      +      +      +      +      +      +
      ResourceService.mine                      any         -      +      +      +      +      +      +      +
      ResourceService.stage                     any         -      -      +      +      +      -      +      +
      ResourceService.staged                    any         -      0      0      0      0      0      0      0
      ResourceService.discard                   any         -      0      0      0      0      0      0      0
      ResourceService.share                     school-A    -      -      +      +      -      -      -      +
      ResourceService.share                     school-B    -      -      -      -      +      -      +      +
      ResourceService.resource                  res-A       -      +      +      +      0      +      0      +
      ResourceService.resource                  res-B       -      0      0      0      +      0      +      +
      ResourceService.resource                  res-trust   -      +      +      +      +      +      +      +
      ResourceService.file                      res-A       -      +      +      +      0      +      0      +
      ResourceService.file                      res-B       -      0      0      0      +      0      +      +
      ResourceService.file                      res-trust   -      +      +      +      +      +      +      +
      ResourceService.thumbnail                 res-A       -      +      +      +      0      +      0      +
      ResourceService.thumbnail                 res-B       -      0      0      0      +      0      +      +
      ResourceService.thumbnail                 res-trust   -      +      +      +      +      +      +      +
      ResourceService.editForm                  res-A       -      -      -      +      0      -      0      +
      ResourceService.editForm                  res-B       -      0      0      0      +      0      -      +
      ResourceService.editForm                  res-trust   -      -      -      -      +      -      -      +
      ResourceService.revise                    res-A       -      -      -      +      0      -      0      +
      ResourceService.revise                    res-B       -      0      0      0      +      0      -      +
      ResourceService.revise                    res-trust   -      -      -      -      +      -      -      +
      ResourceService.addVersion                res-A       -      -      -      +      0      -      0      +
      ResourceService.addVersion                res-B       -      0      0      0      +      0      -      +
      ResourceService.addVersion                res-trust   -      -      -      -      +      -      -      +
      ResourceService.withdraw                  res-A       -      -      -      +      0      -      0      +
      ResourceService.withdraw                  res-B       -      0      0      0      +      0      -      +
      ResourceService.withdraw                  res-trust   -      -      -      -      +      -      -      +
      ResourceService.restore                   res-A       -      0      0      +      0      0      0      +
      ResourceService.restore                   res-B       -      0      0      0      +      0      0      +
      ResourceService.restore                   res-trust   -      0      0      0      +      0      0      +
      ResourceSearchService.search              any         -      +      +      +      +      +      +      +
      ResourceSearchService.schools             any         -      +      +      +      +      +      +      +
      # Titles for other contexts (a network's shared resources): those the caller sees; one
      # resource's title as its page is seen.
      ResourceTitleService.visibleTitles        any         -      +      +      +      +      +      +      +
      ResourceTitleService.title                res-A       -      +      +      +      0      +      0      +
      ResourceTitleService.title                res-B       -      0      0      0      +      0      +      +
      ResourceTitleService.title                res-trust   -      +      +      +      +      +      +      +
      ResourceReviewService.rate                res-A       -      +      +      +      0      +      0      +
      ResourceReviewService.rate                res-B       -      0      0      0      +      0      +      +
      ResourceReviewService.rate                res-trust   -      +      +      +      +      +      +      +
      ResourceReviewService.unrate              res-A       -      +      +      +      0      +      0      +
      ResourceReviewService.unrate              res-B       -      0      0      0      +      0      +      +
      ResourceReviewService.unrate              res-trust   -      +      +      +      +      +      +      +
      ResourceReviewService.report              res-A       -      +      +      +      0      +      0      +
      ResourceReviewService.report              res-B       -      0      0      0      +      0      +      +
      ResourceReviewService.report              res-trust   -      +      +      +      +      +      +      +
      ResourceReviewService.assure              res-A       -      -      -      -      0      -      0      -
      ResourceReviewService.assure              res-B       -      0      0      0      -      0      +      -
      ResourceReviewService.assure              res-trust   -      -      -      -      -      -      +      -

      # (l) staff networks: everyone of the trust (each actor here belongs to a school) browses the
      # directory, their own networks and a network's page, joins and leaves; trust admins create
      # networks; a network's current leads and trust admins manage it. net = a cohort network by
      # request led by a teacher of school B; net-led = the same, led by the actor (by a teacher of
      # school B for anon). Joining net asks to join; leaving it withdraws the actor's request (made
      # beforehand). approve and remove act on someone who asked, invite on someone new, appointLead
      # and renew on a member, standDown on a second lead, all made ready by the demo trust admin.
      NetworkService.directory                  any         -      +      +      +      +      +      +      +
      NetworkService.mine                       any         -      +      +      +      +      +      +      +
      NetworkService.create                     any         -      -      -      -      -      -      -      +
      NetworkService.page                       net         -      +      +      +      +      +      +      +
      NetworkService.page                       net-led     -      +      +      +      +      +      +      +
      NetworkService.join                       net         -      +      +      +      +      +      +      +
      NetworkService.leave                      net         -      +      +      +      +      +      +      +
      NetworkService.change                     net         -      -      -      -      -      -      -      +
      NetworkService.change                     net-led     -      +      +      +      +      +      +      +
      NetworkService.approve                    net         -      -      -      -      -      -      -      +
      NetworkService.approve                    net-led     -      +      +      +      +      +      +      +
      NetworkService.remove                     net         -      -      -      -      -      -      -      +
      NetworkService.remove                     net-led     -      +      +      +      +      +      +      +
      NetworkService.invite                     net         -      -      -      -      -      -      -      +
      NetworkService.invite                     net-led     -      +      +      +      +      +      +      +
      NetworkService.appointLead                net         -      -      -      -      -      -      -      +
      NetworkService.appointLead                net-led     -      +      +      +      +      +      +      +
      NetworkService.standDown                  net         -      -      -      -      -      -      -      +
      NetworkService.standDown                  net-led     -      +      +      +      +      +      +      +
      NetworkService.renew                      net         -      -      -      -      -      -      -      +
      NetworkService.renew                      net-led     -      +      +      +      +      +      +      +
      NetworkService.mayCreate                  any         -      +      +      +      +      +      +      +
      # A network's shared library resources: everyone of the trust lists them (those they may
      # see); its leads and trust admins link one (a link resource of school B for the trust, which
      # every actor sees) and unlink one (linked beforehand by the demo trust admin).
      NetworkResourceService.links              net         -      +      +      +      +      +      +      +
      NetworkResourceService.link               net         -      -      -      -      -      -      -      +
      NetworkResourceService.link               net-led     -      +      +      +      +      +      +      +
      NetworkResourceService.unlink             net         -      -      -      -      -      -      -      +
      NetworkResourceService.unlink             net-led     -      +      +      +      +      +      +      +

      # (m) a network's sessions: everyone of the trust sees them and their own next session; a
      # network's members sign up and give their place back (the actor is made a member of net, and
      # for cancelPlace signed up, beforehand); its leads and trust admins schedule and take
      # attendance (on a session that started an hour ago, with a place booked).
      SessionService.upcoming                   net         -      +      +      +      +      +      +      +
      SessionService.past                       net         -      +      +      +      +      +      +      +
      SessionService.sessionsOf                 net         -      +      +      +      +      +      +      +
      SessionService.session                    net         -      +      +      +      +      +      +      +
      SessionService.invitation                 net         -      +      +      +      +      +      +      +
      SessionService.nextSession                any         -      +      +      +      +      +      +      +
      SessionService.signUp                     net         -      +      +      +      +      +      +      +
      SessionService.cancelPlace                net         -      +      +      +      +      +      +      +
      SessionService.schedule                   net         -      -      -      -      -      -      -      +
      SessionService.schedule                   net-led     -      +      +      +      +      +      +      +
      SessionService.scheduleRepeating          net         -      -      -      -      -      -      -      +
      SessionService.scheduleRepeating          net-led     -      +      +      +      +      +      +      +
      SessionService.attendance                 net         -      -      -      -      -      -      -      +
      SessionService.attendance                 net-led     -      +      +      +      +      +      +      +

      # (n) coaching in a network: everyone of the trust sees a network's coaching (their own
      # pairings there, or all of them for its leads and trust admins) and their own pairings; a
      # pairing of two other members is seen by its network's leads and trust admins only (others:
      # not found); they pair, end pairings and set the limit of coachees. Only the pair log
      # meetings, set goals and record progress: net-coach = a network like net where the actor
      # (a member) coaches a new member; elsewhere the pair are two new members.
      CoachingService.overview                  net         -      +      +      +      +      +      +      +
      CoachingService.overview                  net-led     -      +      +      +      +      +      +      +
      CoachingService.mine                      any         -      +      +      +      +      +      +      +
      CoachingService.pairing                   net         -      0      0      0      0      0      0      +
      CoachingService.pairing                   net-led     -      +      +      +      +      +      +      +
      CoachingService.pairing                   net-coach   -      +      +      +      +      +      +      +
      CoachingService.pair                      net         -      -      -      -      -      -      -      +
      CoachingService.pair                      net-led     -      +      +      +      +      +      +      +
      CoachingService.end                       net         -      0      0      0      0      0      0      +
      CoachingService.end                       net-led     -      +      +      +      +      +      +      +
      CoachingService.end                       net-coach   -      -      -      -      -      -      -      +
      CoachingService.limitCoachees             net         -      -      -      -      -      -      -      +
      CoachingService.limitCoachees             net-led     -      +      +      +      +      +      +      +
      CoachingService.logMeeting                net         -      0      0      0      0      0      0      -
      CoachingService.logMeeting                net-led     -      -      -      -      -      -      -      -
      CoachingService.logMeeting                net-coach   -      +      +      +      +      +      +      +
      CoachingService.setGoal                   net         -      0      0      0      0      0      0      -
      CoachingService.setGoal                   net-led     -      -      -      -      -      -      -      -
      CoachingService.setGoal                   net-coach   -      +      +      +      +      +      +      +
      CoachingService.recordProgress            net         -      0      0      0      0      0      0      -
      CoachingService.recordProgress            net-led     -      -      -      -      -      -      -      -
      CoachingService.recordProgress            net-coach   -      +      +      +      +      +      +      +

      # (p) programmes (issue 14): anyone of the trust reads the booklet and registers; trust admins
      # and the provider school's admins publish; the registrant's school admin answers a request
      # for a programme with a cost. school-A / school-B = a programme provided by (or, for approve
      # and decline, a request from a new teacher of) that school.
      ProgrammeService.booklet                  any         -      +      +      +      +      +      +      +
      ProgrammeService.mayPublish               any         -      +      +      +      +      +      +      +
      ProgrammeService.programme                school-A    -      +      +      +      +      +      +      +
      ProgrammeService.create                   school-A    -      -      -      +      -      -      -      +
      ProgrammeService.create                   school-B    -      -      -      -      +      -      -      +
      ProgrammeService.change                   school-A    -      -      -      +      -      -      -      +
      ProgrammeService.change                   school-B    -      -      -      -      +      -      -      +
      ProgrammeService.publish                  school-A    -      -      -      +      -      -      -      +
      ProgrammeService.withdraw                 school-A    -      -      -      +      -      -      -      +
      ProgrammeService.withdraw                 school-B    -      -      -      -      +      -      -      +
      ProgrammeService.addSession               school-A    -      -      -      +      -      -      -      +
      ProgrammeService.removeSession            school-A    -      -      -      +      -      -      -      +
      RegistrationService.register              school-A    -      +      +      +      +      +      +      +
      RegistrationService.cancel                school-A    -      +      +      +      +      +      +      +
      RegistrationService.requests              any         -      -      -      +      +      -      -      +
      RegistrationService.approve               school-A    -      -      -      +      -      -      -      +
      RegistrationService.approve               school-B    -      -      -      -      +      -      -      +
      RegistrationService.decline               school-A    -      -      -      +      -      -      -      +
      RegistrationService.decline               school-B    -      -      -      -      +      -      -      +

      # (o) teaching profiles: everyone of the trust reads the focus-area list, keeps their own
      # profile and is suggested partners from it; only trust admins add and change focus areas.
      TeachingProfileService.focusAreas         any         -      +      +      +      +      +      +      +
      TeachingProfileService.addFocusArea       any         -      -      -      -      -      -      -      +
      TeachingProfileService.changeFocusArea    any         -      -      -      -      -      -      -      +
      TeachingProfileService.myProfile          any         -      +      +      +      +      +      +      +
      TeachingProfileService.saveProfile        any         -      +      +      +      +      +      +      +
      TeachingProfileService.partners           any         -      +      +      +      +      +      +      +
      TeachingProfileService.expertise          any         -      +      +      +      +      +      +      +
      # (q) peer observation: everyone of the trust invites an active colleague (a new teacher of B)
      # and sees their own observations. Only its two people see or act on an observation: obs = an
      # observation of two new teachers (A invites B), so every actor is told "not found";
      # obs-mine = one where the actor is the invitee (accepted beforehand for agree and cancel,
      # agreed for today for markDone and recordFeedback). The counts per school: school admins
      # (their schools) and trust admins only, numbers without content.
      ObservationService.invitation             any         -      +      +      +      +      +      +      +
      ObservationService.invite                 any         -      +      +      +      +      +      +      +
      ObservationService.mine                   any         -      +      +      +      +      +      +      +
      ObservationService.detail                 obs         -      0      0      0      0      0      0      0
      ObservationService.detail                 obs-mine    -      +      +      +      +      +      +      +
      ObservationService.accept                 obs         -      0      0      0      0      0      0      0
      ObservationService.accept                 obs-mine    -      +      +      +      +      +      +      +
      ObservationService.decline                obs         -      0      0      0      0      0      0      0
      ObservationService.decline                obs-mine    -      +      +      +      +      +      +      +
      ObservationService.agree                  obs         -      0      0      0      0      0      0      0
      ObservationService.agree                  obs-mine    -      +      +      +      +      +      +      +
      ObservationService.cancel                 obs         -      0      0      0      0      0      0      0
      ObservationService.cancel                 obs-mine    -      +      +      +      +      +      +      +
      ObservationService.markDone               obs         -      0      0      0      0      0      0      0
      ObservationService.markDone               obs-mine    -      +      +      +      +      +      +      +
      ObservationService.recordFeedback         obs         -      0      0      0      0      0      0      0
      ObservationService.recordFeedback         obs-mine    -      +      +      +      +      +      +      +
      ObservationService.maySeeCounts           any         -      +      +      +      +      +      +      +
      ObservationService.completedBySchool      any         -      -      -      +      +      -      -      +

      # (r) open classrooms: everyone of the trust offers one, sees those to come and their own, signs
      # up for another's (oc = offered by a new teacher of A) and withdraws (signed up beforehand);
      # only the offering teacher (oc-mine = offered by the actor) and the admins of the school it was
      # offered from (A; trust admins: every school) cancel it.
      OpenClassroomService.mayOffer             any         -      +      +      +      +      +      +      +
      OpenClassroomService.focusAreas           any         -      +      +      +      +      +      +      +
      OpenClassroomService.offer                any         -      +      +      +      +      +      +      +
      OpenClassroomService.upcoming             any         -      +      +      +      +      +      +      +
      OpenClassroomService.mine                 any         -      +      +      +      +      +      +      +
      OpenClassroomService.signUp               oc          -      +      +      +      +      +      +      +
      OpenClassroomService.withdraw             oc          -      +      +      +      +      +      +      +
      OpenClassroomService.cancel               oc          -      -      -      +      -      -      -      +
      OpenClassroomService.cancel               oc-mine     -      +      +      +      +      +      +      +
      # (s) case studies: everyone of the trust reads the library and a published case study
      # (school-A: one of A, published); a draft (school-B: one of B, written by the demo trust
      # admin) is seen only by its authors and B's admins, anyone else is told "not found". A
      # school's teachers and admins write for it (staff do not); its admins and authors change and
      # submit a draft (school-A / school-B: a complete draft of that school, by the demo trust
      # admin); education officers only return, approve (a submitted one) and publish (an approved
      # one), and only they see the review queue.
      CaseStudyService.library                  any         -      +      +      +      +      +      +      +
      CaseStudyService.inProgress               any         -      +      +      +      +      +      +      +
      CaseStudyService.mayWrite                 any         -      +      +      +      +      +      +      +
      CaseStudyService.mayReview                any         -      +      +      +      +      +      +      +
      CaseStudyService.writableSchools          any         -      +      +      +      +      +      +      +
      CaseStudyService.reviewQueue              any         -      -      -      -      -      -      +      -
      CaseStudyService.caseStudy                school-A    -      +      +      +      +      +      +      +
      CaseStudyService.caseStudy                school-B    -      0      0      0      +      0      0      +
      CaseStudyService.create                   school-A    -      -      +      +      -      -      -      +
      CaseStudyService.create                   school-B    -      -      -      -      +      -      +      +
      CaseStudyService.change                   school-A    -      -      -      +      -      -      -      +
      CaseStudyService.change                   school-B    -      -      -      -      +      -      -      +
      CaseStudyService.submit                   school-A    -      -      -      +      -      -      -      +
      CaseStudyService.submit                   school-B    -      -      -      -      +      -      -      +
      CaseStudyService.returnWithComments       school-A    -      -      -      -      -      -      +      -
      CaseStudyService.approve                  school-A    -      -      -      -      -      -      +      -
      CaseStudyService.publish                  school-A    -      -      -      -      -      -      +      -
      # files: added and removed as a draft is changed (school-A: a draft of A with one file);
      # downloaded by whoever sees the case study (school-A: published, school-B: a draft of B).
      CaseStudyFileService.attach               school-A    -      -      -      +      -      -      -      +
      CaseStudyFileService.detach               school-A    -      -      -      +      -      -      -      +
      CaseStudyFileService.download             school-A    -      +      +      +      +      +      +      +
      CaseStudyFileService.download             school-B    -      0      0      0      +      0      0      +

      # (e) not for people to call
      AuditTrail.record                         internal: runs only in the caller's transaction; services record after their check
      """;

  static final String DEMO_ADMIN = "trust.admin@oakvalley.sch.uk";

  /** Long enough for Credential.MIN_PASSWORD_LENGTH, as are the others made below. */
  static final String NEW_PASSWORD = "a brand new password";

  @Deployment
  static WebArchive deployment() {
    return Deployments.intranet(
        AuthorisationMatrixIT.class,
        ServiceOperations.class,
        TestCallerIdentity.class,
        StartedSessions.class);
  }

  @Inject StaffDirectoryService directory;
  @Inject SchoolStaffService schoolStaff;
  @Inject StaffAdministrationService administration;
  @Inject PeopleService peopleService;
  @Inject SchoolService schools;
  @Inject AccountService accounts;
  @Inject StaffImportService imports;
  @Inject AuditTrail audit;
  @Inject CurrentUser currentUser;
  @Inject PersonRepository people;
  @Inject NewsService news;
  @Inject BannerService banners;
  @Inject AtomFeedService atomFeeds;
  @Inject CommentService comments;
  @Inject MustReadService mustRead;
  @Inject DigestService digests;
  @Inject RoomService rooms;
  @Inject BookingRequestService bookingRequests;
  @Inject RoomRulesService roomRules;
  @Inject RoomSeriesService roomSeries;
  @Inject CalendarFeedService calendarFeeds;
  @Inject RoomPhotoService roomPhotos;
  @Inject SchoolPeriodsService schoolPeriods;
  @Inject ResourceService library;
  @Inject ResourceSearchService librarySearch;
  @Inject ResourceReviewService reviews;
  @Inject NetworkService networks;
  @Inject NetworkResourceService networkResources;
  @Inject ResourceTitleService resourceTitles;
  @Inject SessionService sessions;
  @Inject StartedSessions startedSessions;
  @Inject CoachingService coaching;
  @Inject ProgrammeService programmes;
  @Inject RegistrationService registrations;
  @Inject TeachingProfileService teachingProfiles;
  @Inject ObservationService observations;
  @Inject OpenClassroomService openClassrooms;
  @Inject CaseStudyService caseStudies;
  @Inject CaseStudyFileService caseStudyFiles;

  /** The table's columns, in order. */
  enum Actor {
    ANONYMOUS("anonymous"),
    STAFF_A("staff of A"),
    TEACHER_A("teacher of A"),
    ADMIN_A("school admin of A"),
    ADMIN_B("school admin of B"),
    NEWS_EDITOR("news editor"),
    EDUCATION_OFFICER("education officer"),
    TRUST_ADMIN("trust admin");

    final String label;

    Actor(String label) {
      this.label = label;
    }
  }

  enum Target {
    ANY("any"),
    SCHOOL_A("school-A"),
    SCHOOL_B("school-B"),
    PERSON_A("person-A"),
    PERSON_B("person-B"),
    PERSON_AB("person-AB"),
    HOLDER("holder"),
    PERSON_B_AT_A("person-B@A"),
    POST_A("post-A"),
    POST_B("post-B"),
    POST_TRUST("post-trust"),
    ROOM_A("room-A"),
    ROOM_B("room-B"),
    ROOM_TRUST("room-trust"),
    RES_A("res-A"),
    RES_B("res-B"),
    RES_TRUST("res-trust"),
    NET("net"),
    NET_LED("net-led"),
    NET_COACH("net-coach"),
    OBS("obs"),
    OBS_MINE("obs-mine"),
    OC("oc"),
    OC_MINE("oc-mine");

    final String token;

    Target(String token) {
      this.token = token;
    }

    static Target of(String token, int line) {
      return Arrays.stream(values())
          .filter(t -> t.token.equals(token))
          .findFirst()
          .orElseThrow(
              () -> new IllegalArgumentException("TABLE line " + line + ": no target " + token));
    }
  }

  /** One line of the table; {@code internal} rows name why the operation has no cells. */
  record Row(String operation, Target target, List<Character> marks, String internal) {
    boolean allows(Actor actor) {
      return marks.get(actor.ordinal()) == '+';
    }

    /** Refused as if the record did not exist. */
    boolean hides(Actor actor) {
      return marks.get(actor.ordinal()) == '0';
    }

    static List<Row> parse(String table) {
      List<Row> rows = new ArrayList<>();
      String[] lines = table.split("\n");
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\\s+");
        if (cells.length > 1 && cells[1].equals("internal:")) {
          String reason = line.substring(line.indexOf("internal:") + "internal:".length()).strip();
          rows.add(new Row(cells[0], null, List.of(), reason));
          continue;
        }
        if (cells.length != 2 + Actor.values().length) {
          throw new IllegalArgumentException(
              "TABLE line " + (i + 1) + " needs an operation, a target and 8 marks: " + line);
        }
        List<Character> marks = new ArrayList<>();
        for (int c = 2; c < cells.length; c++) {
          if (!cells[c].equals("+") && !cells[c].equals("-") && !cells[c].equals("0")) {
            throw new IllegalArgumentException(
                "TABLE line " + (i + 1) + ": marks are +, - or 0, not " + cells[c]);
          }
          marks.add(cells[c].charAt(0));
        }
        rows.add(new Row(cells[0], Target.of(cells[1], i + 1), marks, null));
      }
      return rows;
    }
  }

  /** What one cell works on: its actor, and the person, school and post of its target (0: none). */
  record Subject(
      Actor actor, long person, long school, long post, long room, long resource, long network) {
    Subject(Actor actor, long person, long school, long post, long room, long resource) {
      this(actor, person, school, post, room, resource, 0);
    }

    Subject(Actor actor, long person, long school) {
      this(actor, person, school, 0, 0, 0, 0);
    }

    Subject(Actor actor, long person, long school, long post) {
      this(actor, person, school, post, 0, 0, 0);
    }

    Subject(Actor actor, long person, long school, long post, long room) {
      this(actor, person, school, post, room, 0, 0);
    }
  }

  /** An operation called as the actor, prepared beforehand by the demo trust admin. */
  @FunctionalInterface
  interface Call {
    void call() throws Exception;
  }

  /** Makes a cell's call ready: runs as the demo trust admin, returns what the actor calls. */
  @FunctionalInterface
  interface Operation {
    Call prepare(Subject subject) throws Exception;
  }

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private long schoolA;
  private long schoolB;
  private final Map<Actor, Long> actors = new EnumMap<>(Actor.class);
  private final Map<Actor, String> passwords = new EnumMap<>(Actor.class);
  private final Set<String> urnsInUse = new HashSet<>();

  /** How to call each operation of the table on a subject, with valid arguments. */
  private Map<String, Operation> operations() {
    Map<String, Operation> ops = new LinkedHashMap<>();
    ops.put(
        "StaffDirectoryService.directoryCount",
        s -> () -> directory.directoryCount(DirectoryFilter.EVERYONE));
    ops.put(
        "StaffDirectoryService.directory",
        s -> () -> directory.directory(DirectoryFilter.EVERYONE, PageRequest.first(10)));
    ops.put("StaffDirectoryService.person", s -> () -> directory.person(s.person()));
    ops.put(
        "StaffDirectoryService.findByEmail",
        s -> {
          String email = directory.person(s.person()).email();
          return () -> directory.findByEmail(email).orElseThrow();
        });
    ops.put("PeopleService.find", s -> () -> peopleService.find(s.person()).orElseThrow());
    ops.put("PeopleService.findAll", s -> () -> peopleService.findAll(List.of(s.person())));
    ops.put(
        "PeopleService.administeredSchools",
        s -> () -> peopleService.administeredSchools(s.person()));
    ops.put("PeopleService.staffOf", s -> () -> peopleService.staffOf(s.school()));
    ops.put(
        "PeopleService.activeStaffOf", s -> () -> peopleService.activeStaffOf(List.of(s.school())));
    ops.put(
        "PeopleService.activeStaffIdsOf",
        s -> () -> peopleService.activeStaffIdsOf(List.of(s.school())));
    ops.put("SchoolService.schools", s -> () -> schools.schools(true));
    ops.put("SchoolService.names", s -> () -> schools.names(true));
    ops.put("SchoolService.administeredSchools", s -> () -> schools.administeredSchools());
    ops.put("SchoolService.school", s -> () -> schools.school(s.school()));
    ops.put("SchoolService.findSchool", s -> () -> schools.findSchool(s.school()).orElseThrow());
    ops.put("AccountService.me", s -> () -> accounts.me());
    ops.put("AccountService.changeMyJobTitle", s -> () -> accounts.changeMyJobTitle("Matrix"));
    ops.put(
        "AccountService.changeMyLanguage", s -> () -> accounts.changeMyLanguage(Language.WELSH));
    ops.put(
        "AccountService.changeMyPassword",
        s -> {
          String current = passwords.getOrDefault(s.actor(), "no password at all");
          String next = "changed password " + SEQUENCE.incrementAndGet();
          return () -> {
            accounts.changeMyPassword(current, next);
            passwords.put(s.actor(), next);
          };
        });
    ops.put(
        "AccountService.signIn",
        s -> {
          String address = "2001:db8:7::" + Integer.toHexString(SEQUENCE.incrementAndGet());
          return () ->
              Objects.requireNonNull(
                  accounts.signIn(uniqueEmail("nobody"), "not the password", address));
        });

    ops.put(
        "SchoolStaffService.memberCount",
        s -> () -> schoolStaff.memberCount(s.school(), null, null));
    ops.put(
        "SchoolStaffService.members",
        s -> () -> schoolStaff.members(s.school(), null, null, PageRequest.first(10)));
    ops.put(
        "SchoolStaffService.addPerson",
        s -> () -> schoolStaff.addPerson(form("added"), s.school(), SchoolRole.STAFF));
    ops.put(
        "StaffImportService.preview",
        s -> () -> imports.preview(s.school(), csv(uniqueEmail("previewed"))));
    ops.put(
        "StaffImportService.apply",
        s -> {
          ImportPreview preview = imports.preview(s.school(), csv(uniqueEmail("imported")));
          return () -> imports.apply(s.school(), preview);
        });
    ops.put(
        "SchoolStaffService.assign",
        s -> () -> schoolStaff.assign(s.person(), s.school(), SchoolRole.TEACHER));
    ops.put(
        "SchoolStaffService.endMembership",
        s -> () -> schoolStaff.endMembership(s.person(), s.school()));

    ops.put(
        "StaffAdministrationService.revisePerson",
        s -> {
          long version = directory.person(s.person()).version();
          PersonForm revised = form("revised");
          return () -> administration.revisePerson(s.person(), version, revised);
        });
    ops.put(
        "StaffAdministrationService.setPassword",
        s -> () -> administration.setPassword(s.person(), NEW_PASSWORD));
    ops.put(
        "StaffAdministrationService.markLeft",
        s -> {
          long version = directory.person(s.person()).version();
          return () -> administration.markLeft(s.person(), version);
        });

    ops.put(
        "StaffAdministrationService.reinstate",
        s -> {
          administration.markLeft(s.person(), directory.person(s.person()).version());
          return () -> administration.reinstate(s.person());
        });
    ops.put(
        "StaffAdministrationService.grant",
        s -> () -> administration.grant(s.person(), TrustRole.EDUCATION_OFFICER));
    ops.put(
        "StaffAdministrationService.revoke",
        s -> () -> administration.revoke(s.person(), TrustRole.NEWS_EDITOR));
    ops.put(
        "SchoolService.create",
        s -> {
          SchoolForm created =
              new SchoolForm(freeUrn(), "Matrix school", Phase.PRIMARY, null, null, null);
          return () -> schools.create(created);
        });
    ops.put(
        "SchoolService.revise",
        s -> {
          SchoolView now = schools.school(s.school());
          SchoolForm revised =
              new SchoolForm(
                  now.urn(),
                  now.name(),
                  now.phase(),
                  now.localAuthority(),
                  now.address(),
                  "Head " + SEQUENCE.incrementAndGet());
          return () -> schools.revise(s.school(), now.version(), revised);
        });
    ops.put(
        "SchoolService.archive",
        s -> {
          long version = schools.school(s.school()).version();
          return () -> schools.archive(s.school(), version);
        });
    ops.put(
        "SchoolService.reopen",
        s -> {
          schools.archive(s.school(), schools.school(s.school()).version());
          long version = schools.school(s.school()).version();
          return () -> schools.reopen(s.school(), version);
        });
    ops.put("AuditTrail.browse", s -> () -> audit.browse(AuditQuery.ALL, PageRequest.first(5)));
    ops.put("AuditTrail.count", s -> () -> audit.count(AuditQuery.ALL));
    ops.put("AuditTrail.entries", s -> () -> audit.entries(AuditQuery.ALL, PageRequest.first(5)));
    ops.put("AuditTrail.actions", s -> () -> audit.actions());

    ops.put("NewsService.feed", s -> () -> news.feed(FeedFilter.NONE, PageRequest.first(10)));
    ops.put("NewsService.publishingScope", s -> () -> news.publishingScope());
    ops.put("NewsService.search", s -> () -> news.search("trust news", PageRequest.first(10)));
    ops.put("NewsService.read", s -> () -> news.read(s.post()));
    ops.put("NewsService.related", s -> () -> news.related(s.post()));
    ops.put("NewsService.author", s -> () -> news.author(s.person()).orElseThrow());
    ops.put("NewsService.history", s -> () -> news.history(s.post()));
    ops.put(
        "BannerService.banner",
        s -> {
          PostDraft loaded = news.draft(s.post()); // the post gets a banner, then it is asked for
          news.revise(
              s.post(),
              loaded.version(),
              loaded.form().withBanner(BannerUpload.of(matrixPng()), null, "Matrix banner"));
          String contentId = news.draft(s.post()).form().bannerId();
          return () -> banners.banner(s.post(), contentId);
        });
    ops.put("MustReadService.acknowledge", s -> () -> mustRead.acknowledge(s.post()));
    ops.put("MustReadService.acknowledgements", s -> () -> mustRead.acknowledgements(s.post()));
    ops.put("MustReadService.readers", s -> () -> mustRead.readers(s.post()));
    ops.put("MustReadService.remind", s -> () -> mustRead.remind(s.post()));
    ops.put("MustReadService.lastReminder", s -> () -> mustRead.lastReminder(s.post()));
    ops.put("DigestService.myDigest", s -> () -> digests.myDigest());
    ops.put(
        "DigestService.chooseDigest", s -> () -> digests.chooseDigest(DigestChoiceOption.WEEKLY));
    ops.put("DigestService.unsubscribe", s -> () -> digests.unsubscribe("no-such-token"));
    ops.put("NewsService.draft", s -> () -> news.draft(s.post()));
    ops.put("NewsService.saveDraft", s -> () -> news.saveDraft(postForm(s)));
    ops.put("NewsService.publish", s -> () -> news.publish(postForm(s)));
    ops.put("NewsService.networkNews", s -> () -> news.networkNews(s.network()));
    ops.put(
        "NewsService.publishDraft",
        s -> {
          long draft = news.saveDraft(postForm(s.school()));
          long version = news.draft(draft).version();
          PostForm form = postForm(s.school());
          return () -> news.publishDraft(draft, version, form);
        });
    ops.put(
        "NewsService.revise",
        s -> {
          long version = news.draft(s.post()).version();
          PostForm form = postForm(s.school());
          return () -> news.revise(s.post(), version, form);
        });
    ops.put(
        "NewsService.archive",
        s -> {
          long version = news.draft(s.post()).version();
          return () -> news.archive(s.post(), version);
        });
    ops.put("CommentService.discussion", s -> () -> comments.discussion(s.post()));
    ops.put("CommentService.comment", s -> () -> comments.comment(s.post(), "Matrix comment"));
    ops.put("CommentService.like", s -> () -> comments.like(s.post()));
    ops.put(
        "CommentService.unlike",
        s -> {
          comments.like(s.post()); // the demo trust admin's like stays: only the caller's goes
          return () -> comments.unlike(s.post());
        });
    ops.put(
        "CommentService.editComment",
        s -> {
          long comment = comments.comment(s.post(), "Matrix comment");
          return () -> comments.editComment(comment, "Changed by someone else");
        });
    ops.put(
        "CommentService.hideComment",
        s -> {
          long comment = comments.comment(s.post(), "Matrix comment");
          return () -> comments.hideComment(comment, "Matrix reason");
        });
    ops.put("CommentService.closeComments", s -> () -> comments.closeComments(s.post(), true));
    ops.put("AtomFeedService.myFeedAddress", s -> () -> atomFeeds.myFeedAddress());
    ops.put("AtomFeedService.createMyFeedToken", s -> () -> atomFeeds.createMyFeedToken());
    ops.put(
        "AtomFeedService.revokeMyFeedToken",
        s -> () -> atomFeeds.revokeMyFeedToken()); // revoking none is no error: nothing to undo
    ops.put("AtomFeedService.publicFeed", s -> () -> atomFeeds.publicFeed());
    ops.put(
        "AtomFeedService.personalFeed",
        s -> {
          String token = atomFeeds.createMyFeedToken();
          return () -> atomFeeds.personalFeed(token);
        });
    ops.put("CalendarFeedService.myCalendarFeed", s -> () -> calendarFeeds.myCalendarFeed());
    ops.put(
        "CalendarFeedService.createMyCalendarToken",
        s -> () -> calendarFeeds.createMyCalendarToken());
    ops.put(
        "CalendarFeedService.revokeMyCalendarToken",
        s -> () -> calendarFeeds.revokeMyCalendarToken()); // revoking none is no error
    ops.put(
        "CalendarFeedService.personalCalendar",
        s -> {
          String token = calendarFeeds.createMyCalendarToken();
          return () -> calendarFeeds.personalCalendar(token);
        });
    ops.put(
        "CalendarFeedService.roomCalendar",
        s -> {
          String token = calendarFeeds.createMyCalendarToken();
          return () -> calendarFeeds.roomCalendar(token, s.room());
        });
    ops.put("RoomService.bookableRooms", s -> () -> rooms.bookableRooms());
    ops.put("RoomService.bookingSchools", s -> () -> rooms.bookingSchools());
    ops.put("RoomService.managedSchools", s -> () -> rooms.managedSchools());
    ops.put("RoomService.myBookings", s -> () -> rooms.myBookings());
    ops.put("RoomService.room", s -> () -> rooms.room(s.room()));
    ops.put(
        "RoomService.bookings",
        s -> () -> rooms.bookings(s.room(), slot(1).start(), slot(30).end()));
    ops.put(
        "RoomService.roomCalendar",
        s -> () -> rooms.roomCalendar(s.room(), slot(1).start(), slot(30).end()));
    ops.put(
        "RoomService.schoolCalendar",
        s -> () -> rooms.schoolCalendar(s.school(), slot(1).start(), slot(30).end()));
    ops.put("RoomService.schoolCalendarName", s -> () -> rooms.schoolCalendarName(s.school()));
    ops.put(
        "RoomService.freeRooms",
        s ->
            () ->
                rooms.freeRooms(
                    new RoomSearch(
                        slot(20).start(), slot(20).end(), 1, List.of("PROJECTOR"), null)));
    ops.put("RoomService.create", s -> () -> rooms.create(roomForm(s.school(), "OWN_SCHOOL")));
    ops.put("RoomService.draft", s -> () -> rooms.draft(s.room()));
    ops.put(
        "RoomService.revise",
        s -> {
          long version = rooms.draft(s.room()).version();
          RoomForm form = rooms.draft(s.room()).form();
          RoomForm revised =
              new RoomForm(
                  form.schoolId(),
                  "Revised " + SEQUENCE.incrementAndGet(),
                  form.capacity(),
                  form.facilities(),
                  form.location(),
                  form.directions(),
                  form.sharing(),
                  form.approvalRequired());
          return () -> rooms.revise(s.room(), version, revised);
        });
    ops.put(
        "RoomService.archive",
        s -> {
          long version = rooms.draft(s.room()).version();
          return () -> rooms.archive(s.room(), version);
        });
    ops.put("RoomService.book", s -> () -> rooms.book(s.room(), slot(20)));
    ops.put(
        "RoomService.cancel",
        s -> {
          long booking = rooms.book(s.room(), slot(10)); // by the demo trust admin
          return () -> rooms.cancel(booking);
        });
    ops.put(
        "RoomService.link",
        s -> {
          BookingForm at10 = slot(10); // the afternoon: cancel's booking holds the morning
          long booking =
              rooms.book(
                  s.room(),
                  new BookingForm(
                      at10.start().plusSeconds(4 * 3600),
                      at10.end().plusSeconds(4 * 3600),
                      "Matrix link",
                      null,
                      4)); // by the demo trust admin
          return () -> rooms.link(booking, new BookingLink("Matrix", "/networks/index.xhtml"));
        });
    ops.put("BookingRequestService.requests", s -> () -> bookingRequests.requests());
    ops.put("BookingRequestService.pendingCount", s -> () -> bookingRequests.pendingCount());
    ops.put(
        "BookingRequestService.approve",
        s -> {
          long booking = pendingBooking(s.room());
          return () -> bookingRequests.approve(booking);
        });
    ops.put(
        "BookingRequestService.decline",
        s -> {
          long booking = pendingBooking(s.room());
          return () -> bookingRequests.decline(booking, "Matrix reason");
        });
    ops.put("RoomRulesService.rules", s -> () -> roomRules.rules(s.room()));
    ops.put(
        "RoomRulesService.changeRules",
        s -> {
          long version = rooms.draft(s.room()).version();
          RoomRulesForm form = roomRules.rules(s.room());
          RoomRulesForm changed =
              new RoomRulesForm(
                  form.days(), form.minMinutes(), form.maxMinutes() - 30, form.daysAhead());
          return () -> roomRules.changeRules(s.room(), version, changed);
        });
    ops.put("RoomSeriesService.closedDays", s -> () -> roomSeries.closedDays(s.school()));
    ops.put(
        "RoomSeriesService.closeDays", s -> () -> roomSeries.closeDays(s.school(), closedDays()));
    ops.put(
        "RoomSeriesService.reopenDays",
        s -> {
          ClosedDaysForm days = closedDays();
          roomSeries.closeDays(s.school(), days); // by the demo trust admin
          return () -> roomSeries.reopenDays(s.school(), days.from(), days.to());
        });
    ops.put(
        "RoomPhotoService.photo",
        s -> {
          roomPhotos.changePhoto(s.room(), new PhotoForm(PhotoUpload.of(matrixPng()), "Matrix"));
          String contentId = rooms.room(s.room()).photoId();
          return () -> roomPhotos.photo(s.room(), contentId);
        });
    ops.put(
        "RoomPhotoService.changePhoto",
        s -> {
          PhotoForm form = new PhotoForm(PhotoUpload.of(matrixPng()), "Matrix photo");
          return () -> roomPhotos.changePhoto(s.room(), form);
        });
    ops.put(
        "RoomPhotoService.removePhoto",
        s -> {
          roomPhotos.changePhoto(s.room(), new PhotoForm(PhotoUpload.of(matrixPng()), "Matrix"));
          return () -> roomPhotos.removePhoto(s.room());
        });
    ops.put("ResourceService.sharingSchools", s -> () -> library.sharingSchools());
    ops.put("ResourceService.mine", s -> () -> library.mine());
    ops.put(
        "ResourceService.stage",
        s -> () -> library.stage("m.png", new java.io.ByteArrayInputStream(uniquePng())));
    ops.put(
        "ResourceService.staged",
        s -> {
          long staged = library.stage("m.png", new java.io.ByteArrayInputStream(uniquePng())).id();
          return () -> library.staged(staged);
        });
    ops.put(
        "ResourceService.discard",
        s -> {
          long staged = library.stage("m.png", new java.io.ByteArrayInputStream(uniquePng())).id();
          return () -> library.discard(staged);
        });
    ops.put(
        "ResourceService.share",
        s -> {
          ResourceForm form =
              resourceForm(s.school(), Visibility.TRUST, "https://example.org/matrix");
          return () -> library.share(form, List.of());
        });
    ops.put("ResourceService.resource", s -> () -> library.resource(s.resource()));
    ops.put("ResourceService.file", s -> () -> library.file(s.resource(), 1, false));
    ops.put("ResourceService.thumbnail", s -> () -> library.thumbnail(s.resource(), 1));
    ops.put("ResourceService.editForm", s -> () -> library.editForm(s.resource()));
    ops.put(
        "ResourceService.revise",
        s -> {
          ResourceForm form = library.editForm(s.resource());
          form.setTitle("Matrix revised " + SEQUENCE.incrementAndGet());
          return () -> library.revise(s.resource(), form);
        });
    ops.put(
        "ResourceService.addVersion",
        s -> {
          long staged = stagedBy(s.actor());
          return () -> library.addVersion(s.resource(), staged, "Matrix");
        });
    ops.put("ResourceService.withdraw", s -> () -> library.withdraw(s.resource()));
    ops.put(
        "ResourceService.restore",
        s -> {
          library.withdraw(s.resource()); // by the demo trust admin
          return () -> library.restore(s.resource());
        });
    ops.put(
        "ResourceSearchService.search",
        s -> () -> librarySearch.search(SearchCriteria.EVERYTHING, 0, 20));
    ops.put("ResourceSearchService.schools", s -> () -> librarySearch.schools());
    ops.put(
        "ResourceTitleService.visibleTitles",
        s -> () -> resourceTitles.visibleTitles(List.of(1L, 2L)));
    ops.put("ResourceTitleService.title", s -> () -> resourceTitles.title(s.resource()));
    ops.put("ResourceReviewService.rate", s -> () -> reviews.rate(s.resource(), 4, "Matrix"));
    ops.put("ResourceReviewService.unrate", s -> () -> reviews.unrate(s.resource()));
    ops.put(
        "ResourceReviewService.report", s -> () -> reviews.report(s.resource(), "Matrix problem"));
    ops.put(
        "ResourceReviewService.assure",
        s ->
            () ->
                reviews.assure(
                    s.resource(),
                    new ResourceReviewService.Checklist(true, true, true, true, true),
                    java.time.LocalDate.now().plusMonths(6)));
    ops.put("SchoolPeriodsService.periods", s -> () -> schoolPeriods.periods(s.school()));
    ops.put(
        "SchoolPeriodsService.changePeriods",
        s ->
            () ->
                schoolPeriods.changePeriods(
                    s.school(),
                    List.of(
                        new PeriodView(
                            "Matrix period",
                            java.time.LocalTime.of(9, 0),
                            java.time.LocalTime.of(10, 0)))));
    ops.put("SchoolPeriodsService.periodsOfRoom", s -> () -> schoolPeriods.periodsOfRoom(s.room()));
    ops.put("RoomSeriesService.preview", s -> () -> roomSeries.preview(s.room(), series(20)));
    ops.put("RoomSeriesService.bookSeries", s -> () -> roomSeries.bookSeries(s.room(), series(20)));
    ops.put(
        "RoomSeriesService.cancelFollowing",
        s -> {
          long made = roomSeries.bookSeries(s.room(), series(5)).seriesId(); // by the admin
          long first =
              rooms.bookings(s.room(), slot(1).start(), slot(30).end()).stream()
                  .filter(b -> b.seriesId() != null && b.seriesId() == made)
                  .findFirst()
                  .orElseThrow()
                  .id();
          return () -> roomSeries.cancelFollowing(first);
        });
    networkOperations(ops);
    ops.put("NetworkService.mayCreate", s -> () -> networks.mayCreate());
    ops.put("NetworkResourceService.links", s -> () -> networkResources.links(s.network()));
    ops.put(
        "NetworkResourceService.link",
        s -> {
          long resource = sharedResource();
          return () -> networkResources.link(s.network(), resource);
        });
    ops.put(
        "NetworkResourceService.unlink",
        s -> {
          long resource = sharedResource();
          networkResources.link(s.network(), resource); // by the demo trust admin
          return () -> networkResources.unlink(s.network(), resource);
        });
    sessionOperations(ops);
    coachingOperations(ops);
    programmeOperations(ops);
    profileOperations(ops);
    observationOperations(ops);
    openClassroomOperations(ops);
    caseStudyOperations(ops);
    return ops;
  }

  /** How to call the networks' operations; what they act on is made ready by the demo admin. */
  private void networkOperations(Map<String, Operation> ops) {
    ops.put("NetworkService.directory", s -> () -> networks.directory(null));
    ops.put("NetworkService.mine", s -> () -> networks.mine());
    ops.put("NetworkService.page", s -> () -> networks.page(s.network()));
    ops.put(
        "NetworkService.create",
        s -> {
          long lead = people.findByEmail(EmailAddress.parse(DEMO_ADMIN)).orElseThrow().getId();
          return () -> networks.create(networkDetails(), lead);
        });
    ops.put("NetworkService.change", s -> () -> networks.change(s.network(), networkDetails()));
    ops.put("NetworkService.join", s -> () -> networks.join(s.network()));
    ops.put(
        "NetworkService.leave",
        s -> {
          Long actor = actors.get(s.actor());
          if (actor != null) {
            actAs(actor);
            networks.join(s.network()); // asks: leaving withdraws the request
            asDemoAdmin();
          }
          return () -> networks.leave(s.network());
        });
    ops.put(
        "NetworkService.approve",
        s -> {
          long asker = networkAsker(s.network());
          return () -> networks.approve(s.network(), asker);
        });
    ops.put(
        "NetworkService.remove",
        s -> {
          long asker = networkAsker(s.network());
          return () -> networks.remove(s.network(), asker);
        });
    ops.put(
        "NetworkService.invite",
        s -> {
          long invited = newPerson("invited", schoolA, SchoolRole.STAFF);
          return () -> networks.invite(s.network(), invited);
        });
    ops.put(
        "NetworkService.appointLead",
        s -> {
          long member = networkMember(s.network());
          return () -> networks.appointLead(s.network(), member);
        });
    ops.put(
        "NetworkService.standDown",
        s -> {
          long lead = networkMember(s.network());
          networks.appointLead(s.network(), lead);
          return () -> networks.standDown(s.network(), lead);
        });
    ops.put(
        "NetworkService.renew",
        s -> {
          long member = networkMember(s.network());
          return () -> networks.renew(s.network(), member);
        });
  }

  private static NetworkDetails networkDetails() {
    return new NetworkDetails(
        "Matrix network " + UUID.randomUUID(),
        "Matrix",
        NetworkKind.PHASE_OR_ROLE,
        Joining.BY_REQUEST,
        true,
        null);
  }

  /**
   * A cohort network by request, made by the demo trust admin, led by {@code lead} (null: a new
   * teacher of school B).
   */
  private long newNetwork(Long lead) {
    long leadId = lead != null ? lead : newPerson("lead", schoolB, SchoolRole.TEACHER);
    asDemoAdmin();
    return networks.create(networkDetails(), leadId);
  }

  /** How to call the sessions' operations; the sessions are scheduled by the demo admin. */
  private void sessionOperations(Map<String, Operation> ops) {
    ops.put("SessionService.upcoming", s -> () -> sessions.upcoming(s.network()));
    ops.put("SessionService.past", s -> () -> sessions.past(s.network()));
    ops.put("SessionService.sessionsOf", s -> () -> sessions.sessionsOf(s.network()));
    ops.put(
        "SessionService.session",
        s -> {
          long session = onlineSession(s.network());
          return () -> sessions.session(session);
        });
    ops.put(
        "SessionService.invitation",
        s -> {
          long session = onlineSession(s.network());
          return () -> sessions.invitation(session);
        });
    ops.put("SessionService.nextSession", s -> () -> sessions.nextSession());
    ops.put(
        "SessionService.signUp",
        s -> {
          long session = onlineSession(s.network());
          actorJoins(s);
          return () -> sessions.signUp(session);
        });
    ops.put(
        "SessionService.cancelPlace",
        s -> {
          long session = onlineSession(s.network());
          Long actor = actorJoins(s);
          if (actor != null) {
            actAs(actor);
            sessions.signUp(session);
            asDemoAdmin();
          }
          return () -> sessions.cancelPlace(session);
        });
    ops.put("SessionService.schedule", s -> () -> sessions.schedule(s.network(), sessionDetails()));
    ops.put(
        "SessionService.scheduleRepeating",
        s ->
            () ->
                sessions.scheduleRepeating(
                    s.network(), sessionDetails(), new SessionRepeat(2, 13)));
    ops.put(
        "SessionService.attendance",
        s -> {
          long member = networkMember(s.network());
          long session = startedSessions.startedWith(s.network(), member);
          return () -> sessions.attendance(session, member, true);
        });
  }

  /**
   * A network like net where the actor (but anon) is a member, who will coach: the subject's person
   * is the actor, or 0 for anon.
   */
  private Subject coachSubject(Actor actor) {
    long network = newNetwork(null);
    Long id = actors.get(actor);
    if (id != null) {
      actAs(id);
      networks.join(network);
      asDemoAdmin();
      networks.approve(network, id);
    }
    return new Subject(actor, id == null ? 0 : id, 0, 0, 0, 0, network);
  }

  /**
   * A pairing in the subject's network, made by the demo trust admin: the subject's person (the
   * actor, for net-coach) or a new member coaches a new member; the demo trust admin acts again.
   */
  private long newPairing(Subject s) {
    long coach = s.person() != 0 ? s.person() : networkMember(s.network());
    long coachee = networkMember(s.network());
    asDemoAdmin();
    long pair = coaching.pair(s.network(), coach, coachee);
    pairCoachee.put(pair, coachee);
    return pair;
  }

  private final Map<Long, Long> pairCoachee = new HashMap<>();

  /** How to call coaching's operations; pairings and goals are made ready beforehand. */
  /** How to call the programmes' operations, on programmes the demo trust admin makes. */
  private void programmeOperations(Map<String, Operation> ops) {
    ops.put("ProgrammeService.booklet", s -> () -> programmes.booklet(nextTerm(), null));
    ops.put("ProgrammeService.mayPublish", s -> () -> programmes.mayPublish());
    ops.put(
        "ProgrammeService.programme",
        s -> {
          long id = newProgramme(s.school(), 0, true);
          return () -> programmes.programme(id);
        });
    ops.put(
        "ProgrammeService.create", s -> () -> programmes.create(programmeDetails(s.school(), 0)));
    ops.put(
        "ProgrammeService.change",
        s -> {
          long id = newProgramme(s.school(), 0, false);
          return () -> programmes.change(id, programmeDetails(s.school(), 0));
        });
    ops.put(
        "ProgrammeService.publish",
        s -> {
          long id = newProgramme(s.school(), 0, false);
          return () -> programmes.publish(id);
        });
    ops.put(
        "ProgrammeService.withdraw",
        s -> {
          long id = newProgramme(s.school(), 0, true);
          return () -> programmes.withdraw(id);
        });
    ops.put(
        "ProgrammeService.addSession",
        s -> {
          long id = newProgramme(s.school(), 0, false);
          return () -> programmes.addSession(id, programmeSlot());
        });
    ops.put(
        "ProgrammeService.removeSession",
        s -> {
          long id = newProgramme(s.school(), 0, false);
          long session = programmes.addSession(id, programmeSlot());
          return () -> programmes.removeSession(session);
        });
    ops.put(
        "RegistrationService.register",
        s -> {
          long id = newProgramme(s.school(), 0, true);
          return () -> registrations.register(id);
        });
    ops.put(
        "RegistrationService.cancel",
        s -> {
          long id = newProgramme(s.school(), 0, true);
          Long actor = actors.get(s.actor());
          if (actor != null) {
            actAs(actor);
            registrations.register(id);
            asDemoAdmin();
          }
          return () -> registrations.cancel(id);
        });
    ops.put("RegistrationService.requests", s -> () -> registrations.requests());
    ops.put(
        "RegistrationService.approve",
        s -> {
          long request = programmeRequest(s.school());
          return () -> registrations.approve(request);
        });
    ops.put(
        "RegistrationService.decline",
        s -> {
          long request = programmeRequest(s.school());
          return () -> registrations.decline(request, "Matrix reason");
        });
  }

  private static Term nextTerm() {
    return Term.of(LocalDate.now(ZoneId.of("Europe/London"))).next();
  }

  private static ProgrammeDetails programmeDetails(long school, int cost) {
    return new ProgrammeDetails(
        "Matrix programme", CareerStage.MENTOR, "For the matrix", school, nextTerm(), 5, cost);
  }

  private static SessionSlot programmeSlot() {
    return new SessionSlot(
        SessionKind.SESSION,
        LocalDate.now(ZoneId.of("Europe/London")).plusDays(30),
        LocalTime.of(16, 0),
        LocalTime.of(17, 0),
        "Matrix hall",
        null);
  }

  /** A programme of {@code school}, made (and published, if asked) by the demo trust admin. */
  private long newProgramme(long school, int cost, boolean publish) {
    asDemoAdmin();
    long id = programmes.create(programmeDetails(school, cost));
    if (publish) {
      programmes.publish(id);
    }
    return id;
  }

  /** A request from a new teacher of {@code school} for a programme with a cost. */
  private long programmeRequest(long school) {
    long id = newProgramme(school, 5000, true);
    long teacher = newPerson("registrant", school, SchoolRole.TEACHER);
    actAs(teacher);
    registrations.register(id);
    asDemoAdmin();
    return programmes.programme(id).registrations().stream()
        .filter(r -> r.personId() == teacher)
        .findFirst()
        .orElseThrow()
        .id();
  }

  private void coachingOperations(Map<String, Operation> ops) {
    ops.put("CoachingService.overview", s -> () -> coaching.overview(s.network()));
    ops.put("CoachingService.mine", s -> () -> coaching.mine());
    ops.put(
        "CoachingService.pairing",
        s -> {
          long pair = newPairing(s);
          return () -> coaching.pairing(pair);
        });
    ops.put(
        "CoachingService.pair",
        s -> {
          long coach = networkMember(s.network());
          long coachee = networkMember(s.network());
          return () -> coaching.pair(s.network(), coach, coachee);
        });
    ops.put(
        "CoachingService.end",
        s -> {
          long pair = newPairing(s);
          return () -> coaching.end(pair);
        });
    ops.put("CoachingService.limitCoachees", s -> () -> coaching.limitCoachees(s.network(), 2));
    ops.put(
        "CoachingService.logMeeting",
        s -> {
          long pair = newPairing(s);
          return () ->
              coaching.logMeeting(
                  pair, new MeetingDetails(LocalDate.now(ZoneId.of("Europe/London")), "a", "n"));
        });
    ops.put(
        "CoachingService.setGoal",
        s -> {
          long pair = newPairing(s);
          return () -> coaching.setGoal(pair, "Matrix goal");
        });
    ops.put(
        "CoachingService.recordProgress",
        s -> {
          long pair = newPairing(s);
          actAs(pairCoachee.get(pair));
          long goal = coaching.setGoal(pair, "Matrix goal");
          asDemoAdmin();
          return () -> coaching.recordProgress(goal, GoalStatus.IN_PROGRESS, "Under way");
        });
  }

  /** How to call the teaching-profile operations; a focus area to change is the demo admin's. */
  private void profileOperations(Map<String, Operation> ops) {
    ops.put("TeachingProfileService.focusAreas", s -> () -> teachingProfiles.focusAreas());
    ops.put(
        "TeachingProfileService.addFocusArea",
        s -> () -> teachingProfiles.addFocusArea("Matrix area " + System.nanoTime(), ""));
    ops.put(
        "TeachingProfileService.changeFocusArea",
        s -> {
          String name = "Matrix area " + System.nanoTime();
          long area = teachingProfiles.addFocusArea(name, "");
          return () -> teachingProfiles.changeFocusArea(area, name, "Maes matrics", false);
        });
    ops.put("TeachingProfileService.myProfile", s -> () -> teachingProfiles.myProfile());
    ops.put(
        "TeachingProfileService.saveProfile",
        s ->
            () ->
                teachingProfiles.saveProfile(
                    new ProfileForm(Set.of(), Set.of(), ProfileVisibility.SCHOOLS)));
    ops.put("TeachingProfileService.partners", s -> () -> teachingProfiles.partners());
    ops.put(
        "TeachingProfileService.expertise",
        s -> {
          long area = teachingProfiles.focusAreas().areas().get(0).id();
          return () -> teachingProfiles.expertise(area);
        });
  }

  /**
   * An observation to which a new teacher of A invites the subject's person (the actor, for
   * obs-mine) or a new teacher of B: {@code stage} 0 invited, 1 accepted, 2 agreed for today. The
   * demo trust admin acts again afterwards.
   */
  private long newObservation(Subject s, int stage) {
    long inviter = newPerson("observer", schoolA, SchoolRole.TEACHER);
    long invitee =
        s.person() != 0 ? s.person() : newPerson("observed", schoolB, SchoolRole.TEACHER);
    actAs(inviter);
    long id = observations.invite(invitee, ObservationDirection.INVITEE_WATCHES, null, "Matrix");
    if (stage >= 1) {
      actAs(invitee);
      observations.accept(id);
    }
    if (stage >= 2) {
      observations.agree(
          id, new LessonSlot(LocalDate.now(ZoneId.of("Europe/London")), "P1", "Matrix lesson"));
    }
    asDemoAdmin();
    return id;
  }

  /** How to call peer observation's operations; observations are made ready beforehand. */
  private void observationOperations(Map<String, Operation> ops) {
    ops.put(
        "ObservationService.invitation",
        s -> {
          long colleague = newPerson("colleague", schoolB, SchoolRole.TEACHER);
          return () -> observations.invitation(colleague);
        });
    ops.put(
        "ObservationService.invite",
        s -> {
          long colleague = newPerson("colleague", schoolB, SchoolRole.TEACHER);
          return () ->
              observations.invite(colleague, ObservationDirection.INVITER_WATCHES, null, "Matrix");
        });
    ops.put("ObservationService.mine", s -> () -> observations.mine());
    ops.put(
        "ObservationService.detail",
        s -> {
          long id = newObservation(s, 0);
          return () -> observations.detail(id);
        });
    ops.put(
        "ObservationService.accept",
        s -> {
          long id = newObservation(s, 0);
          return () -> observations.accept(id);
        });
    ops.put(
        "ObservationService.decline",
        s -> {
          long id = newObservation(s, 0);
          return () -> observations.decline(id, "Matrix");
        });
    ops.put(
        "ObservationService.agree",
        s -> {
          long id = newObservation(s, 1);
          LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(3);
          return () -> observations.agree(id, new LessonSlot(day, "P2", "Matrix lesson"));
        });
    ops.put(
        "ObservationService.cancel",
        s -> {
          long id = newObservation(s, 1);
          return () -> observations.cancel(id);
        });
    ops.put(
        "ObservationService.markDone",
        s -> {
          long id = newObservation(s, 2);
          return () -> observations.markDone(id);
        });
    ops.put(
        "ObservationService.recordFeedback",
        s -> {
          long id = newObservation(s, 2);
          return () -> observations.recordFeedback(id, "Matrix", "Matrix");
        });
    ops.put("ObservationService.maySeeCounts", s -> () -> observations.maySeeCounts());
    ops.put("ObservationService.completedBySchool", s -> () -> observations.completedBySchool());
  }

  /** An open classroom in a week, offered by {@code teacher}; the demo trust admin acts after. */
  private long newOpenClassroom(long teacher) {
    actAs(teacher);
    long area = openClassrooms.focusAreas().get(0).id();
    long id = openClassrooms.offer(openClassroomDetails(area));
    asDemoAdmin();
    return id;
  }

  private static OpenClassroomDetails openClassroomDetails(long area) {
    return new OpenClassroomDetails(
        LocalDate.now(ZoneId.of("Europe/London")).plusDays(7),
        null,
        null,
        "Period 2",
        "Year 5",
        "Matrix maths",
        area,
        "Matrix lesson",
        5);
  }

  /**
   * How to call the open classrooms' operations: oc is offered by a new teacher of A (the actor
   * signed up beforehand for withdraw), oc-mine by the actor (by a new teacher of A for anon).
   */
  private void openClassroomOperations(Map<String, Operation> ops) {
    ops.put("OpenClassroomService.mayOffer", s -> () -> openClassrooms.mayOffer());
    ops.put("OpenClassroomService.focusAreas", s -> () -> openClassrooms.focusAreas());
    ops.put(
        "OpenClassroomService.offer",
        s -> {
          long area = openClassrooms.focusAreas().get(0).id();
          return () -> openClassrooms.offer(openClassroomDetails(area));
        });
    ops.put("OpenClassroomService.upcoming", s -> () -> openClassrooms.upcoming());
    ops.put("OpenClassroomService.mine", s -> () -> openClassrooms.mine());
    ops.put(
        "OpenClassroomService.signUp",
        s -> {
          long id = newOpenClassroom(newPerson("open", schoolA, SchoolRole.TEACHER));
          return () -> openClassrooms.signUp(id);
        });
    ops.put(
        "OpenClassroomService.withdraw",
        s -> {
          long id = newOpenClassroom(newPerson("open", schoolA, SchoolRole.TEACHER));
          if (s.person() != 0) {
            actAs(s.person());
            openClassrooms.signUp(id);
            asDemoAdmin();
          }
          return () -> openClassrooms.withdraw(id);
        });
    ops.put(
        "OpenClassroomService.cancel",
        s -> {
          long teacher =
              s.person() != 0 && s.school() == 0
                  ? s.person()
                  : newPerson("open", schoolA, SchoolRole.TEACHER);
          long id = newOpenClassroom(teacher);
          return () -> openClassrooms.cancel(id);
        });
  }

  /** How to call the case studies' operations; case studies are made ready beforehand. */
  private void caseStudyOperations(Map<String, Operation> ops) {
    ops.put("CaseStudyService.library", s -> () -> caseStudies.library(CaseStudyQuery.ALL));
    ops.put("CaseStudyService.inProgress", s -> () -> caseStudies.inProgress());
    ops.put("CaseStudyService.mayWrite", s -> () -> caseStudies.mayWrite());
    ops.put("CaseStudyService.mayReview", s -> () -> caseStudies.mayReview());
    ops.put("CaseStudyService.writableSchools", s -> () -> caseStudies.writableSchools());
    ops.put("CaseStudyService.reviewQueue", s -> () -> caseStudies.reviewQueue());
    ops.put(
        "CaseStudyService.caseStudy",
        s -> {
          long id = newCaseStudy(s.school(), s.school() == schoolA ? 3 : 0);
          return () -> caseStudies.caseStudy(id);
        });
    ops.put("CaseStudyService.create", s -> () -> caseStudies.create(caseStudyDetails(s.school())));
    ops.put(
        "CaseStudyService.change",
        s -> {
          long id = newCaseStudy(s.school(), 0);
          return () -> caseStudies.change(id, caseStudyDetails(s.school()));
        });
    ops.put(
        "CaseStudyService.submit",
        s -> {
          long id = newCaseStudy(s.school(), 0);
          return () -> caseStudies.submit(id);
        });
    ops.put(
        "CaseStudyService.returnWithComments",
        s -> {
          long id = newCaseStudy(s.school(), 1);
          return () -> caseStudies.returnWithComments(id, "Matrix comments");
        });
    ops.put(
        "CaseStudyService.approve",
        s -> {
          long id = newCaseStudy(s.school(), 1);
          return () -> caseStudies.approve(id);
        });
    ops.put(
        "CaseStudyService.publish",
        s -> {
          long id = newCaseStudy(s.school(), 2);
          return () -> caseStudies.publish(id);
        });
    ops.put(
        "CaseStudyFileService.attach",
        s -> {
          long id = newCaseStudy(s.school(), 0);
          return () ->
              caseStudyFiles.attach(
                  id,
                  "matrix.txt",
                  new ByteArrayInputStream("Matrix".getBytes(StandardCharsets.UTF_8)));
        });
    ops.put(
        "CaseStudyFileService.detach",
        s -> {
          long file = newCaseStudyFile(s.school(), 0);
          return () -> caseStudyFiles.detach(file);
        });
    ops.put(
        "CaseStudyFileService.download",
        s -> {
          long file = newCaseStudyFile(s.school(), s.school() == schoolA ? 3 : 0);
          return () -> caseStudyFiles.download(file);
        });
  }

  /** A file of a new case study of {@code school} at {@code stage} (see {@link #newCaseStudy}). */
  private long newCaseStudyFile(long school, int stage) {
    asDemoAdmin();
    long id = caseStudies.create(caseStudyDetails(school));
    long file =
        caseStudyFiles.attach(
            id, "matrix.txt", new ByteArrayInputStream("Matrix".getBytes(StandardCharsets.UTF_8)));
    if (stage >= 1) {
      caseStudies.submit(id);
    }
    if (stage >= 2) {
      actAs(actors.get(Actor.EDUCATION_OFFICER));
      caseStudies.approve(id);
      if (stage >= 3) {
        caseStudies.publish(id);
      }
      asDemoAdmin();
    }
    return file;
  }

  private CaseStudyDetails caseStudyDetails(long school) {
    return new CaseStudyDetails(
        "Matrix case study",
        school,
        Phase.PRIMARY,
        teachingProfiles.focusAreas().areas().stream()
            .filter(a -> !a.retired())
            .findFirst()
            .orElseThrow()
            .id(),
        "",
        "Matrix context",
        "Matrix actions",
        "Matrix impact",
        "Matrix contact");
  }

  /**
   * A complete case study of {@code school} written by the demo trust admin: {@code stage} 0 a
   * draft, 1 submitted, 2 approved, 3 published (by the actors' education officer). The demo trust
   * admin acts again afterwards.
   */
  private long newCaseStudy(long school, int stage) {
    asDemoAdmin();
    long id = caseStudies.create(caseStudyDetails(school));
    if (stage >= 1) {
      caseStudies.submit(id);
    }
    if (stage >= 2) {
      actAs(actors.get(Actor.EDUCATION_OFFICER));
      caseStudies.approve(id);
      if (stage >= 3) {
        caseStudies.publish(id);
      }
      asDemoAdmin();
    }
    return id;
  }

  /** An online session of the network in three weeks, scheduled by the demo trust admin. */
  private long onlineSession(long network) {
    asDemoAdmin();
    return sessions.schedule(network, sessionDetails());
  }

  private static SessionDetails sessionDetails() {
    Instant start = Instant.now().plus(Duration.ofDays(21));
    return new SessionDetails(
        "Matrix session",
        "",
        start,
        start.plus(Duration.ofHours(1)),
        10,
        null,
        "https://meet.example.org/m");
  }

  /** The cell's actor asks to join the network and the demo admin approves; null for anon. */
  private Long actorJoins(Subject s) {
    Long actor = actors.get(s.actor());
    if (actor != null) {
      actAs(actor);
      networks.join(s.network());
      asDemoAdmin();
      networks.approve(s.network(), actor);
    }
    return actor;
  }

  /** A new person of school A who asked to join the network; the demo trust admin acts again. */
  private long networkAsker(long network) {
    long asker = newPerson("asker", schoolA, SchoolRole.STAFF);
    actAs(asker);
    networks.join(network);
    asDemoAdmin();
    return asker;
  }

  /** A new member of the network, admitted by the demo trust admin. */
  private long networkMember(long network) {
    long member = networkAsker(network);
    networks.approve(network, member);
    return member;
  }

  /** The room now needs approval, and the demo trust admin's booking of it is PENDING. */
  private long pendingBooking(long room) {
    asDemoAdmin();
    long version = rooms.draft(room).version();
    RoomForm form = rooms.draft(room).form();
    rooms.revise(
        room,
        version,
        new RoomForm(
            form.schoolId(),
            form.name(),
            form.capacity(),
            form.facilities(),
            form.location(),
            form.directions(),
            form.sharing(),
            true));
    return rooms.book(room, slot(12));
  }

  /** Three weekly dates from {@code days} days ahead. */
  private static SeriesForm series(int days) {
    return new SeriesForm(slot(days), "WEEKLY", null, 3);
  }

  /** Two closed days half a year ahead. */
  private static ClosedDaysForm closedDays() {
    java.time.LocalDate from = java.time.LocalDate.now().plusDays(180);
    return new ClosedDaysForm(from, from.plusDays(1), "Matrix INSET day");
  }

  /** A room at {@code school} (0: none), by the demo trust admin, shared as {@code sharing}. */
  private long newRoom(long school, String sharing) {
    asDemoAdmin();
    return rooms.create(roomForm(school, sharing));
  }

  private static RoomForm roomForm(long school, String sharing) {
    return new RoomForm(
        school,
        "Matrix room " + SEQUENCE.incrementAndGet(),
        12,
        List.of("PROJECTOR"),
        null,
        null,
        sharing,
        false);
  }

  /**
   * An hour at 10:00 UTC, on the first weekday at least {@code days} days from now (rooms are
   * bookable on weekdays by default).
   */
  private static BookingForm slot(int days) {
    java.time.LocalDate day = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(days);
    while (day.getDayOfWeek().getValue() > 5) {
      day = day.plusDays(1);
    }
    java.time.Instant start =
        day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plus(java.time.Duration.ofHours(10));
    return new BookingForm(start, start.plusSeconds(3600), "Matrix booking", null, 4);
  }

  @AfterEach
  void nobody() {
    TestCallerIdentity.actAs(null);
    currentUser.refresh();
  }

  @Test
  void everyOperationHasRowsAndEveryRowAnOperation() {
    SortedSet<String> discovered =
        ServiceOperations.discover(getClass().getClassLoader(), AuditTrail.class);
    assertTrue(
        discovered.containsAll(
            List.of(
                "StaffAdministrationService.markLeft",
                "SchoolService.create",
                "AccountService.signIn")),
        "the class path scan missed the membership services, so it cannot be trusted: "
            + discovered);
    List<Row> rows = Row.parse(TABLE);
    Set<String> inTable = rows.stream().map(Row::operation).collect(Collectors.toSet());
    Set<String> callable = operations().keySet();
    List<String> problems = new ArrayList<>();
    for (String operation : discovered) {
      if (!inTable.contains(operation)) {
        problems.add(
            operation
                + " has no row in the authorisation matrix: add a line to TABLE in"
                + " AuthorisationMatrixIT for each target it takes, e.g. \""
                + operation
                + "  person-A  - - - + - - - +\" (one + or - per actor column), and say how"
                + " to call it in operations(); or, if people never call it, \""
                + operation
                + "  internal: <why>\"");
      }
    }
    for (String operation : new TreeSet<>(inTable)) {
      if (!discovered.contains(operation)) {
        problems.add(
            "TABLE has rows for "
                + operation
                + ", which no service has any more: remove them and its entry in operations()");
      }
    }
    rows.stream()
        .filter(r -> r.internal() == null && !callable.contains(r.operation()))
        .map(Row::operation)
        .distinct()
        .forEach(
            op -> problems.add(op + " has rows, but operations() does not say how to call it"));
    rows.stream()
        .collect(
            Collectors.groupingBy(r -> r.operation() + " " + r.target(), Collectors.counting()))
        .forEach(
            (cell, times) -> {
              if (times > 1) {
                problems.add("TABLE has " + times + " rows for " + cell + ": keep one");
              }
            });
    callable.stream()
        .filter(
            op -> rows.stream().noneMatch(r -> r.operation().equals(op) && r.internal() == null))
        .forEach(op -> problems.add("operations() calls " + op + ", which has no row with marks"));
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void everyCellIsAsTheTableSays() {
    long started = System.nanoTime();
    castActors();
    Map<String, Operation> operations = operations();
    List<Row> rows = Row.parse(TABLE);
    List<String> failures = new ArrayList<>();
    int cells = 0;
    for (Row row : rows) {
      if (row.internal() != null) {
        continue;
      }
      Operation operation = operations.get(row.operation());
      if (operation == null) {
        failures.add(row.operation() + ": operations() does not say how to call it");
        continue;
      }
      for (Actor actor : Actor.values()) {
        cells++;
        String failure = cell(row, actor, operation);
        if (failure != null) {
          failures.add(
              String.format(
                  "%-34s %-11s as %-18s %s",
                  row.operation(), row.target().token, actor.label, failure));
        }
      }
    }
    long operationCount = rows.stream().map(Row::operation).distinct().count();
    long internal = rows.stream().filter(r -> r.internal() != null).count();
    String summary =
        String.format(
            "authorisation matrix: %d operations (%d internal), %d rows, %d cells",
            operationCount, internal, rows.size() - internal, cells);
    System.out.printf(
        "%s, %d differ from the table (%d s)%n",
        summary, failures.size(), (System.nanoTime() - started) / 1_000_000_000);
    failures.forEach(f -> System.out.println("authorisation matrix: " + f));
    assertEquals(
        Actor.values().length * rows.stream().filter(r -> r.internal() == null).count(),
        cells,
        "every row was walked for every actor");
    assertTrue(
        failures.isEmpty(),
        summary
            + "; "
            + failures.size()
            + " cells differ from the table:\n"
            + String.join("\n", failures));
  }

  /** A trust admin cannot take away their own access: the last admin would lock the trust out. */
  @Test
  void trustAdminCannotUnmakeThemselves() {
    long home = newSchool("Matrix self");
    long admin = newPerson("self", home, SchoolRole.STAFF);
    administration.grant(admin, TrustRole.TRUST_ADMIN);

    actAs(admin);
    long version = directory.person(admin).version();
    assertEquals(
        "error.person.cannotLeaveSelf",
        assertThrows(BusinessException.class, () -> administration.markLeft(admin, version))
            .messageKey());
    assertEquals(
        "error.person.cannotRevokeOwnAdmin",
        assertThrows(
                BusinessException.class, () -> administration.revoke(admin, TrustRole.TRUST_ADMIN))
            .messageKey());
    assertTrue(directory.person(admin).active());
    assertTrue(directory.person(admin).trustRoles().contains(TrustRole.TRUST_ADMIN));
    assertFalse(directory.person(admin).currentMemberships().isEmpty());
  }

  /** Runs one cell on fresh targets; null when it went as the table says, else what went wrong. */
  private String cell(Row row, Actor actor, Operation operation) {
    Subject subject;
    Call call;
    State before;
    try {
      asDemoAdmin();
      subject = subject(row.target(), actor);
      call = operation.prepare(subject);
      before = state(subject);
    } catch (Exception e) {
      return "could not be set up: " + describe(e);
    }
    Throwable thrown = null;
    try {
      actAs(actors.get(actor));
      call.call();
    } catch (Exception e) {
      thrown = e;
    }
    State after;
    try {
      asDemoAdmin();
      after = state(subject);
      reopenIfArchived(subject.school());
      archiveRoom(subject.room());
    } catch (RuntimeException e) {
      return "could not be checked afterwards: " + describe(e);
    }

    boolean refused = thrown != null && notPermitted(thrown);
    if (row.hides(actor)) {
      if (thrown == null) {
        return "should be refused as not found, but was allowed";
      }
      if (!notFound(thrown)) {
        return "should be refused as not found (NotFoundException), but: " + describe(thrown);
      }
      return before.equals(after) ? null : "was refused, but wrote: " + before.changesTo(after);
    }
    if (row.allows(actor)) {
      if (thrown == null) {
        return null;
      }
      return "should be allowed, but "
          + (refused ? "was refused (NotPermittedException)" : "failed: " + describe(thrown));
    }
    if (thrown == null) {
      return "should be refused, but was allowed";
    }
    if (!refused) {
      return "should be refused (NotPermittedException), but failed: " + describe(thrown);
    }
    return before.equals(after) ? null : "was refused, but wrote: " + before.changesTo(after);
  }

  /** What a refused call must leave as it was: the trail's size, the target person and school. */
  record State(
      long auditEntries,
      PersonView person,
      SchoolView school,
      Object post,
      Object room,
      Object resource,
      Object network) {
    String changesTo(State after) {
      List<String> changes = new ArrayList<>();
      if (after.auditEntries != auditEntries) {
        changes.add((after.auditEntries - auditEntries) + " audit entries");
      }
      if (!Objects.equals(after.person, person)) {
        changes.add("the person, " + person + " -> " + after.person);
      }
      if (!Objects.equals(after.school, school)) {
        changes.add("the school, " + school + " -> " + after.school);
      }
      if (!Objects.equals(after.post, post)) {
        changes.add("the post, " + post + " -> " + after.post);
      }
      if (!Objects.equals(after.room, room)) {
        changes.add("the room, " + room + " -> " + after.room);
      }
      if (!Objects.equals(after.resource, resource)) {
        changes.add("the resource, " + resource + " -> " + after.resource);
      }
      if (!Objects.equals(after.network, network)) {
        changes.add("the network, " + network + " -> " + after.network);
      }
      return String.join("; ", changes);
    }
  }

  /** Read by a trust admin. */
  private State state(Subject subject) {
    return new State(
        audit.count(AuditQuery.ALL),
        subject.person() == 0 ? null : directory.person(subject.person()),
        subject.school() == 0 ? null : schools.school(subject.school()),
        subject.post() == 0
            ? null
            : List.of(
                news.draft(subject.post()),
                mustRead.acknowledgements(subject.post()),
                comments.discussion(subject.post())),
        subject.room() == 0
            ? null
            : List.of(
                rooms.draft(subject.room()),
                rooms.bookings(subject.room(), slot(1).start(), slot(30).end())),
        subject.resource() == 0
            ? null
            : List.of(library.resource(subject.resource()), library.mine().size()),
        subject.network() == 0 ? null : networks.page(subject.network()));
  }

  /**
   * A resource of {@code school} shared by the demo trust admin: a small PNG, whose thumbnail the
   * background job draws (waited for, up to 30 seconds).
   */
  private long newResource(long school, Visibility visibility) {
    asDemoAdmin();
    StagedFile staged = library.stage("matrix.png", new java.io.ByteArrayInputStream(uniquePng()));
    long id = library.share(resourceForm(school, visibility, null), List.of(staged.id())).get(0);
    java.time.Instant end = java.time.Instant.now().plusSeconds(30);
    while (!library.resource(id).current().thumbnail() && java.time.Instant.now().isBefore(end)) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return id;
  }

  /** A link resource of school B for the whole trust, shared by the demo trust admin. */
  private long sharedResource() {
    asDemoAdmin();
    return library
        .share(
            resourceForm(schoolB, Visibility.TRUST, "https://example.org/matrix-shared"), List.of())
        .get(0);
  }

  private static ResourceForm resourceForm(long school, Visibility visibility, String link) {
    ResourceForm form = new ResourceForm();
    form.setSchoolId(school);
    form.setTitle("Matrix resource " + SEQUENCE.incrementAndGet());
    form.setSubject(org.trustintranet.resources.domain.Subject.SCIENCE);
    form.setKeyStage(KeyStage.KS3);
    form.setType(ResourceType.WORKSHEET);
    form.setLicence(Licence.CC_BY);
    form.setVisibility(visibility);
    form.setLink(link);
    return form;
  }

  /** A PNG unlike any other (its width changes), so that each upload is new content. */
  private static byte[] uniquePng() {
    java.awt.image.BufferedImage picture =
        new java.awt.image.BufferedImage(
            40 + SEQUENCE.incrementAndGet() % 400, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      javax.imageio.ImageIO.write(picture, "png", out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Stages a PNG as the cell's actor (or -1 when they may not upload), then back to the admin. */
  private long stagedBy(Actor actor) {
    Long person = actors.get(actor);
    if (person == null) {
      return -1;
    }
    actAs(person);
    try {
      return library.stage("v2.png", new java.io.ByteArrayInputStream(uniquePng())).id();
    } catch (RuntimeException mayNotUpload) {
      return -1;
    } finally {
      asDemoAdmin();
    }
  }

  /** The cell's target, made afresh by the demo trust admin. */
  private Subject subject(Target target, Actor actor) {
    return switch (target) {
      case ANY -> new Subject(actor, 0, 0);
      case SCHOOL_A -> new Subject(actor, 0, schoolA);
      case SCHOOL_B -> new Subject(actor, 0, schoolB);
      case PERSON_A -> new Subject(actor, newPerson("target", schoolA, SchoolRole.STAFF), schoolA);
      case PERSON_B -> new Subject(actor, newPerson("target", schoolB, SchoolRole.STAFF), schoolB);
      case PERSON_AB -> {
        long person = newPerson("target", schoolA, SchoolRole.STAFF);
        schoolStaff.assign(person, schoolB, SchoolRole.STAFF);
        yield new Subject(actor, person, schoolA);
      }
      case HOLDER -> {
        long person = newPerson("holder", schoolA, SchoolRole.STAFF);
        administration.grant(person, TrustRole.NEWS_EDITOR);
        yield new Subject(actor, person, schoolA);
      }
      case PERSON_B_AT_A ->
          new Subject(actor, newPerson("target", schoolB, SchoolRole.STAFF), schoolA);
      case POST_A -> new Subject(actor, 0, schoolA, newPost(schoolA));
      case POST_B -> new Subject(actor, 0, schoolB, newPost(schoolB));
      case POST_TRUST -> new Subject(actor, 0, 0, newPost(0));
      case ROOM_A -> new Subject(actor, 0, schoolA, 0, newRoom(schoolA, "OWN_SCHOOL"));
      case ROOM_B -> new Subject(actor, 0, schoolB, 0, newRoom(schoolB, "OWN_SCHOOL"));
      case ROOM_TRUST -> new Subject(actor, 0, schoolB, 0, newRoom(schoolB, "TRUST"));
      case RES_A -> new Subject(actor, 0, schoolA, 0, 0, newResource(schoolA, Visibility.SCHOOL));
      case RES_B -> new Subject(actor, 0, schoolB, 0, 0, newResource(schoolB, Visibility.SCHOOL));
      case RES_TRUST ->
          new Subject(actor, 0, schoolB, 0, 0, newResource(schoolB, Visibility.TRUST));
      case NET -> new Subject(actor, 0, 0, 0, 0, 0, newNetwork(null));
      case NET_LED -> new Subject(actor, 0, 0, 0, 0, 0, newNetwork(actors.get(actor)));
      case NET_COACH -> coachSubject(actor);
      case OBS -> new Subject(actor, 0, schoolB);
      case OBS_MINE -> {
        Long id = actors.get(actor);
        yield new Subject(actor, id == null ? 0 : id, schoolB);
      }
      case OC, OC_MINE -> {
        // The actor, and school A for oc; no school for oc-mine (the actor's own offer).
        Long id = actors.get(actor);
        yield new Subject(actor, id == null ? 0 : id, target == Target.OC ? schoolA : 0);
      }
    };
  }

  /** Fresh schools A and B and one fresh person per actor, each with a password. */
  private void castActors() {
    asDemoAdmin();
    schoolA = newSchool("Matrix A");
    schoolB = newSchool("Matrix B");
    long office = newSchool("Matrix trust office");
    actors.put(Actor.ANONYMOUS, null);
    cast(Actor.STAFF_A, schoolA, SchoolRole.STAFF, null);
    cast(Actor.TEACHER_A, schoolA, SchoolRole.TEACHER, null);
    cast(Actor.ADMIN_A, schoolA, SchoolRole.SCHOOL_ADMIN, null);
    cast(Actor.ADMIN_B, schoolB, SchoolRole.SCHOOL_ADMIN, null);
    cast(Actor.NEWS_EDITOR, schoolA, SchoolRole.STAFF, TrustRole.NEWS_EDITOR);
    cast(Actor.EDUCATION_OFFICER, schoolB, SchoolRole.TEACHER, TrustRole.EDUCATION_OFFICER);
    cast(Actor.TRUST_ADMIN, office, SchoolRole.STAFF, TrustRole.TRUST_ADMIN);
  }

  private void cast(Actor actor, long school, SchoolRole role, TrustRole trustRole) {
    long person = newPerson(actor.name().toLowerCase().replace('_', '-'), school, role);
    if (trustRole != null) {
      administration.grant(person, trustRole);
    }
    String password = "first password " + SEQUENCE.incrementAndGet();
    administration.setPassword(person, password);
    actors.put(actor, person);
    passwords.put(actor, password);
  }

  /** A published must-read for {@code school} (0: the whole trust), by the demo trust admin. */
  private long newPost(long school) {
    asDemoAdmin();
    return news.publish(postForm(school));
  }

  /** A small PNG, the banner given to posts for BannerService's rows. */
  private static byte[] matrixPng() {
    java.awt.image.BufferedImage picture =
        new java.awt.image.BufferedImage(60, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      javax.imageio.ImageIO.write(picture, "png", out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A new post for the subject's network's members, or else its school (none: the trust). */
  private static PostForm postForm(Subject s) {
    if (s.network() == 0) {
      return postForm(s.school());
    }
    return new PostForm(
            "Matrix post " + SEQUENCE.incrementAndGet(),
            null,
            "<p>Matrix</p>",
            false,
            Set.of(),
            Set.of(),
            false,
            true)
        .toNetwork(s.network());
  }

  private static PostForm postForm(long school) {
    return new PostForm(
        "Matrix post " + SEQUENCE.incrementAndGet(),
        null,
        "<p>Matrix</p>",
        school == 0,
        school == 0 ? Set.of() : Set.of(school),
        Set.of(),
        false,
        true);
  }

  private long newSchool(String name) {
    asDemoAdmin();
    return schools.create(new SchoolForm(freeUrn(), name, Phase.PRIMARY, null, null, null));
  }

  private long newPerson(String emailPrefix, long school, SchoolRole role) {
    asDemoAdmin();
    return schoolStaff.addPerson(form(emailPrefix), school, role);
  }

  /** A URN no school has; the caller is a trust admin. */
  private String freeUrn() {
    if (urnsInUse.isEmpty()) {
      schools.schools(true).forEach(s -> urnsInUse.add(s.urn()));
    }
    String urn;
    do {
      urn = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
    } while (!urnsInUse.add(urn));
    return urn;
  }

  /** A cell's room is archived afterwards, so that the lists of bookable rooms stay short. */
  private void archiveRoom(long room) {
    if (room != 0) {
      var draft = rooms.draft(room);
      if (!rooms.room(room).archived()) {
        rooms.archive(room, draft.version());
      }
    }
  }

  private void reopenIfArchived(long school) {
    if (school != 0) {
      SchoolView now = schools.school(school);
      if (now.archived()) {
        schools.reopen(school, now.version());
      }
    }
  }

  private void asDemoAdmin() {
    actAs(people.findByEmail(EmailAddress.parse(DEMO_ADMIN)).orElseThrow().getId());
  }

  private void actAs(Long personId) {
    TestCallerIdentity.actAs(personId);
    currentUser.refresh();
  }

  private static PersonForm form(String emailPrefix) {
    return new PersonForm(uniqueEmail(emailPrefix), "Matrix", emailPrefix, "Tester");
  }

  private static String uniqueEmail(String prefix) {
    return "matrix."
        + prefix
        + "."
        + UUID.randomUUID().toString().substring(0, 12)
        + "@example.org";
  }

  private static InputStream csv(String email) {
    String text = "email,given name,family name,job title,role\n" + email + ",Ada,Import,,staff\n";
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean notFound(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof NotFoundException) {
        return true;
      }
    }
    return false;
  }

  private static boolean notPermitted(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof NotPermittedException) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Throwable thrown) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      text.append(text.length() == 0 ? "" : " <- ").append(t.getClass().getSimpleName());
      if (t instanceof BusinessException b) {
        text.append(" ").append(b.messageKey());
      } else if (t.getMessage() != null) {
        text.append(": ").append(t.getMessage().lines().findFirst().orElse(""));
      }
    }
    return text.toString();
  }
}
