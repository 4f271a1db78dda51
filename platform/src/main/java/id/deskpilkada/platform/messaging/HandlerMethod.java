package id.deskpilkada.platform.messaging;

import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventConsumer;
import id.deskpilkada.platform.events.EventMetadata;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

/** One {@code on(SomeEvent, EventMetadata)} method of an {@link EventConsumer}. */
record HandlerMethod(EventConsumer consumer, Method method, Class<? extends DomainEvent> eventType) {

    static final String NAME = "on";

    /** The handler methods a consumer declares; a consumer without any is a mistake and fails at start-up. */
    static List<HandlerMethod> of(EventConsumer consumer) {
        List<HandlerMethod> methods = Arrays.stream(consumer.getClass().getMethods())
                .filter(HandlerMethod::isHandler)
                .map(m -> new HandlerMethod(consumer, m, m.getParameterTypes()[0].asSubclass(DomainEvent.class)))
                .toList();
        if (methods.isEmpty()) {
            throw new IllegalStateException(consumer.getClass().getName()
                    + " has no public method on(SomeEvent, EventMetadata)");
        }
        return methods;
    }

    private static boolean isHandler(Method m) {
        Class<?>[] params = m.getParameterTypes();
        return m.getName().equals(NAME) && !m.isBridge() && !m.isSynthetic() && !Modifier.isStatic(m.getModifiers())
                && params.length == 2 && DomainEvent.class.isAssignableFrom(params[0])
                && params[1] == EventMetadata.class;
    }

    void invoke(DomainEvent event, EventMetadata metadata) {
        try {
            method.invoke(consumer, event, metadata);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Handler " + this + " failed", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Handler " + this + " is not accessible", e);
        }
    }

    @Override
    public String toString() {
        return method.getDeclaringClass().getSimpleName() + ".on(" + eventType.getSimpleName() + ")";
    }
}
