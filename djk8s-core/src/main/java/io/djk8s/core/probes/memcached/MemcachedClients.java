package io.djk8s.core.probes.memcached;

import io.djk8s.core.builtin.ProbeHost;
import io.djk8s.core.net.HostPort;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Finds the memcached nodes of the application's own client: every CDI bean of spymemcached's
 * {@code net.spy.memcached.MemcachedClientIF}, asked for its available and unavailable servers
 * (together, every node it was built with). Found by name and called reflectively, so djk8s does
 * not depend on spymemcached. xmemcached is not read: its client lists only the nodes it is
 * connected to, so a node that is down would be missed and the probe would pass.
 */
final class MemcachedClients {

  static final String SPYMEMCACHED = "net.spy.memcached.MemcachedClientIF";

  /**
   * Nodes found and where.
   *
   * @param nodes every node of every client bean
   * @param sources one description per client bean
   */
  record Found(List<HostPort> nodes, List<String> sources) {}

  private MemcachedClients() {}

  static Found discover(ProbeHost host) throws ReflectiveOperationException {
    Class<?> type = load(SPYMEMCACHED);
    List<HostPort> nodes = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    if (type == null) {
      return new Found(nodes, sources);
    }
    List<? extends ProbeHost.Managed<?>> beans = host.managed(type);
    Method available = type.getMethod("getAvailableServers");
    Method unavailable = type.getMethod("getUnavailableServers");
    for (ProbeHost.Managed<?> bean : beans) {
      Object client = bean.instance();
      List<HostPort> own = new ArrayList<>();
      // Every node in the client's own order, whatever its state: the node locator's. Available
      // and unavailable servers are two reads, and a node connecting between them is in neither.
      addAll(own, locatorNodes(type, client));
      addAll(own, invoke(available, client));
      addAll(own, invoke(unavailable, client));
      sources.add("spymemcached client " + bean.origin() + " " + own);
      for (HostPort node : own) {
        if (!nodes.contains(node)) {
          nodes.add(node);
        }
      }
    }
    return new Found(nodes, sources);
  }

  /** The socket addresses of {@code client.getNodeLocator().getAll()}, empty when unreadable. */
  private static List<Object> locatorNodes(Class<?> type, Object client) {
    List<Object> addresses = new ArrayList<>();
    try {
      ClassLoader loader = type.getClassLoader();
      Method getAll = loader.loadClass("net.spy.memcached.NodeLocator").getMethod("getAll");
      Method address =
          loader.loadClass("net.spy.memcached.MemcachedNode").getMethod("getSocketAddress");
      Object all = getAll.invoke(type.getMethod("getNodeLocator").invoke(client));
      if (all instanceof Collection<?> nodes) {
        for (Object node : nodes) {
          addresses.add(address.invoke(node));
        }
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      addresses.clear(); // the two lists below still give the nodes
    }
    return addresses;
  }

  private static Object invoke(Method method, Object client) throws ReflectiveOperationException {
    try {
      return method.invoke(client);
    } catch (InvocationTargetException e) {
      throw new ReflectiveOperationException(
          method.getName() + " of the memcached client failed: " + e.getCause(), e.getCause());
    }
  }

  private static void addAll(List<HostPort> nodes, Object addresses) {
    if (addresses instanceof Collection<?> collection) {
      for (Object address : collection) {
        if (address instanceof InetSocketAddress inet) {
          HostPort node = HostPort.of(inet);
          if (!nodes.contains(node)) {
            nodes.add(node);
          }
        } else if (address instanceof SocketAddress) {
          throw new IllegalStateException("memcached client node is not a TCP address: " + address);
        }
      }
    }
  }

  private static Class<?> load(String name) {
    for (ClassLoader loader :
        new ClassLoader[] {
          Thread.currentThread().getContextClassLoader(), MemcachedClients.class.getClassLoader()
        }) {
      if (loader == null) {
        continue;
      }
      try {
        return Class.forName(name, false, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        // not in this application
      }
    }
    return null;
  }
}
