package org.trustintranet.web.news;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.trustintranet.kernel.domain.NotFoundException;
import org.trustintranet.news.application.AcknowledgementCount;
import org.trustintranet.news.application.MustReadService;
import org.trustintranet.news.application.NewsService;
import org.trustintranet.news.application.PostView;
import org.trustintranet.web.support.Feedback;
import org.trustintranet.web.support.IdPage;
import org.trustintranet.web.support.ViewParams;

/**
 * Backs news/post.xhtml: one post, for a reader it is aimed at (or its editors). A post the reader
 * may not see answers 404, as one that does not exist. A must-read has its "I have read this"
 * button; its author and editors see how many have acknowledged it, per school.
 */
@Named
@ViewScoped
public class PostPage extends IdPage {
  private static final long serialVersionUID = 1L;

  @Inject NewsService news;
  @Inject MustReadService mustRead;
  @Inject Feedback feedback;

  private PostView post;
  private List<AcknowledgementCount> acknowledgements = List.of();

  public void load() {
    post = null;
    if (getId() != null) {
      try {
        post = news.read(getId());
      } catch (NotFoundException e) {
        post = null;
      }
    }
    if (post == null) {
      ViewParams.notFound(FacesContext.getCurrentInstance());
      return;
    }
    acknowledgements =
        post.maySeeAcknowledgements() ? mustRead.acknowledgements(getId()) : List.of();
  }

  public void acknowledge() {
    if (post != null
        && feedback.attempt(() -> mustRead.acknowledge(getId()), "news.acknowledged")) {
      load();
    }
  }

  public PostView getPost() {
    return post;
  }

  public List<AcknowledgementCount> getAcknowledgements() {
    return acknowledgements;
  }
}
