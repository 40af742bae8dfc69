package org.trustintranet.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELException;
import jakarta.el.ELProcessor;
import jakarta.el.PropertyNotWritableException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pages read records and call our beans through ReaderELResolver, as they did without it. */
class ReaderELResolverTest {
  public record Item(long id, String title, List<String> tags) {
    public boolean tagged() {
      return !tags.isEmpty();
    }
  }

  public static class Addresses {
    public String post(long id) {
      return "/news/post.xhtml?id=" + id;
    }

    public String join(String a, Integer b) {
      return a + ":" + b;
    }

    public String twice(String text) {
      return text + text;
    }

    public String twice(long number) {
      return String.valueOf(number * 2);
    }

    public String fail() {
      throw new IllegalStateException("refused");
    }
  }

  private ELProcessor el;

  @BeforeEach
  void setUp() {
    el = new ELProcessor();
    el.getELManager().addELResolver(new ReaderELResolver());
    el.defineBean("item", new Item(7, "Learning together", List.of("ITT")));
    el.defineBean("links", new Addresses());
  }

  private Object value(String expression) {
    return el.eval(expression);
  }

  @Test
  void readsARecordsComponentsAsMethodsOrProperties() {
    assertEquals("Learning together", value("item.title()"));
    assertEquals("Learning together", value("item.title"));
    assertEquals(7L, value("item.id()"));
    assertEquals(true, value("item.tagged()"));
    assertEquals("ITT", value("item.tags()[0]"));
  }

  @Test
  void callsOurBeansWithArgumentsCoercedAsExpressionLanguageDoes() {
    assertEquals("/news/post.xhtml?id=7", value("links.post(item.id())"));
    assertEquals("/news/post.xhtml?id=12", value("links.post('12')"));
    assertEquals("a:null", value("links.join('a', null)"));
    assertEquals("/news/post.xhtml?id=0", value("links.post(null)"));
  }

  @Test
  void leavesOverloadedMethodsToTheBeanResolver() {
    assertNull(ReaderELResolver.method(new Addresses(), "twice", 1));
    assertNotNull(ReaderELResolver.method(new Addresses(), "post", 1));
    assertEquals("abab", value("links.twice('ab')"));
  }

  @Test
  void leavesOtherClassesAlone() {
    assertNull(ReaderELResolver.method("text", "length", 0));
    assertNull(ReaderELResolver.method(new Addresses(), "toString", 0));
    assertEquals(4, value("'text'.length()"));
  }

  @Test
  void failuresOfTheCalledMethodReachTheCallerAsExpressionLanguageFailures() {
    ELException e = assertThrows(ELException.class, () -> value("links.fail()"));
    assertTrue(e.getCause() instanceof IllegalStateException, String.valueOf(e.getCause()));
  }

  @Test
  void recordsStayReadOnly() {
    assertThrows(PropertyNotWritableException.class, () -> el.setValue("item.title", "Changed"));
  }
}
