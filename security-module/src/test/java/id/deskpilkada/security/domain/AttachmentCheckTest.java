package id.deskpilkada.security.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AttachmentCheckTest {

    private final AttachmentCheck check = new AttachmentCheck(1024 * 1024);

    @Test
    void photosAndPdfsAreRecognisedByTheirContent() {
        assertThat(check.check("foto.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0}))
                .isEqualTo(AttachmentCheck.Kind.JPEG);
        assertThat(check.check("x", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
                .isEqualTo(AttachmentCheck.Kind.PNG);
        assertThat(check.check("laporan.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)).contentType())
                .isEqualTo("application/pdf");
    }

    @Test
    void aDisguisedFileIsRefusedWhateverItsName() {
        assertThatThrownBy(() -> check.check("foto.jpg", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(SecurityRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(SecurityProblem.ATTACHMENT_TYPE));
        assertThatThrownBy(() -> check.check("x.exe", new byte[] {'M', 'Z', 0, 0}))
                .isInstanceOf(SecurityRuleViolation.class);
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        byte[] big = new byte[1024 * 1024 + 1];
        big[0] = '%';
        assertThatThrownBy(() -> check.check("big.pdf", big))
                .isInstanceOfSatisfying(SecurityRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(SecurityProblem.ATTACHMENT_TOO_LARGE));
        assertThatThrownBy(() -> check.check("empty.pdf", new byte[0])).isInstanceOf(SecurityRuleViolation.class);
    }

    @Test
    void storedNamesCarryNoPathOrStrangeCharacters() {
        assertThat(AttachmentCheck.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(AttachmentCheck.safeName("C:\\Users\\x\\Foto Banjir.jpg")).isEqualTo("Foto Banjir.jpg");
        assertThat(AttachmentCheck.safeName("a;rm -rf$.pdf")).isEqualTo("a_rm -rf_.pdf");
        assertThat(AttachmentCheck.safeName("..")).isEqualTo("lampiran");
        assertThat(AttachmentCheck.safeName(null)).isEqualTo("lampiran");
    }
}
