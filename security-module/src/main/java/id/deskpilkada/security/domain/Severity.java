package id.deskpilkada.security.domain;

import java.util.Locale;

/** How grave an incident is; {@link #TINGGI} goes up to the parent desk at once. */
public enum Severity {
    RENDAH, SEDANG, TINGGI;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
