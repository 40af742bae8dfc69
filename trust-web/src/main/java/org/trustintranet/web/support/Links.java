package org.trustintranet.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Addresses of the pages that lists link to once a row ({@code href="#{links.post(item.id())}"}),
 * the same that {@code h:link} would write. In a repeated row an {@code h:link} asks the navigation
 * handler and the view declaration language for its address on every row: the benchmark's feed
 * spent about a tenth of its time there, and the template's navigation another twentieth.
 */
@Named
@ApplicationScoped
public class Links {
  /**
   * A page by its view id without the extension ({@code #{links.to('/staff/directory')}}): the
   * template's navigation and other fixed links, written on every page.
   */
  public String to(String viewId) {
    return page(viewId + ".xhtml");
  }

  /** A news post. */
  public String post(long id) {
    return page("/news/post.xhtml?id=" + id);
  }

  /** The home feed narrowed to one tag. */
  public String tag(String tag) {
    return page("/index.xhtml?tag=" + encode(tag));
  }

  /** An author's page: who they are and their posts. */
  public String author(long personId) {
    return page("/news/author.xhtml?id=" + personId);
  }

  /** The home feed narrowed to one school. */
  public String schoolNews(long schoolId) {
    return page("/index.xhtml?school=" + schoolId);
  }

  /** A school's page. */
  public String school(long schoolId) {
    return page("/schools/school.xhtml?id=" + schoolId);
  }

  /** A school admin's membership page of a school. */
  public String members(long schoolId) {
    return page("/schools/members.xhtml?id=" + schoolId);
  }

  /** A room's page: its details, next days and booking form. */
  public String room(long id) {
    return page("/rooms/room.xhtml?id=" + id);
  }

  /** The calendar of a school's rooms. */
  public String schoolRooms(long schoolId) {
    return page("/rooms/calendar.xhtml?school=" + schoolId);
  }

  /** A resource of the library: its page. */
  public String resource(long id) {
    return page("/library/resource.xhtml?id=" + id);
  }

  /** A version's file of a library resource, to download. */
  public String resourceFile(long id, int version) {
    return page("/library/file/" + id + "/" + version);
  }

  /** A staff network's page. */
  public String network(long id) {
    return page("/networks/network.xhtml?id=" + id);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String page(String path) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + path;
  }
}
