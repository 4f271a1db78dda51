package id.deskpilkada.platform.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable wire name of an event contract, e.g. {@code logistics.ShipmentDelayed}.
 * The name travels in every message and never changes when the Java class moves or is renamed;
 * the part before the dot is the publishing module.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    String value();

    /** Raised only for incompatible changes; compatible evolution adds fields and keeps the version. */
    int version() default 1;
}
