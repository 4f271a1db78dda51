package id.deskpilkada.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.primefaces.component.export.ExcelOptions;

/**
 * What the "Ekspor Excel" button of every list needs (WEB-INF/includes/excel-export.xhtml): the file name, dates
 * written as the pages show them, and how many rows PrimeFaces' exporter loads at a time from a lazy list.
 */
@Named
@ApplicationScoped
public class ExcelExport {

    /**
     * Rows per load when a lazy list is exported: the exporter pages through the list's own query and stops at
     * the first empty load, so a service that caps its pages lower (meetings: 200) only means more loads. Without
     * it, PrimeFaces would ask for every row in one load.
     */
    public static final int ROWS_PER_LOAD = 500;

    /** The day in a file name is the day in Jakarta, as the portal has no single zone of its own. */
    private static final ZoneId FILE_DATE_ZONE = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final Clock clock = Clock.systemUTC();

    public int getRowsPerLoad() {
        return ROWS_PER_LOAD;
    }

    /**
     * Text stays text: PrimeFaces would otherwise read any text that looks like a number as one, in the user's
     * locale — region code 53.71 became 5371 and TPS 001 became 1. Columns that hold quantities give their
     * number as the export value and so still arrive as numbers.
     */
    public ExcelOptions getOptions() {
        ExcelOptions options = new ExcelOptions();
        options.setStronglyTypedCells(false);
        return options;
    }

    /** "pengiriman_2024-11-20" for the list "Pengiriman" on that day (the exporter adds ".xlsx"). */
    public String fileName(String listName) {
        return fileName(listName, LocalDate.now(clock.withZone(FILE_DATE_ZONE)));
    }

    static String fileName(String listName, LocalDate day) {
        String slug = listName == null ? "" : listName.strip().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
        return (slug.isEmpty() ? "daftar" : slug) + "_" + day;
    }

    /** A date and time as the lists show it ("26-11-2024 14:00"), empty for none. */
    public String dateTime(TemporalAccessor value) {
        return value == null ? "" : DATE_TIME.format(value);
    }

    public String date(TemporalAccessor value) {
        return value == null ? "" : DATE.format(value);
    }
}
