/**
 * Printed documents of a shipment, in Bahasa Indonesia: the berita acara serah terima (with a DRAF mark until the
 * receipt and the shipment's QR code on every page) and the labels of its packed boxes (one per seal, eight to an
 * A4 sheet, each with a QR code of shipment, box and seal). Pure functions of a {@link
 * id.deskpilkada.logistics.document.ShipmentDocument}, rendered through the platform's {@code document} package.
 */
package id.deskpilkada.logistics.document;
