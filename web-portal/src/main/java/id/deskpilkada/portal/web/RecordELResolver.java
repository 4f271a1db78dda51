package id.deskpilkada.portal.web;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Lets pages read Java records ({@code #{row.regionCode}}): Jakarta EL 5 knows only JavaBean getters, while the
 * modules' DTOs are records with accessor methods. Read-only, as records are.
 */
public class RecordELResolver extends ELResolver {

    /**
     * The components of each record class by name, looked up once: EL asks for them on every cell of every row,
     * and an Excel export of a long list made the reflective lookup its main cost.
     */
    private static final ClassValue<Map<String, RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, RecordComponent> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents())
                    .collect(Collectors.toUnmodifiableMap(RecordComponent::getName, c -> c));
        }
    };

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return component(base, property).map(c -> {
            context.setPropertyResolved(base, property);
            try {
                return c.getAccessor().invoke(base);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + property + " of " + base.getClass(), e);
            }
        }).orElse(null);
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return component(base, property).map(c -> {
            context.setPropertyResolved(base, property);
            return (Class<?>) null;
        }).orElse(null);
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (component(base, property).isPresent()) {
            throw new PropertyNotWritableException(base.getClass().getSimpleName() + " is a record: read-only");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (component(base, property).isPresent()) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base instanceof Record ? String.class : null;
    }

    private static Optional<RecordComponent> component(Object base, Object property) {
        if (!(base instanceof Record) || !(property instanceof String name)) {
            return Optional.empty();
        }
        return Optional.ofNullable(COMPONENTS.get(base.getClass()).get(name));
    }
}
