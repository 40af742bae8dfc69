package org.trustintranet.web.rooms;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.kernel.domain.NotPermittedException;
import org.trustintranet.rooms.application.PeriodView;
import org.trustintranet.rooms.application.SchoolPeriodsService;
import org.trustintranet.rooms.domain.Timetable;
import org.trustintranet.web.support.Feedback;
import org.trustintranet.web.support.IdPage;
import org.trustintranet.web.support.ViewParams;

/**
 * Backs rooms/periods.xhtml?school=ID: a school's periods ("Period 1" 08:50-09:50 ... "Lunch"), for
 * its admins and trust admins, edited as lines of a form and saved together; lines left empty are
 * ignored. Its rooms' booking forms offer them. Someone else gets 403, a school that does not exist
 * 404.
 */
@Named
@ViewScoped
public class PeriodsPage extends IdPage {
  private static final long serialVersionUID = 1L;

  @Inject SchoolPeriodsService periods;
  @Inject Feedback feedback;

  private boolean loaded;
  private List<PeriodRow> rows = new ArrayList<>();

  public void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    loaded = false;
    if (getId() == null) {
      ViewParams.notFound(faces);
      return;
    }
    List<PeriodView> current;
    try {
      current = periods.periods(getId());
    } catch (NotFoundException e) {
      ViewParams.notFound(faces);
      return;
    } catch (NotPermittedException e) {
      ViewParams.forbidden(faces);
      return;
    }
    rows = new ArrayList<>();
    for (PeriodView p : current) {
      rows.add(new PeriodRow(p.name(), p.starts().toString(), p.ends().toString()));
    }
    if (rows.size() < Timetable.MAX_PERIODS) {
      rows.add(new PeriodRow(null, null, null));
    }
    loaded = true;
  }

  /** One more empty line (up to the most periods a school has). */
  public void addRow() {
    if (loaded && rows.size() < Timetable.MAX_PERIODS) {
      rows.add(new PeriodRow(null, null, null));
    }
  }

  public void removeRow(PeriodRow row) {
    rows.remove(row);
  }

  /** Saves the lines that are not empty as the school's periods. */
  public void save() {
    if (!loaded) {
      return;
    }
    List<PeriodView> chosen = new ArrayList<>();
    for (PeriodRow row : rows) {
      if (row.isBlank()) {
        continue;
      }
      try {
        chosen.add(new PeriodView(row.getName(), time(row.getStarts()), time(row.getEnds())));
      } catch (DateTimeParseException e) {
        feedback.error("rooms.book.time.invalid");
        FacesContext.getCurrentInstance().validationFailed();
        return;
      }
    }
    if (feedback.attempt(() -> periods.changePeriods(getId(), chosen), "rooms.periods.saved")) {
      load();
    }
  }

  /** The time typed, or null when none was (the service says that a time is missing). */
  private static LocalTime time(String text) {
    return text == null || text.isBlank() ? null : LocalTime.parse(text.strip());
  }

  public boolean isLoaded() {
    return loaded;
  }

  public boolean isMayAddRow() {
    return rows.size() < Timetable.MAX_PERIODS;
  }

  public List<PeriodRow> getRows() {
    return rows;
  }
}
