package org.trustintranet.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.trustintranet.kernel.domain.PersonStatus;
import org.trustintranet.membership.domain.Person;
import org.trustintranet.news.domain.SearchText;

/**
 * Writes a planned trust into the membership tables, and its news into the news tables, with JDBC
 * batches, committing every {@link #BATCH_SIZE} rows. Ids come from the plan, so no insert waits
 * for a generated key; afterwards the identity columns are moved past the largest id, so the
 * application's own inserts continue from there.
 */
final class DataSetWriter {
  static final int BATCH_SIZE = 1_000;

  private final Connection connection;
  private final boolean h2;

  /** How long the library's rows took (the full-text index is kept up to date as they go in). */
  private long libraryNanos;

  DataSetWriter(Connection connection) throws SQLException {
    this.connection = connection;
    this.h2 = "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
  }

  long libraryMillis() {
    return libraryNanos / 1_000_000;
  }

  /** Writes every row of {@code trust}; each person gets a credential with {@code passwordHash}. */
  void write(TrustDataSet trust, String passwordHash, Instant credentialsChangedAt)
      throws SQLException {
    write(trust, passwordHash, credentialsChangedAt, null, null, null, null, null);
  }

  /**
   * The trust, then its news (posts, their audiences, read marks and comments) and its rooms with
   * their bookings; news or rooms are left out when null.
   */
  void write(
      TrustDataSet trust,
      String passwordHash,
      Instant credentialsChangedAt,
      NewsDataSet news,
      NewsDataSet.Reads reads,
      NewsDataSet.Comments comments,
      RoomsDataSet rooms,
      RoomsDataSet.Bookings bookings)
      throws SQLException {
    write(
        trust,
        passwordHash,
        credentialsChangedAt,
        news,
        reads,
        comments,
        rooms,
        bookings,
        null,
        null);
  }

  /**
   * The trust, its news and rooms as above, then its resource library (resources, their search
   * text, their first versions on the shared files {@code blobs}, and ratings), left out when null.
   */
  void write(
      TrustDataSet trust,
      String passwordHash,
      Instant credentialsChangedAt,
      NewsDataSet news,
      NewsDataSet.Reads reads,
      NewsDataSet.Comments comments,
      RoomsDataSet rooms,
      RoomsDataSet.Bookings bookings,
      ResourcesDataSet library,
      List<LibraryFiles.Blob> blobs)
      throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      writeSchools(trust.schools);
      writePeople(trust.people);
      writeTrustRoles(trust.trustRoles);
      writeMemberships(trust.memberships);
      writeCredentials(trust.people, passwordHash, credentialsChangedAt);
      if (news != null) {
        writePosts(news.posts);
        writeAudiences(news.posts);
        writeReads(reads);
        writeComments(comments);
      }
      if (rooms != null) {
        writeRooms(rooms.rooms, credentialsChangedAt);
        writeBookings(bookings, credentialsChangedAt);
      }
      if (library != null) {
        long start = System.nanoTime();
        writeResources(library);
        writeResourceTexts(library);
        writeResourceVersions(library, blobs);
        writeRatings(library);
        libraryNanos = System.nanoTime() - start;
      }
      connection.commit();
      continueIdentityAfter("school", trust.schools.size());
      continueIdentityAfter("person", trust.people.size());
      continueIdentityAfter("membership", trust.memberships.size());
      if (news != null) {
        continueIdentityAfter("post", news.posts.size());
        continueIdentityAfter("post_comment", comments.size());
      }
      if (rooms != null) {
        continueIdentityAfter("room", rooms.rooms.size());
        continueIdentityAfter("booking", bookings.size());
      }
      if (library != null) {
        continueIdentityAfter("resource", library.size);
        continueIdentityAfter("resource_version", library.size);
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private void writeSchools(List<TrustDataSet.SchoolRow> schools) throws SQLException {
    try (Batch batch =
        new Batch(
            "INSERT INTO school (id, urn, name, phase, local_authority, address, head_teacher,"
                + " archived, version) VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, 0)")) {
      for (TrustDataSet.SchoolRow school : schools) {
        PreparedStatement row = batch.statement;
        row.setLong(1, school.id());
        row.setString(2, school.urn());
        row.setString(3, school.name());
        row.setString(4, school.phase().name());
        row.setString(5, school.localAuthority());
        row.setString(6, school.address());
        row.setString(7, school.headTeacher());
        batch.add();
      }
    }
  }

  private void writePeople(List<TrustDataSet.PersonRow> people) throws SQLException {
    try (Batch batch =
        new Batch(
            "INSERT INTO person (id, email, given_name, family_name, job_title, status, left_at,"
                + " version, search_text) VALUES (?, ?, ?, ?, ?, ?, NULL, 0, ?)")) {
      for (TrustDataSet.PersonRow person : people) {
        PreparedStatement row = batch.statement;
        row.setLong(1, person.id());
        row.setString(2, person.email());
        row.setString(3, person.givenName());
        row.setString(4, person.familyName());
        if (person.jobTitle() == null) {
          row.setNull(5, Types.VARCHAR);
        } else {
          row.setString(5, person.jobTitle());
        }
        row.setString(6, PersonStatus.ACTIVE.name());
        row.setString(
            7, Person.searchText(person.givenName(), person.familyName(), person.email()));
        batch.add();
      }
    }
  }

  private void writeTrustRoles(List<TrustDataSet.TrustRoleRow> roles) throws SQLException {
    try (Batch batch =
        new Batch("INSERT INTO person_trust_role (person_id, trust_role) VALUES (?, ?)")) {
      for (TrustDataSet.TrustRoleRow role : roles) {
        batch.statement.setLong(1, role.personId());
        batch.statement.setString(2, role.role().name());
        batch.add();
      }
    }
  }

  private void writeMemberships(List<TrustDataSet.MembershipRow> memberships) throws SQLException {
    try (Batch batch =
        new Batch(
            "INSERT INTO membership (id, person_id, school_id, role, started_at, ended_at,"
                + " current_marker) VALUES (?, ?, ?, ?, ?, NULL, 1)")) {
      for (TrustDataSet.MembershipRow membership : memberships) {
        PreparedStatement row = batch.statement;
        row.setLong(1, membership.id());
        row.setLong(2, membership.personId());
        row.setLong(3, membership.schoolId());
        row.setString(4, membership.role().name());
        row.setTimestamp(5, Timestamp.from(membership.startedAt()));
        batch.add();
      }
    }
  }

  private void writeCredentials(
      List<TrustDataSet.PersonRow> people, String passwordHash, Instant changedAt)
      throws SQLException {
    Timestamp changed = Timestamp.from(changedAt);
    try (Batch batch =
        new Batch(
            "INSERT INTO credential (person_id, password_hash, changed_at) VALUES (?, ?, ?)")) {
      for (TrustDataSet.PersonRow person : people) {
        batch.statement.setLong(1, person.id());
        batch.statement.setString(2, passwordHash);
        batch.statement.setTimestamp(3, changed);
        batch.add();
      }
    }
  }

  private void writePosts(List<NewsDataSet.PostRow> posts) throws SQLException {
    try (Batch batch =
        new Batch(
            "INSERT INTO post (id, title, summary, body, author_id, state, pinned, must_read,"
                + " published_at, created_at, updated_at, updated_by, search_text, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
      for (NewsDataSet.PostRow post : posts) {
        PreparedStatement row = batch.statement;
        row.setLong(1, post.id());
        row.setString(2, post.title());
        if (post.summary() == null) {
          row.setNull(3, Types.VARCHAR);
        } else {
          row.setString(3, post.summary());
        }
        row.setString(4, post.body());
        row.setLong(5, post.authorId());
        row.setString(6, post.state().name());
        row.setBoolean(7, post.pinned());
        row.setBoolean(8, post.mustRead());
        if (post.publishedAt() == null) {
          row.setNull(9, Types.TIMESTAMP);
        } else {
          row.setTimestamp(9, Timestamp.from(post.publishedAt()));
        }
        Timestamp created = Timestamp.from(post.createdAt());
        row.setTimestamp(10, created);
        row.setTimestamp(11, created);
        row.setLong(12, post.authorId());
        // The news search's text, as the application's Post keeps it; the database's full-text
        // index (MariaDB's FULLTEXT, H2's FullText trigger) indexes it as the row goes in.
        row.setString(13, SearchText.of(post.title(), post.summary(), post.body(), List.of()));
        batch.add();
      }
    }
  }

  /**
   * One row per stored key, as the application writes them: its Post maps only post_id and
   * audience_key (school_id and school_role stay empty).
   */
  private void writeAudiences(List<NewsDataSet.PostRow> posts) throws SQLException {
    try (Batch batch =
        new Batch("INSERT INTO post_audience (post_id, audience_key) VALUES (?, ?)")) {
      for (NewsDataSet.PostRow post : posts) {
        for (String key : post.audience().keys()) {
          batch.statement.setLong(1, post.id());
          batch.statement.setString(2, key);
          batch.add();
        }
      }
    }
  }

  private void writeReads(NewsDataSet.Reads reads) throws SQLException {
    try (Batch batch =
        new Batch(
            "INSERT INTO post_read (post_id, person_id, read_at, acknowledged_at)"
                + " VALUES (?, ?, ?, ?)")) {
      for (int i = 0; i < reads.size(); i++) {
        PreparedStatement row = batch.statement;
        row.setLong(1, reads.post()[i]);
        row.setLong(2, reads.person()[i]);
        row.setTimestamp(3, Timestamp.from(reads.readAt()[i]));
        Instant acknowledged = reads.acknowledgedAt()[i];
        if (acknowledged == null) {
          row.setNull(4, Types.TIMESTAMP);
        } else {
          row.setTimestamp(4, Timestamp.from(acknowledged));
        }
        batch.add();
      }
    }
  }

  private void writeComments(NewsDataSet.Comments comments) throws SQLException {
    try (Batch batch =
        new Batch(
            "INSERT INTO post_comment (id, post_id, author_id, body, created_at, version)"
                + " VALUES (?, ?, ?, ?, ?, 0)")) {
      for (int i = 0; i < comments.size(); i++) {
        PreparedStatement row = batch.statement;
        row.setLong(1, i + 1L);
        row.setLong(2, comments.post()[i]);
        row.setLong(3, comments.author()[i]);
        row.setString(4, NewsDataSet.COMMENTS[comments.text()[i]]);
        row.setTimestamp(5, Timestamp.from(comments.createdAt()[i]));
        batch.add();
      }
    }
  }

  private void writeRooms(List<RoomsDataSet.RoomRow> rooms, Instant at) throws SQLException {
    try (Batch batch =
        new Batch(
            "INSERT INTO room (id, school_id, name, capacity, facilities, location, directions,"
                + " sharing, approval_required, archived, created_at, updated_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, 0)")) {
      Timestamp when = Timestamp.from(at);
      for (RoomsDataSet.RoomRow room : rooms) {
        PreparedStatement row = batch.statement;
        row.setLong(1, room.id());
        row.setLong(2, room.schoolId());
        row.setString(3, room.name());
        row.setInt(4, room.capacity());
        row.setString(5, room.facilityNames());
        row.setString(6, "Ground floor");
        row.setString(7, "Ask at reception; visitors sign in first.");
        row.setString(8, room.sharing().name());
        row.setBoolean(9, room.approvalRequired());
        row.setTimestamp(10, when);
        row.setTimestamp(11, when);
        batch.add();
      }
    }
  }

  private void writeBookings(RoomsDataSet.Bookings bookings, Instant at) throws SQLException {
    try (Batch batch =
        new Batch(
            "INSERT INTO booking (id, room_id, starts_at, ends_at, title, purpose, attendees,"
                + " organiser_id, status, created_at, updated_at, version)"
                + " VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, 0)")) {
      Timestamp when = Timestamp.from(at);
      for (int i = 0; i < bookings.size(); i++) {
        PreparedStatement row = batch.statement;
        row.setLong(1, i + 1L);
        row.setLong(2, bookings.room()[i]);
        row.setTimestamp(3, Timestamp.from(bookings.startsAt()[i]));
        row.setTimestamp(4, Timestamp.from(bookings.endsAt()[i]));
        row.setString(5, RoomsDataSet.title(bookings.title()[i]));
        row.setInt(6, 1 + (i % 8));
        row.setLong(7, bookings.organiser()[i]);
        row.setString(8, bookings.status()[i].name());
        row.setTimestamp(9, when);
        row.setTimestamp(10, when);
        batch.add();
      }
    }
  }

  private void writeResources(ResourcesDataSet library) throws SQLException {
    try (Batch batch =
        new Batch(
            "INSERT INTO resource (id, school_id, owner_id, title, description, subject,"
                + " key_stage, year_groups, resource_type, licence, visibility, tags, link_url,"
                + " state, withdrawn_at, current_version, downloads, rating_count, rating_total,"
                + " rating_score, assured_by, assured_at, assured_until, problems, created_at,"
                + " updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?,"
                + " 1, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 0)")) {
      int[] count = new int[library.size];
      int[] total = new int[library.size];
      ResourcesDataSet.Ratings ratings = library.ratings;
      for (int r = 0; r < ratings.size(); r++) {
        int i = (int) ratings.resource()[r] - 1;
        count[i]++;
        total[i] += ratings.stars()[r];
      }
      for (int i = 0; i < library.size; i++) {
        ResourcesDataSet.Text text = library.text(i);
        PreparedStatement row = batch.statement;
        row.setLong(1, i + 1L);
        row.setLong(2, library.school[i]);
        row.setLong(3, library.owner[i]);
        row.setString(4, text.title());
        row.setString(5, text.description());
        row.setString(6, library.subject(i).name());
        row.setString(7, library.stage(i).name());
        row.setString(8, library.yearGroups(i));
        row.setString(9, library.type(i).name());
        row.setString(10, library.licence(i).name());
        row.setString(11, library.schoolOnly[i] ? "SCHOOL" : "TRUST");
        row.setString(12, String.join(",", text.tags()));
        row.setString(13, library.withdrawn[i] ? "WITHDRAWN" : "ACTIVE");
        if (library.withdrawn[i]) {
          row.setTimestamp(14, Timestamp.from(library.withdrawnAt(i)));
        } else {
          row.setNull(14, Types.TIMESTAMP);
        }
        row.setLong(15, library.downloads[i]);
        row.setInt(16, count[i]);
        row.setInt(17, total[i]);
        row.setDouble(18, count[i] == 0 ? 0 : (double) total[i] / count[i]);
        if (library.assured[i] != 0) {
          row.setLong(19, library.assuredBy[i]);
          row.setTimestamp(20, Timestamp.from(library.assuredAt(i)));
          row.setDate(21, java.sql.Date.valueOf(library.assuredUntil(i)));
        } else {
          row.setNull(19, Types.BIGINT);
          row.setNull(20, Types.TIMESTAMP);
          row.setNull(21, Types.DATE);
        }
        Timestamp created = Timestamp.from(library.createdAt(i));
        row.setTimestamp(22, created);
        row.setTimestamp(23, created);
        batch.add();
      }
    }
  }

  /** The words each resource is found by; the full-text index takes them as the rows go in. */
  private void writeResourceTexts(ResourcesDataSet library) throws SQLException {
    try (Batch batch =
        new Batch("INSERT INTO resource_text (resource_id, search_text) VALUES (?, ?)")) {
      for (int i = 0; i < library.size; i++) {
        batch.statement.setLong(1, i + 1L);
        batch.statement.setString(2, library.text(i).searchText());
        batch.add();
      }
    }
  }

  /** Version 1 of each resource, its file one of the shared blobs, its inner text read. */
  private void writeResourceVersions(ResourcesDataSet library, List<LibraryFiles.Blob> blobs)
      throws SQLException {
    try (Batch batch =
        new Batch(
            "INSERT INTO resource_version (id, resource_id, number, content_id, file_name,"
                + " media_type, size, thumbnail_id, change_note, created_by, created_at,"
                + " text_state, inner_text) VALUES (?, ?, 1, ?, ?, ?, ?, NULL, NULL, ?, ?,"
                + " 'DONE', ?)")) {
      for (int i = 0; i < library.size; i++) {
        LibraryFiles.Blob file = blobs.get(library.blob[i]);
        PreparedStatement row = batch.statement;
        row.setLong(1, i + 1L);
        row.setLong(2, i + 1L);
        row.setString(3, file.sha256Hex());
        row.setString(4, file.fileName());
        row.setString(5, file.mediaType());
        row.setLong(6, file.size());
        row.setLong(7, library.owner[i]);
        row.setTimestamp(8, Timestamp.from(library.createdAt(i)));
        row.setString(9, library.text(i).inner());
        batch.add();
      }
    }
  }

  /** The staff networks and their members, after everything else (they name the staff). */
  void writeNetworks(NetworksDataSet set, Instant at) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      try (Batch batch =
          new Batch(
              "INSERT INTO network (id, name, purpose, kind, joining, cohort, ends_on, created_by,"
                  + " created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, NULL, 1, ?, ?, 0)")) {
        for (NetworksDataSet.NetworkRow n : set.networks) {
          PreparedStatement row = batch.statement;
          row.setLong(1, n.id());
          row.setString(2, n.name());
          row.setString(3, n.purpose());
          row.setString(4, n.kind().name());
          row.setString(5, n.joining().name());
          row.setBoolean(6, n.cohort());
          row.setTimestamp(7, Timestamp.from(at));
          row.setTimestamp(8, Timestamp.from(at));
          batch.add();
        }
      }
      try (Batch batch =
          new Batch(
              "INSERT INTO network_member (id, network_id, person_id, role, state, lapses_on,"
                  + " since) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        for (NetworksDataSet.MemberRow m : set.members) {
          PreparedStatement row = batch.statement;
          row.setLong(1, m.id());
          row.setLong(2, m.networkId());
          row.setLong(3, m.personId());
          row.setString(4, m.role());
          row.setString(5, m.state());
          if (m.lapsesOn() == null) {
            row.setNull(6, Types.DATE);
          } else {
            row.setDate(6, java.sql.Date.valueOf(m.lapsesOn()));
          }
          row.setTimestamp(7, Timestamp.from(at));
          batch.add();
        }
      }
      writeSessions(set);
      writeCoaching(set);
      connection.commit();
      continueIdentityAfter("network", set.networks.size());
      continueIdentityAfter("network_member", set.members.size());
      continueIdentityAfter("network_session", set.sessions.size());
      continueIdentityAfter("coaching_pair", set.pairs.size());
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private void writeCoaching(NetworksDataSet set) throws SQLException {
    try (Batch batch =
        new Batch(
            "INSERT INTO coaching_pair (id, network_id, coach_id, coachee_id, year_ends, ended_at,"
                + " ended_why, last_met, meetings, created_by, created_at, version)"
                + " VALUES (?, ?, ?, ?, ?, NULL, NULL, ?, ?, 1, ?, 0)")) {
      for (NetworksDataSet.PairRow p : set.pairs) {
        PreparedStatement row = batch.statement;
        row.setLong(1, p.id());
        row.setLong(2, p.networkId());
        row.setLong(3, p.coachId());
        row.setLong(4, p.coacheeId());
        row.setDate(5, java.sql.Date.valueOf(p.yearEnds()));
        if (p.lastMet() == null) {
          row.setNull(6, Types.DATE);
        } else {
          row.setDate(6, java.sql.Date.valueOf(p.lastMet()));
        }
        row.setInt(7, p.meetings());
        row.setTimestamp(8, Timestamp.from(p.createdAt()));
        batch.add();
      }
    }
    try (Batch batch =
        new Batch(
            "INSERT INTO coaching_meeting (pair_id, met_on, actions, notes, logged_by, logged_at)"
                + " VALUES (?, ?, 'Agreed next steps', 'Notes for the pair only', ?, ?)")) {
      for (NetworksDataSet.MeetingRow m : set.meetings) {
        PreparedStatement row = batch.statement;
        row.setLong(1, m.pairId());
        row.setDate(2, java.sql.Date.valueOf(m.metOn()));
        row.setLong(3, m.loggedBy());
        row.setTimestamp(
            4, Timestamp.from(m.metOn().atTime(18, 0).atZone(NetworksDataSet.ZONE).toInstant()));
        batch.add();
      }
    }
  }

  private void writeSessions(NetworksDataSet set) throws SQLException {
    try (Batch batch =
        new Batch(
            "INSERT INTO network_session (id, network_id, title, agenda, starts_at, ends_at,"
                + " room_id, booking_id, place, online_link, capacity, booked, cancelled,"
                + " created_by, created_at, version)"
                + " VALUES (?, ?, ?, '', ?, ?, NULL, NULL, ?, ?, ?, ?, FALSE, 1, ?, 0)")) {
      for (NetworksDataSet.SessionRow s : set.sessions) {
        PreparedStatement row = batch.statement;
        row.setLong(1, s.id());
        row.setLong(2, s.networkId());
        row.setString(3, s.title());
        row.setTimestamp(4, Timestamp.from(s.start()));
        row.setTimestamp(5, Timestamp.from(s.end()));
        row.setString(6, s.place());
        row.setString(7, s.link());
        row.setInt(8, s.capacity());
        row.setInt(9, s.booked());
        row.setTimestamp(10, Timestamp.from(s.start().minusSeconds(30L * 86_400)));
        batch.add();
      }
    }
    try (Batch batch =
        new Batch(
            "INSERT INTO network_session_place (session_id, person_id, state, signed_at, attended)"
                + " VALUES (?, ?, ?, ?, NULL)")) {
      for (NetworksDataSet.PlaceRow p : set.places) {
        PreparedStatement row = batch.statement;
        row.setLong(1, p.sessionId());
        row.setLong(2, p.personId());
        row.setString(3, p.state());
        row.setTimestamp(4, Timestamp.from(p.signedAt()));
        batch.add();
      }
    }
  }

  private void writeRatings(ResourcesDataSet library) throws SQLException {
    ResourcesDataSet.Ratings ratings = library.ratings;
    try (Batch batch =
        new Batch(
            "INSERT INTO resource_rating (resource_id, person_id, stars, review, rated_at)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      for (int r = 0; r < ratings.size(); r++) {
        int i = (int) ratings.resource()[r] - 1;
        PreparedStatement row = batch.statement;
        row.setLong(1, ratings.resource()[r]);
        row.setLong(2, ratings.person()[r]);
        row.setInt(3, ratings.stars()[r]);
        String review = ResourcesDataSet.Ratings.review(ratings.review()[r]);
        if (review == null) {
          row.setNull(4, Types.VARCHAR);
        } else {
          row.setString(4, review);
        }
        row.setTimestamp(
            5, Timestamp.from(library.createdAt(i).plusSeconds(43_200L * library.ageDays[i])));
        batch.add();
      }
    }
  }

  /**
   * MySQL and MariaDB move AUTO_INCREMENT past explicit ids by themselves; H2 does not, so its
   * identity is restarted after the largest id.
   */
  /** The focus areas the networks' migration lists, their ids in id order. */
  List<Long> focusAreaIds() throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT id FROM focus_area ORDER BY id")) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    }
    return ids;
  }

  /** The teaching profiles and their areas ({@code areaIds}: the focus areas by index). */
  void writeProfiles(ProfilesDataSet set, List<Long> areaIds, Instant at) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      try (Batch batch =
          new Batch(
              "INSERT INTO teaching_profile (person_id, visibility, updated_at, version)"
                  + " VALUES (?, ?, ?, 0)")) {
        for (ProfilesDataSet.ProfileRow p : set.profiles) {
          PreparedStatement row = batch.statement;
          row.setLong(1, p.personId());
          row.setString(2, p.visibility().name());
          row.setTimestamp(3, Timestamp.from(at));
          batch.add();
        }
      }
      try (Batch batch =
          new Batch("INSERT INTO profile_area (person_id, area_id, kind) VALUES (?, ?, ?)")) {
        for (ProfilesDataSet.AreaRow a : set.areas) {
          PreparedStatement row = batch.statement;
          row.setLong(1, a.personId());
          row.setLong(2, areaIds.get(a.area()));
          row.setString(3, a.kind().name());
          batch.add();
        }
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /** The programmes and their sessions and visit days, all published. */
  void writeProgrammes(ProgrammesDataSet set, Instant at) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      try (Batch batch =
          new Batch(
              "INSERT INTO programme (id, title, career_stage, description, provider_school_id,"
                  + " term, places, taken, cost_pence, state, created_by, created_at, version)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, 'PUBLISHED', ?, ?, 0)")) {
        for (ProgrammesDataSet.ProgrammeRow p : set.programmes) {
          PreparedStatement row = batch.statement;
          row.setLong(1, p.id());
          row.setString(2, p.title());
          row.setString(3, p.stage().name());
          row.setString(4, p.description());
          row.setLong(5, p.providerSchoolId());
          row.setString(6, p.term());
          row.setInt(7, p.places());
          row.setInt(8, p.costPence());
          row.setLong(9, p.createdBy());
          row.setTimestamp(10, Timestamp.from(at));
          batch.add();
        }
      }
      try (Batch batch =
          new Batch(
              "INSERT INTO programme_session (programme_id, kind, held_on, starts, ends, place,"
                  + " online_link) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        for (ProgrammesDataSet.SessionRow s : set.sessions) {
          PreparedStatement row = batch.statement;
          row.setLong(1, s.programmeId());
          row.setString(2, s.kind().name());
          row.setDate(3, java.sql.Date.valueOf(s.day()));
          row.setTime(4, java.sql.Time.valueOf(s.starts()));
          row.setTime(5, java.sql.Time.valueOf(s.ends()));
          row.setString(6, s.place());
          row.setString(7, s.onlineLink());
          batch.add();
        }
      }
      connection.commit();
      continueIdentityAfter("programme", set.programmes.size());
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /** The published case studies, their authors and their search texts. */
  void writeCaseStudies(CaseStudiesDataSet set, List<Long> areaIds, Instant at)
      throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      try (Batch batch =
          new Batch(
              "INSERT INTO case_study (id, title, school_id, phase, focus_area_id, subject,"
                  + " context, actions, impact, contact, state, created_by, created_at,"
                  + " updated_at, published_at, version)"
                  + " VALUES (?, ?, ?, ?, ?, '', ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, ?, 0)")) {
        for (CaseStudiesDataSet.CaseStudyRow c : set.caseStudies) {
          PreparedStatement row = batch.statement;
          row.setLong(1, c.id());
          row.setString(2, c.title());
          row.setLong(3, c.schoolId());
          row.setString(4, c.phase().name());
          row.setLong(5, areaIds.get(c.area()));
          row.setString(6, c.context());
          row.setString(7, c.actions());
          row.setString(8, c.impact());
          row.setString(9, c.contact());
          row.setLong(10, c.createdBy());
          row.setTimestamp(11, Timestamp.from(at));
          row.setTimestamp(12, Timestamp.from(c.publishedAt()));
          row.setTimestamp(13, Timestamp.from(c.publishedAt()));
          batch.add();
        }
      }
      try (Batch batch =
          new Batch("INSERT INTO case_study_author (case_study_id, person_id) VALUES (?, ?)")) {
        for (CaseStudiesDataSet.CaseStudyRow c : set.caseStudies) {
          batch.statement.setLong(1, c.id());
          batch.statement.setLong(2, c.createdBy());
          batch.add();
        }
      }
      try (Batch batch =
          new Batch("INSERT INTO case_study_text (case_study_id, search_text) VALUES (?, ?)")) {
        for (CaseStudiesDataSet.CaseStudyRow c : set.caseStudies) {
          batch.statement.setLong(1, c.id());
          batch.statement.setString(2, c.searchText());
          batch.add();
        }
      }
      connection.commit();
      continueIdentityAfter("case_study", set.caseStudies.size());
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private void continueIdentityAfter(String table, long largestId) throws SQLException {
    if (h2) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(
            "ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + (largestId + 1));
      }
    }
  }

  /** One statement's batch: executed and committed every {@link #BATCH_SIZE} rows. */
  private final class Batch implements AutoCloseable {
    final PreparedStatement statement;
    private int pending;

    Batch(String sql) throws SQLException {
      statement = connection.prepareStatement(sql);
    }

    void add() throws SQLException {
      statement.addBatch();
      if (++pending == BATCH_SIZE) {
        flush();
      }
    }

    private void flush() throws SQLException {
      if (pending > 0) {
        statement.executeBatch();
        connection.commit();
        pending = 0;
      }
    }

    @Override
    public void close() throws SQLException {
      try {
        flush();
      } finally {
        statement.close();
      }
    }
  }
}
