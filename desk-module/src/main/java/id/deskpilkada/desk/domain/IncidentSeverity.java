package id.deskpilkada.desk.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How grave an incident is, as security codes it: rendah, sedang, tinggi. */
public enum IncidentSeverity {
    RENDAH, SEDANG, TINGGI;

    /** The severity of a code; empty for none or one the desk does not know (a newer security module's). */
    public static Optional<IncidentSeverity> ofCode(String code) {
        return code == null ? Optional.empty() : Arrays.stream(values())
                .filter(s -> s.name().equals(code.strip().toUpperCase(Locale.ROOT))).findFirst();
    }
}
