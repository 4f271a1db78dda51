package id.deskpilkada.security.domain;

import java.util.EnumSet;
import java.util.Set;

/** Dilaporkan → terverifikasi → ditangani → selesai; ditolak (with a reason) before handling starts. */
public enum IncidentStatus {
    DILAPORKAN, TERVERIFIKASI, DITANGANI, SELESAI, DITOLAK;

    public Set<IncidentStatus> next() {
        return switch (this) {
            case DILAPORKAN -> EnumSet.of(TERVERIFIKASI, DITOLAK);
            case TERVERIFIKASI -> EnumSet.of(DITANGANI, DITOLAK);
            case DITANGANI -> EnumSet.of(SELESAI);
            case SELESAI, DITOLAK -> EnumSet.noneOf(IncidentStatus.class);
        };
    }

    public boolean isClosed() {
        return this == SELESAI || this == DITOLAK;
    }

    /** Nobody acts on it yet: what the escalation timer watches. */
    public boolean awaitsHandling() {
        return this == DILAPORKAN || this == TERVERIFIKASI;
    }
}
