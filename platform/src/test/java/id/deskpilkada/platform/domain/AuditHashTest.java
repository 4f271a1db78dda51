package id.deskpilkada.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class AuditHashTest {

    private static final UUID ID = UUID.fromString("0b6f4bb6-4f0c-4c84-9d43-7a0a0ad1f3a1");
    private static final LocalDateTime AT = LocalDateTime.of(2024, 11, 27, 1, 30, 15, 123_456_000);
    private static final String PREVIOUS = "ab".repeat(32);

    /** The eleven hashed fields, as strings, in AuditHash.of order (seq, id and time parsed back). */
    private static final List<String> FIELDS = List.of("42", ID.toString(), AT.toString(), "admin",
            "region.renamed", "region", "32.01", "32.01",
            "{\"name\":\"Kab. Bogor\"}", "{\"name\":\"Kabupaten Bogor\"}", PREVIOUS);

    private static String hash(List<String> f) {
        return AuditHash.of(Long.parseLong(f.get(0)), UUID.fromString(f.get(1)), LocalDateTime.parse(f.get(2)),
                f.get(3), f.get(4), f.get(5), f.get(6), f.get(7), f.get(8), f.get(9), f.get(10));
    }

    @Test
    void sameInputGivesTheSameHash() {
        assertThat(hash(FIELDS)).isEqualTo(hash(new ArrayList<>(FIELDS)));
        assertThat(hash(FIELDS)).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void changingAnyFieldChangesTheHash() {
        Set<String> hashes = new HashSet<>();
        hashes.add(hash(FIELDS));
        List<UnaryOperator<String>> changes = List.of(
                s -> "43",
                s -> "1b6f4bb6-4f0c-4c84-9d43-7a0a0ad1f3a1",
                s -> "2024-11-27T01:30:15.123457",
                s -> s + "x", s -> s + "x", s -> s + "x", s -> s + "x", s -> s + "x",
                s -> s.replace("Bogor", "B0gor"), s -> s.replace("Bogor", "B0gor"),
                s -> "ac" + s.substring(2));
        for (int i = 0; i < FIELDS.size(); i++) {
            List<String> changed = new ArrayList<>(FIELDS);
            changed.set(i, changes.get(i).apply(changed.get(i)));
            assertThat(hashes.add(hash(changed))).as("changing field %d changes the hash", i).isTrue();
        }
        assertThat(hashes).hasSize(FIELDS.size() + 1);
    }

    @Test
    void aChangeBelowTheMicrosecondIsNotHashed() {
        // the databases keep microseconds; AuditEntry cuts the time there before hashing
        String a = AuditHash.of(1, ID, AT, "a", "b", "c", "d", null, null, null, PREVIOUS);
        String b = AuditHash.of(1, ID, AT.plusNanos(999), "a", "b", "c", "d", null, null, null, PREVIOUS);
        assertThat(a).isEqualTo(b);
    }

    @Test
    void fieldBoundariesAreUnambiguous() {
        assertThat(AuditHash.sha256Hex("ab", "c")).isNotEqualTo(AuditHash.sha256Hex("a", "bc"));
        assertThat(AuditHash.sha256Hex("abc", "")).isNotEqualTo(AuditHash.sha256Hex("", "abc"));
        assertThat(AuditHash.sha256Hex("a", "b", "")).isNotEqualTo(AuditHash.sha256Hex("a", "b"));

        LocalDateTime at = AT;
        assertThat(AuditHash.of(1, ID, at, "ab", "c", "t", "1", null, null, null, PREVIOUS))
                .isNotEqualTo(AuditHash.of(1, ID, at, "a", "bc", "t", "1", null, null, null, PREVIOUS));
        assertThat(AuditHash.of(1, ID, at, "u", "a", "t", "1", "32", "{}", null, PREVIOUS))
                .isNotEqualTo(AuditHash.of(1, ID, at, "u", "a", "t", "1", "32{}", null, null, PREVIOUS));
    }

    @Test
    void nullAndEmptyDiffer() {
        assertThat(AuditHash.sha256Hex((String) null)).isNotEqualTo(AuditHash.sha256Hex(""));
        assertThat(AuditHash.of(1, ID, AT, "u", "a", "t", "1", null, null, "{}", PREVIOUS))
                .isNotEqualTo(AuditHash.of(1, ID, AT, "u", "a", "t", "1", "", null, "{}", PREVIOUS));
        assertThat(AuditHash.of(1, ID, AT, "u", "a", "t", "1", "32", null, "{}", PREVIOUS))
                .isNotEqualTo(AuditHash.of(1, ID, AT, "u", "a", "t", "1", "32", "", "{}", PREVIOUS));
    }

    @Test
    void canonicalFormIsLengthPrefixedUtf8() {
        assertThat(AuditHash.canonical("é", null))
                .containsExactly(0, 0, 0, 2, 0xC3 - 256, 0xA9 - 256, -1, -1, -1, -1);
    }

    @Test
    void knownAnswerForTheEmptyFieldList() {
        // SHA-256 of zero bytes: pins the digest algorithm and the hex encoding
        assertThat(AuditHash.sha256Hex())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void entryHashMatchesItsFields() {
        AuditEntry entry = AuditEntry.next(7, ID, AT.plusNanos(789), "admin", "user.created", "user",
                "operator1", null, null, "{\"username\":\"operator1\"}", PREVIOUS);
        assertThat(entry.occurredAt()).isEqualTo(AT);
        assertThat(entry.hash()).isEqualTo(entry.computeHash())
                .isEqualTo(AuditHash.of(7, ID, AT, "admin", "user.created", "user", "operator1", null, null,
                        "{\"username\":\"operator1\"}", PREVIOUS));
    }
}
