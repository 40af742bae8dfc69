package org.trustintranet.resources.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.trustintranet.resources.domain.KeyStage;
import org.trustintranet.resources.domain.Licence;
import org.trustintranet.resources.domain.ResourceMetadata;
import org.trustintranet.resources.domain.ResourceType;
import org.trustintranet.resources.domain.Subject;
import org.trustintranet.resources.domain.Visibility;

/**
 * What the share and edit forms send: the owning school (sharing only) and the metadata, as typed.
 * The service turns it into {@link ResourceMetadata}, which checks it.
 */
public class ResourceForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private Long schoolId;
  private String title;
  private String description;
  private Subject subject;
  private KeyStage keyStage;
  private List<Integer> yearGroups = new ArrayList<>();
  private ResourceType type;
  private Licence licence;
  private Visibility visibility = Visibility.TRUST;
  private String tags;
  private String link;

  /** The form filled with a resource's metadata, for editing. */
  public static ResourceForm of(ResourceMetadata m) {
    ResourceForm form = new ResourceForm();
    form.title = m.title();
    form.description = m.description();
    form.subject = m.subject();
    form.keyStage = m.keyStage();
    form.yearGroups = new ArrayList<>(m.yearGroups());
    form.type = m.type();
    form.licence = m.licence();
    form.visibility = m.visibility();
    form.tags = String.join(", ", m.tags());
    form.link = m.link();
    return form;
  }

  /**
   * The metadata, checked.
   *
   * @throws org.trustintranet.kernel.domain.BusinessException naming what is wrong
   */
  public ResourceMetadata metadata() {
    return new ResourceMetadata(
        title,
        description,
        subject,
        keyStage,
        yearGroups == null ? null : java.util.Set.copyOf(yearGroups),
        type,
        licence,
        visibility == null ? Visibility.SCHOOL : visibility,
        ResourceMetadata.parseTags(tags),
        link);
  }

  public Long getSchoolId() {
    return schoolId;
  }

  public void setSchoolId(Long schoolId) {
    this.schoolId = schoolId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Subject getSubject() {
    return subject;
  }

  public void setSubject(Subject subject) {
    this.subject = subject;
  }

  public KeyStage getKeyStage() {
    return keyStage;
  }

  public void setKeyStage(KeyStage keyStage) {
    this.keyStage = keyStage;
  }

  public List<Integer> getYearGroups() {
    return yearGroups;
  }

  public void setYearGroups(List<Integer> yearGroups) {
    this.yearGroups = yearGroups;
  }

  public ResourceType getType() {
    return type;
  }

  public void setType(ResourceType type) {
    this.type = type;
  }

  public Licence getLicence() {
    return licence;
  }

  public void setLicence(Licence licence) {
    this.licence = licence;
  }

  public Visibility getVisibility() {
    return visibility;
  }

  public void setVisibility(Visibility visibility) {
    this.visibility = visibility;
  }

  public String getTags() {
    return tags;
  }

  public void setTags(String tags) {
    this.tags = tags;
  }

  public String getLink() {
    return link;
  }

  public void setLink(String link) {
    this.link = link;
  }

  @Override
  public String toString() {
    return "ResourceForm[school=" + schoolId + ", title=" + title + "]";
  }
}
