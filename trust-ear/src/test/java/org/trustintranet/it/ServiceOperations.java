package org.trustintranet.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the operations people can call, by reflection over the deployed application: every public
 * method of every interface named {@code *Service} in a package {@code
 * org.trustintranet.<context>.application}, wherever on the class path it is (WEB-INF/classes or a
 * jar in WEB-INF/lib), plus the public methods of the classes given. An operation is named {@code
 * Type.method}; overloads get their parameter types, {@code Type.method(long,String)}.
 */
final class ServiceOperations {
  private static final String ROOT = "org/trustintranet";
  private static final Pattern SERVICE =
      Pattern.compile("org/trustintranet/[a-z0-9_]+/application/[A-Za-z0-9_]+Service\\.class");

  private ServiceOperations() {}

  /** The service interfaces found under {@code org.trustintranet}, by class name. */
  static SortedSet<String> serviceInterfaces(ClassLoader loader) {
    SortedSet<String> classFiles = new TreeSet<>();
    for (URL root : roots(loader)) {
      switch (root.getProtocol()) {
        case "jar" -> classFiles.addAll(inJar(root));
        case "file" -> classFiles.addAll(inDirectory(root));
        default ->
            throw new IllegalStateException(
                "Cannot scan "
                    + root
                    + " for service interfaces: teach ServiceOperations its protocol");
      }
    }
    SortedSet<String> interfaces = new TreeSet<>();
    for (String file : classFiles) {
      String name = file.substring(0, file.length() - ".class".length()).replace('/', '.');
      try {
        if (Class.forName(name, false, loader).isInterface()) {
          interfaces.add(name);
        }
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("Found " + file + " but cannot load it", e);
      }
    }
    return interfaces;
  }

  /** Every operation of the service interfaces and of {@code extraTypes}. */
  static SortedSet<String> discover(ClassLoader loader, Class<?>... extraTypes) {
    List<Class<?>> types = new ArrayList<>(Arrays.asList(extraTypes));
    for (String name : serviceInterfaces(loader)) {
      try {
        types.add(Class.forName(name, false, loader));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    SortedSet<String> operations = new TreeSet<>();
    types.forEach(type -> operations.addAll(operationsOf(type)));
    return operations;
  }

  /** The public instance methods a caller of {@code type} sees, Object's aside. */
  static SortedSet<String> operationsOf(Class<?> type) {
    List<Method> methods =
        Arrays.stream(type.getMethods())
            .filter(m -> m.getDeclaringClass() != Object.class)
            .filter(m -> !Modifier.isStatic(m.getModifiers()))
            .filter(m -> !m.isSynthetic() && !m.isBridge())
            .toList();
    SortedSet<String> names = new TreeSet<>();
    for (Method method : methods) {
      long sameName = methods.stream().filter(m -> m.getName().equals(method.getName())).count();
      String name = type.getSimpleName() + "." + method.getName();
      if (sameName > 1) {
        name +=
            Arrays.stream(method.getParameterTypes())
                .map(Class::getSimpleName)
                .collect(Collectors.joining(",", "(", ")"));
      }
      names.add(name);
    }
    return names;
  }

  /** Each place on the class path (a directory or a jar) that holds {@code org/trustintranet}. */
  private static Set<URL> roots(ClassLoader loader) {
    Set<URL> roots = new LinkedHashSet<>();
    try {
      roots.addAll(Collections.list(loader.getResources(ROOT)));
      roots.addAll(Collections.list(loader.getResources(ROOT + "/")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return roots;
  }

  private static List<String> inJar(URL root) {
    try {
      JarURLConnection connection = (JarURLConnection) root.openConnection();
      connection.setUseCaches(false); // our own copy: closing it leaves the class loader's alone
      try (JarFile jar = connection.getJarFile()) {
        return jar.stream().map(JarEntry::getName).filter(ServiceOperations::isService).toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + root, e);
    }
  }

  private static List<String> inDirectory(URL root) {
    try {
      Path packageDir = Path.of(root.toURI());
      Path classPathRoot = packageDir.getParent().getParent(); // above org/trustintranet
      try (Stream<Path> files = Files.walk(packageDir)) {
        return files
            .map(f -> classPathRoot.relativize(f).toString().replace('\\', '/'))
            .filter(ServiceOperations::isService)
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + root, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isService(String entryName) {
    return SERVICE.matcher(entryName).matches();
  }
}
