package io.djk8s.core.engine;

import io.djk8s.ProbeOrigin;
import io.djk8s.core.policy.ProbePolicies;
import io.djk8s.core.settings.Djk8sSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Builds a {@link ProbeService} from validated settings and the resolved probes of each group. */
public final class ProbeServiceBuilder {

  private static final Logger LOG = Logger.getLogger("io.djk8s");

  private final Djk8sSettings settings;
  private final Map<ProbeGroup, List<NamedProbe>> groups = new EnumMap<>(ProbeGroup.class);
  private final List<AutoCloseable> owned = new ArrayList<>();
  private Ticker ticker = Ticker.SYSTEM;
  private ProbePolicies policies;
  private Supplier<RefreshScheduler> scheduler = RefreshScheduler::daemon;

  /**
   * A builder.
   *
   * @param settings the validated settings
   */
  public ProbeServiceBuilder(Djk8sSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    for (ProbeGroup group : ProbeGroup.values()) {
      groups.put(group, new ArrayList<>());
    }
  }

  /**
   * Adds a probe to a group.
   *
   * @param group the group
   * @param probe the probe
   * @return this builder
   */
  public ProbeServiceBuilder add(ProbeGroup group, NamedProbe probe) {
    groups.get(group).add(Objects.requireNonNull(probe, "probe"));
    return this;
  }

  /**
   * Hands the service something to close when it closes: a built-in probe the host created.
   *
   * @param resource the resource
   * @return this builder
   */
  public ProbeServiceBuilder owns(AutoCloseable resource) {
    owned.add(Objects.requireNonNull(resource, "resource"));
    return this;
  }

  /**
   * Sets the clock deadlines, reuse and start-up time are measured on.
   *
   * @param ticker the clock
   * @return this builder
   */
  public ProbeServiceBuilder ticker(Ticker ticker) {
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    return this;
  }

  /**
   * Sets each probe's policy ({@code djk8s.probes.<name>.*}, read by {@code
   * io.djk8s.core.policy.PolicyReader}); without it every probe has the global deadline and reuse
   * window.
   *
   * @param policies the policies
   * @return this builder
   */
  public ProbeServiceBuilder policies(ProbePolicies policies) {
    this.policies = Objects.requireNonNull(policies, "policies");
    return this;
  }

  /**
   * Sets where background refreshes are scheduled: a test passes one it advances by hand.
   *
   * @param scheduler creates the scheduler, on first need
   * @return this builder
   */
  public ProbeServiceBuilder scheduler(Supplier<RefreshScheduler> scheduler) {
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    return this;
  }

  /**
   * Builds the service and starts its threads.
   *
   * @return the service
   */
  public ProbeService build() {
    return new Service(this);
  }

  private static final class Service implements ProbeService {
    private final Djk8sSettings settings;
    private final Map<ProbeGroup, List<NamedProbe>> groups = new EnumMap<>(ProbeGroup.class);
    private final List<AutoCloseable> owned;
    private final ProbeEngine engine;
    private final StartupGate startupGate;

    Service(ProbeServiceBuilder builder) {
      settings = builder.settings;
      int count = 0;
      for (Map.Entry<ProbeGroup, List<NamedProbe>> group : builder.groups.entrySet()) {
        groups.put(group.getKey(), List.copyOf(group.getValue()));
        count += group.getValue().size();
      }
      owned = List.copyOf(builder.owned);
      ProbePolicies policies =
          builder.policies != null
              ? builder.policies
              : ProbePolicies.uniform(settings.probeTimeout(), settings.cacheTtl());
      engine = new ProbeEngine(policies, count + 1, builder.ticker, builder.scheduler);
      startupGate = new StartupGate(builder.ticker);
      Map<String, NamedProbe> distinct = new LinkedHashMap<>();
      groups.values().forEach(list -> list.forEach(p -> distinct.putIfAbsent(p.name(), p)));
      engine.startBackground(List.copyOf(distinct.values()));
    }

    @Override
    public ProbePolicies policies() {
      return engine.policies();
    }

    @Override
    public Djk8sSettings settings() {
      return settings;
    }

    @Override
    public List<NamedProbe> probes(ProbeGroup group) {
      return groups.getOrDefault(group, List.of());
    }

    @Override
    public ProbeReport run(
        ProbeGroup group, List<NamedProbe> selected, ProbeOrigin origin, Duration reuse) {
      if (group == ProbeGroup.STARTUP) {
        return startupGate.run(engine, probes(ProbeGroup.STARTUP), selected, origin, reuse);
      }
      return engine.run(selected, origin, reuse);
    }

    @Override
    public Optional<ProbeReport> reused(List<NamedProbe> selected, Duration reuse) {
      return engine.reused(selected, reuse);
    }

    @Override
    public void prefetch(ProbeGroup group, ProbeOrigin origin, Duration reuse) {
      if (group == ProbeGroup.STARTUP && startupGate.started()) {
        return;
      }
      engine.prefetch(probes(group), origin, reuse);
    }

    @Override
    public void invalidate(String name) {
      engine.invalidate(name);
    }

    @Override
    public void addListener(Consumer<ProbeOutcome> listener) {
      engine.addListener(listener);
    }

    @Override
    public boolean started() {
      return startupGate.started();
    }

    @Override
    public void close() {
      engine.close();
      for (AutoCloseable resource : owned) {
        try {
          resource.close();
        } catch (Exception e) {
          LOG.log(Level.FINE, "djk8s: closing a probe failed", e);
        }
      }
    }
  }
}
