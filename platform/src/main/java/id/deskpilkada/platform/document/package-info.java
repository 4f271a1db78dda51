/**
 * Printed documents, shared by the modules so that a notula and a berita acara look alike: XHTML pieces with
 * escaping, the official A4 page with a QR code and a page counter in its margins, Indonesian labels and dates
 * from a module's bundle, QR codes (ZXing core) and the PDF rendering (openhtmltopdf). What a document says
 * stays in its module.
 */
package id.deskpilkada.platform.document;
