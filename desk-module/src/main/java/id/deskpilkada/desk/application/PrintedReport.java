package id.deskpilkada.desk.application;

/** The dashboard as a PDF, and the name to save it under. */
public record PrintedReport(String fileName, byte[] pdf) {
}
