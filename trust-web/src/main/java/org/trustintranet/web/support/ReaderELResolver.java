package org.trustintranet.web.support;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Calls, from pages, the methods of the records that services return ({@code #{item.title()}}, or
 * {@code #{item.title}}) and of our own beans ({@code #{links.post(item.id())}}), each method
 * looked up once per class. Expression Language 5 knows no records, and its bean resolver looked
 * every such call up by reflection on every evaluation, copying every public method of the class
 * each time: the benchmark's feed spent about a tenth of its time there. Only a public method of a
 * public class, the one of its name with that many parameters (no varargs), is handled here;
 * anything else goes on to the resolvers after this one, as before. Arguments are coerced the way
 * Expression Language coerces them. Read-only: a record has no setters.
 */
public class ReaderELResolver extends ELResolver {
  /** Our own classes (beans, their CDI proxies, records): Faces' and libraries' are left alone. */
  private static final String OURS = "org.trustintranet.";

  private static final ClassValue<Map<String, Method>> METHODS =
      new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
          return methodsOf(type);
        }
      };

  /** Each public method by "name/arity", only where no other public method has both. */
  static Map<String, Method> methodsOf(Class<?> type) {
    Map<String, Method> unique = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    if (!Modifier.isPublic(type.getModifiers())) {
      return Map.of();
    }
    for (Method method : type.getMethods()) {
      if (Modifier.isStatic(method.getModifiers())
          || method.isVarArgs()
          || method.isBridge()
          || !Modifier.isPublic(method.getDeclaringClass().getModifiers())
          || method.getDeclaringClass() == Object.class) {
        continue;
      }
      String key = key(method.getName(), method.getParameterCount());
      Method known = unique.putIfAbsent(key, method);
      if (known != null && !sameSignature(known, method)) {
        ambiguous.add(key);
      }
    }
    ambiguous.forEach(unique::remove);
    return Map.copyOf(unique);
  }

  private static boolean sameSignature(Method a, Method b) {
    return java.util.Arrays.equals(a.getParameterTypes(), b.getParameterTypes());
  }

  private static String key(String name, int arity) {
    return name + "/" + arity;
  }

  /** The method this resolver calls for {@code base.name(arity arguments)}, or null. */
  static Method method(Object base, Object name, int arity) {
    if (base == null || !(name instanceof String text)) {
      return null;
    }
    if (!(base instanceof Record) && !base.getClass().getName().startsWith(OURS)) {
      return null;
    }
    return METHODS.get(base.getClass()).get(key(text, arity));
  }

  /** A record's component (or other method without parameters) read as a property. */
  private static Method reader(Object base, Object property) {
    if (!(base instanceof Record)) {
      return null;
    }
    Method reader = method(base, property, 0);
    return reader == null || reader.getReturnType() == void.class ? null : reader;
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    Method reader = reader(base, property);
    if (reader == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    return call(reader, base, new Object[0]);
  }

  @Override
  public Object invoke(
      ELContext context, Object base, Object name, Class<?>[] paramTypes, Object[] params) {
    Object[] given = params == null ? new Object[0] : params;
    Method method = method(base, name, given.length);
    if (method == null) {
      return null;
    }
    Class<?>[] types = method.getParameterTypes();
    Object[] arguments = new Object[given.length];
    for (int i = 0; i < given.length; i++) {
      Object value = given[i];
      boolean fits = value != null ? boxed(types[i]).isInstance(value) : !types[i].isPrimitive();
      arguments[i] = fits ? value : context.convertToType(value, types[i]);
    }
    context.setPropertyResolved(base, name);
    return call(method, base, arguments);
  }

  private static Class<?> boxed(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    return java.lang.invoke.MethodType.methodType(type).wrap().returnType();
  }

  private static Object call(Method method, Object base, Object[] arguments) {
    try {
      return method.invoke(base, arguments);
    } catch (InvocationTargetException e) {
      throw new ELException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new ELException(e);
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    if (reader(base, property) != null) {
      context.setPropertyResolved(base, property);
    }
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (reader(base, property) != null) {
      context.setPropertyResolved(base, property);
      throw new PropertyNotWritableException(property + " of a record cannot be set");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (reader(base, property) != null) {
      context.setPropertyResolved(base, property);
      return true;
    }
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base instanceof Record ? String.class : null;
  }
}
