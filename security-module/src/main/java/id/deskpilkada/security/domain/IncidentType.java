package id.deskpilkada.security.domain;

import java.util.Locale;

/** Kinds of incident; {@link #code()} is what events carry (other modules react to bencana, konflik_massa …). */
public enum IncidentType {
    KONFLIK_MASSA, PERUSAKAN_APK, KAMPANYE_HITAM, POLITIK_UANG, HOAKS, INTIMIDASI, NETRALITAS_ASN, BENCANA,
    GANGGUAN_DISTRIBUSI, PROTES_PENGHITUNGAN, LAINNYA;

    /** Types that endanger the roads and the delivery of election material (they flag escorts and shipments). */
    public boolean threatensDistribution() {
        return this == BENCANA || this == KONFLIK_MASSA || this == GANGGUAN_DISTRIBUSI;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
