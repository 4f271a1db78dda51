package id.deskpilkada.logistics.application;

/** A shipment's document ready to send: the PDF and the shipment number to name the file after. */
public record PrintedDocument(String shipmentNumber, byte[] pdf) {
}
