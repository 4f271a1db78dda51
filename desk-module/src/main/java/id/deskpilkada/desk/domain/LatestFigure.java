package id.deskpilkada.desk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDateTime;

/**
 * A figure of which only the latest counts: a region's readiness, its TPS per category, its personnel, its index.
 * Events may arrive late or out of order (a redelivery after a failure, two instances handling in parallel), so
 * each carries the moment it happened ({@code occurredAt}, UTC) and an older one than the figure held changes
 * nothing; one of the same moment replaces it, which makes a repeated event harmless.
 */
@MappedSuperclass
public abstract class LatestFigure {

    @Column(name = "as_of", nullable = false)
    private LocalDateTime asOf;

    protected LatestFigure() {
    }

    protected LatestFigure(LocalDateTime asOf) {
        this.asOf = asOf;
    }

    /** Whether a figure of that moment replaces this one; if so the figure now stands as of then. */
    protected boolean takeIfNotOlder(LocalDateTime at) {
        if (at.isBefore(asOf)) {
            return false;
        }
        asOf = at;
        return true;
    }

    /** The figure now stands as of {@code at}, whatever it stood as of before (an order of its own decided). */
    protected void standAsOf(LocalDateTime at) {
        asOf = at;
    }

    public LocalDateTime asOf() {
        return asOf;
    }
}
