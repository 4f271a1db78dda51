package id.deskpilkada.logistics.domain;

import java.util.regex.Pattern;

/**
 * What the QR code on a box label says, short enough for a small code that a phone reads from a metre away:
 * {@code DPL1|<shipment number>|<box>/<boxes>|<seal>}, e.g. {@code DPL1|KPG-2024-0006|3/10|SG-1062}. "DPL1" names
 * the format (Desk Pilkada label, version 1) so that a scanner knows what it holds; the seal is empty for a
 * shipment without seals. A {@code |} or {@code %} inside a field is written {@code %7C} or {@code %25}.
 *
 * @param box 1-based
 */
public record BoxTag(String shipmentNumber, int box, int boxes, String seal) {

    public static final String FORMAT = "DPL1";

    private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\|");
    private static final Pattern BOX = Pattern.compile("(\\d+)/(\\d+)");

    public BoxTag {
        if (shipmentNumber == null || shipmentNumber.isBlank() || box < 1 || box > boxes) {
            throw new IllegalArgumentException("Not a box of a shipment: " + shipmentNumber + " " + box + "/" + boxes);
        }
        seal = seal == null ? "" : seal;
    }

    public String text() {
        return FORMAT + "|" + escape(shipmentNumber) + "|" + box + "/" + boxes + "|" + escape(seal);
    }

    /** @throws IllegalArgumentException when the text is not a box tag (another QR code was scanned) */
    public static BoxTag parse(String text) {
        String[] fields = text == null ? new String[0] : FIELD_SEPARATOR.split(text, -1);
        var box = fields.length == 4 ? BOX.matcher(fields[2]) : null;
        if (box == null || !FORMAT.equals(fields[0]) || !box.matches()) {
            throw new IllegalArgumentException("Not a Desk Pilkada box label: " + text);
        }
        return new BoxTag(unescape(fields[1]), Integer.parseInt(box.group(1)), Integer.parseInt(box.group(2)),
                unescape(fields[3]));
    }

    private static String escape(String field) {
        return field.replace("%", "%25").replace("|", "%7C");
    }

    private static String unescape(String field) {
        return field.replace("%7C", "|").replace("%7c", "|").replace("%25", "%");
    }
}
