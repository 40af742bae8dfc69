package org.trustintranet.web.support;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Ties every field to what is said about it, on every page at once (registered in faces-config for
 * the view's pre-render event): a field with a message of its own is {@code aria-invalid} and
 * {@code aria-describedby} its message, so a screen reader reads the error with the field; a field
 * with a hint (a component with the field's id and {@code Hint}, as the {@code t:field} tag makes
 * it) is described by the hint too. A field that is valid again loses both.
 *
 * <p>Rows of a list ({@code ui:repeat}, data tables) are not visited: a field there is one
 * component for every row, so one row's state cannot be told from another's, and visiting every row
 * of every list was a tenth of the home page's time in the benchmark.
 */
public class FieldDescriptions implements SystemEventListener {
  static final String HINT_SUFFIX = "Hint";
  private static final String DESCRIBED_BY = "aria-describedby";
  private static final String INVALID = "aria-invalid";

  @Override
  public boolean isListenerForSource(Object source) {
    return source instanceof UIViewRoot;
  }

  @Override
  public void processEvent(SystemEvent event) {
    FacesContext faces = FacesContext.getCurrentInstance();
    VisitContext visit =
        VisitContext.createVisitContext(
            faces, null, EnumSet.of(VisitHint.SKIP_UNRENDERED, VisitHint.SKIP_ITERATION));
    faces
        .getViewRoot()
        .visitTree(
            visit,
            (context, component) -> {
              if (iterates(component)) {
                return VisitResult.REJECT;
              }
              if (component instanceof UIMessage message && message.getFor() != null) {
                UIComponent target = message.findComponent(message.getFor());
                if (target instanceof UIInput field) {
                  describe(faces, field, message);
                }
              }
              return VisitResult.ACCEPT;
            });
  }

  /** A list's rows: a data table, or Facelets' {@code ui:repeat} (an implementation class). */
  static boolean iterates(UIComponent component) {
    return component instanceof UIData || component.getClass().getSimpleName().equals("UIRepeat");
  }

  private static void describe(FacesContext faces, UIInput field, UIMessage message) {
    Map<String, Object> attributes = field.getPassThroughAttributes();
    List<String> ids = new ArrayList<>();
    UIComponent hint = field.findComponent(field.getId() + HINT_SUFFIX);
    if (hint != null && hint.isRendered()) {
      ids.add(hint.getClientId(faces));
    }
    boolean invalid = !field.isValid() || !faces.getMessageList(field.getClientId(faces)).isEmpty();
    if (invalid) {
      ids.add(message.getClientId(faces));
      attributes.put(INVALID, "true");
    } else {
      attributes.remove(INVALID);
    }
    if (ids.isEmpty()) {
      attributes.remove(DESCRIBED_BY);
    } else {
      attributes.put(DESCRIBED_BY, String.join(" ", ids));
    }
  }
}
