package id.deskpilkada.platform.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    @Test
    void pngOfTheRequestedSizeDecodesToTheText() throws Exception {
        String text = "https://deskpilkada.example.go.id/v/kirim/KRM-5371-0042?t=ä";

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(text, 200)));

        assertThat(image.getWidth()).isEqualTo(200);
        assertThat(image.getHeight()).isEqualTo(200);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(text);
    }

    @Test
    void theDataUriCarriesTheSamePng() {
        String uri = QrCodes.pngDataUri("KPG-2024-0001", 120);

        assertThat(uri).startsWith("data:image/png;base64,");
        assertThat(java.util.Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)))
                .isEqualTo(QrCodes.png("KPG-2024-0001", 120));
    }

    @Test
    void rejectsWhatCannotBeACode() {
        assertThatThrownBy(() -> QrCodes.png("", 200)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrCodes.png("x", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrCodes.png("x".repeat(5000), 200)).isInstanceOf(IllegalArgumentException.class);
    }
}
