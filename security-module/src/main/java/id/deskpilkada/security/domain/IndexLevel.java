package id.deskpilkada.security.domain;

/** Level of a regional vulnerability index score. */
public enum IndexLevel {
    RENDAH, SEDANG, TINGGI
}
