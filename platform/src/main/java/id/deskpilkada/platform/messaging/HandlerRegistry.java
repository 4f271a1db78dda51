package id.deskpilkada.platform.messaging;

import id.deskpilkada.platform.events.DeskModule;
import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventConsumer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** All modules and the handler methods of their event consumers, found as CDI beans at start-up. */
@ApplicationScoped
public class HandlerRegistry {

    @Inject
    @Any
    Instance<EventConsumer> consumerBeans;

    @Inject
    @Any
    Instance<DeskModule> moduleBeans;

    private final Map<String, Map<String, List<HandlerMethod>>> byModuleAndType = new HashMap<>();
    private List<DeskModule> modules;

    @PostConstruct
    void collect() {
        modules = moduleBeans.stream()
                .sorted(Comparator.comparingInt(DeskModule::migrationOrder).thenComparing(DeskModule::name))
                .toList();
        for (EventConsumer consumer : consumerBeans) {
            for (HandlerMethod handler : HandlerMethod.of(consumer)) {
                String type = DomainEvent.typeOf(handler.eventType()).value();
                byModuleAndType.computeIfAbsent(consumer.module(), m -> new HashMap<>())
                        .computeIfAbsent(type, t -> new ArrayList<>())
                        .add(handler);
            }
        }
        byModuleAndType.keySet().stream()
                .filter(name -> modules.stream().noneMatch(m -> m.name().equals(name)))
                .findFirst()
                .ifPresent(name -> {
                    throw new IllegalStateException("Event handlers for unknown module '" + name + "'");
                });
    }

    /** Modules in migration order (platform first). */
    public List<DeskModule> modules() {
        return modules;
    }

    /** Modules that consume at least one event type. */
    public List<DeskModule> consumingModules() {
        return modules.stream().filter(m -> byModuleAndType.containsKey(m.name())).toList();
    }

    /** The event types a module handles, e.g. for counting what it has still to handle. */
    public Set<String> eventTypes(String module) {
        return Set.copyOf(byModuleAndType.getOrDefault(module, Map.of()).keySet());
    }

    List<HandlerMethod> handlers(String module, String eventType) {
        return byModuleAndType.getOrDefault(module, Map.of()).getOrDefault(eventType, List.of());
    }
}
