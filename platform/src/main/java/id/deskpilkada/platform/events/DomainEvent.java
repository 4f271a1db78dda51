package id.deskpilkada.platform.events;

/**
 * An event contract: a Java record annotated with {@link EventType}. Every event belongs to a region
 * (Kemendagri code) so that consumers and notification scopes can filter by region prefix.
 */
public interface DomainEvent {

    String regionCode();

    static EventType typeOf(Class<? extends DomainEvent> contract) {
        EventType type = contract.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(contract.getName() + " is not annotated with @EventType");
        }
        return type;
    }

    static String sourceOf(String typeName) {
        int dot = typeName.indexOf('.');
        if (dot <= 0) {
            throw new IllegalArgumentException("Event type '" + typeName + "' has no module prefix");
        }
        return typeName.substring(0, dot);
    }
}
