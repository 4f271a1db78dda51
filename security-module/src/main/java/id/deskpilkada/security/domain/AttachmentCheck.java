package id.deskpilkada.security.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an incident attachment may be: a photo (JPEG, PNG) or a PDF up to a size, recognised by its first bytes —
 * never by the name or the type the browser claims, which a sender controls.
 */
public final class AttachmentCheck {

    /** An accepted file kind: its content type and its magic number. */
    public enum Kind {
        JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
        PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
        PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

        private final String contentType;
        private final byte[] magic;

        Kind(String contentType, byte[] magic) {
            this.contentType = contentType;
            this.magic = magic;
        }

        public String contentType() {
            return contentType;
        }

        boolean matches(byte[] content) {
            return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
        }
    }

    private final long maxBytes;

    public AttachmentCheck(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The kind of a file that may be attached; refuses any other. */
    public Kind check(String fileName, byte[] content) {
        if (content == null || content.length == 0 || content.length > maxBytes) {
            throw new SecurityRuleViolation(SecurityProblem.ATTACHMENT_TOO_LARGE, fileName, maxBytes / (1024 * 1024));
        }
        return kindOf(content)
                .orElseThrow(() -> new SecurityRuleViolation(SecurityProblem.ATTACHMENT_TYPE, fileName));
    }

    public static Optional<Kind> kindOf(byte[] content) {
        return Arrays.stream(Kind.values()).filter(kind -> kind.matches(content)).findFirst();
    }

    /** A name safe to store and to offer for download: no path, no control or shell characters. */
    public static String safeName(String fileName) {
        String base = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
        String cleaned = base.replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        if (cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '.')) {
            return "lampiran";
        }
        return cleaned.length() > 120 ? cleaned.substring(cleaned.length() - 120) : cleaned;
    }
}
