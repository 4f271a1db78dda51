package id.deskpilkada.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventCodec;
import id.deskpilkada.platform.events.EventType;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every event contract of the application goes through the codec and back: a consumer that cannot decode an event
 * retries it until it is dead-lettered, so a contract JSON-B cannot build (a record given a second constructor
 * without {@code @JsonbCreator}) would stop a module without failing any publisher's test.
 */
class EventContractsTest {

    static Stream<Class<?>> eventContracts() {
        List<Class<?>> contracts = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.deskpilkada.platform.events").stream()
                .filter(c -> c.isAnnotatedWith(EventType.class)).<Class<?>>map(c -> c.reflect()).toList();
        assertThat(contracts).as("event contracts found").hasSizeGreaterThan(20);
        return contracts.stream();
    }

    @ParameterizedTest
    @MethodSource("eventContracts")
    void decodesWhatItEncodes(Class<?> contract) throws ReflectiveOperationException {
        assertThat(contract.isRecord()).as(contract + " is a record").isTrue();
        DomainEvent event = sample(contract);

        Object decoded = EventCodec.decodePayload(EventCodec.payloadOf(event), contract);

        assertThat(decoded).isEqualTo(event);
    }

    /** The record with every component at its type's empty value: null, zero or false. */
    private static DomainEvent sample(Class<?> contract) throws ReflectiveOperationException {
        RecordComponent[] components = contract.getRecordComponents();
        Class<?>[] types = Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = Stream.of(types).map(EventContractsTest::empty).toArray();
        Constructor<?> canonical = contract.getDeclaredConstructor(types);
        return (DomainEvent) canonical.newInstance(values);
    }

    private static Object empty(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0d;
        }
        return type == int.class ? 0 : (Object) (short) 0;
    }
}
