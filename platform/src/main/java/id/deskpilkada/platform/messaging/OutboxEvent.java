package id.deskpilkada.platform.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.UUID;

/** One published event waiting for, or done with, its trip to the broker. Times are UTC. */
@Entity
@Table(name = "plt_outbox")
public class OutboxEvent {

    public enum Status { PENDING, SENT }

    @Id
    @SequenceGenerator(name = "plt_outbox_seq", sequenceName = "plt_outbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plt_outbox_seq")
    private Long position;

    @Column(name = "event_id", nullable = false, unique = true)
    private UUID eventId;

    @Column(name = "event_type", nullable = false)
    private String type;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "correlation_id")
    private String correlationId;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    protected OutboxEvent() {
    }

    OutboxEvent(UUID eventId, String type, String regionCode, String correlationId, LocalDateTime occurredAt,
                String body) {
        this.eventId = eventId;
        this.type = type;
        this.regionCode = regionCode;
        this.correlationId = correlationId;
        this.occurredAt = occurredAt;
        this.body = body;
        this.status = Status.PENDING;
    }

    void failed(String error) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    }

    public Long position() {
        return position;
    }

    public UUID eventId() {
        return eventId;
    }

    public String type() {
        return type;
    }

    public String regionCode() {
        return regionCode;
    }

    public String correlationId() {
        return correlationId;
    }

    public LocalDateTime occurredAt() {
        return occurredAt;
    }

    public String body() {
        return body;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public LocalDateTime sentAt() {
        return sentAt;
    }
}
