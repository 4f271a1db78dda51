package id.deskpilkada.platform.domain;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * The hash of an audit entry: SHA-256 (lower-case hex) over a canonical form of its fields.
 *
 * <p>Canonical form, version 1: the version tag {@code "audit-v1"} followed by, in this order, seq,
 * id, occurred at, actor, action, subject type, subject id, region code, before state, after
 * state and previous hash. Each field is written as a 4-byte big-endian length followed by its
 * UTF-8 bytes; {@code null} is written as length -1 with no bytes, so {@code null} and {@code ""}
 * differ and no two different field lists share an encoding ("ab","c" vs "a","bc"). The time is
 * written as {@code uuuu-MM-dd'T'HH:mm:ss.SSSSSS} (UTC, microseconds — what both H2 and
 * PostgreSQL keep). Changing any of this breaks every stored chain: add a new version instead.
 */
public final class AuditHash {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    static final String VERSION = "audit-v1";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");
    private static final HexFormat HEX = HexFormat.of();

    private AuditHash() {
    }

    public static String of(long seq, UUID id, LocalDateTime occurredAt, String actor, String action,
                            String subjectType, String subjectId, String regionCode,
                            String beforeState, String afterState, String previousHash) {
        return sha256Hex(
                VERSION,
                Long.toString(seq),
                id == null ? null : id.toString(),
                occurredAt == null ? null : TIME.format(occurredAt),
                actor,
                action,
                subjectType,
                subjectId,
                regionCode,
                beforeState,
                afterState,
                previousHash);
    }

    /** SHA-256 hex of the canonical (length-prefixed UTF-8) encoding of the given fields. */
    public static String sha256Hex(String... fields) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical(fields)));
        } catch (NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }

    /** The unambiguous byte encoding of a field list: per field, int32 length (-1 for null) + UTF-8. */
    public static byte[] canonical(String... fields) {
        Objects.requireNonNull(fields, "fields");
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        for (String field : fields) {
            if (field == null) {
                out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            } else {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
                out.writeBytes(bytes);
            }
        }
        return out.toByteArray();
    }
}
