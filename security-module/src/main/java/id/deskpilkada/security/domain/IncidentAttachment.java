package id.deskpilkada.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A photo or document attached to an incident, kept in the database with the incident (one backup, one
 * transaction), its kind checked from its content and its SHA-256 recorded so that a copy can be verified.
 */
@Entity
@Table(name = "sec_incident_attachment")
public class IncidentAttachment {

    @Id
    private UUID id;

    @Column(name = "incident_id", nullable = false)
    private UUID incidentId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedUtc;

    protected IncidentAttachment() {
    }

    public IncidentAttachment(UUID incidentId, String fileName, byte[] content, AttachmentCheck check, String actor,
                              LocalDateTime nowUtc) {
        AttachmentCheck.Kind kind = check.check(fileName, content);
        this.id = UUID.randomUUID();
        this.incidentId = incidentId;
        this.fileName = AttachmentCheck.safeName(fileName);
        this.contentType = kind.contentType();
        this.sizeBytes = content.length;
        this.sha256 = sha256(content);
        this.content = content.clone();
        this.uploadedBy = actor;
        this.uploadedUtc = nowUtc;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID incidentId() {
        return incidentId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return content.clone();
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public LocalDateTime uploadedUtc() {
        return uploadedUtc;
    }
}
