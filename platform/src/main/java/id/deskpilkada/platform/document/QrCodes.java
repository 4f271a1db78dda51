package id.deskpilkada.platform.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * QR codes as PNG images, for the links printed on official documents (the notula's verification link, the
 * berita acara's shipment) and for the machine-readable text of box labels.
 *
 * <p>The PNG is drawn from ZXing's bit matrix here rather than with zxing-javase, so that the application needs
 * only zxing-core.
 */
public final class QrCodes {

    private static final int BLACK = 0x000000;
    private static final int WHITE = 0xFFFFFF;

    /**
     * Error correction M survives a printed page being creased or stamped; the 4-module quiet zone is what the
     * standard asks for and what phone scanners rely on when the code sits close to text.
     */
    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
            EncodeHintType.MARGIN, 4);

    private QrCodes() {
    }

    /**
     * @param sizePx width and height of the square image; ZXing scales modules by a whole number and centres the
     *               code, so the quiet zone may be a little wider than four modules
     */
    public static byte[] png(String text, int sizePx) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("QR code text is empty");
        }
        if (sizePx <= 0) {
            throw new IllegalArgumentException("QR code size must be positive: " + sizePx);
        }
        return toPng(encode(text, sizePx));
    }

    /** The PNG as a {@code data:} URI: documents embed their codes, so rendering never fetches anything. */
    public static String pngDataUri(String text, int sizePx) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text, sizePx));
    }

    private static BitMatrix encode(String text, int sizePx) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, sizePx, sizePx, HINTS);
        } catch (WriterException e) {
            // Only happens when the text exceeds a QR code's capacity, which is a caller error
            throw new IllegalArgumentException("Text does not fit in a QR code (" + text.length() + " chars)", e);
        }
    }

    private static byte[] toPng(BitMatrix matrix) {
        // One bit per pixel keeps the PNG small, which matters as it is embedded once per PDF as a data: URI
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(),
                BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? BLACK : WHITE);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a PNG to memory", e);
        }
        return out.toByteArray();
    }
}
