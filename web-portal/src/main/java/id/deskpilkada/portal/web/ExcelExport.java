package id.deskpilkada.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.SheetUtil;
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

    /**
     * Rows the column widths are fitted to, the header included: PrimeFaces' own fitting measured every cell
     * with the font, about a millisecond a row (minutes for a national list). 100 rows are what its streaming
     * workbook keeps in memory, so all of them can still be measured.
     */
    static final int MEASURED_ROWS = 100;

    /** The day in a file name is the day in Jakarta, as the portal has no single zone of its own. */
    private static final ZoneId FILE_DATE_ZONE = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    /** Excel's widest column, in 1/256 of a character. */
    private static final int MAX_COLUMN_WIDTH = 255 * 256;

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
        options.setAutoSizeColumn(false);
        return options;
    }

    /** After each row: once the first {@link #MEASURED_ROWS} are written, fits the columns to them. */
    public void fitColumnsToFirstRows(Object document) {
        lastSheet(document).filter(sheet -> sheet.getLastRowNum() == MEASURED_ROWS - 1)
                .ifPresent(ExcelExport::fitColumns);
    }

    /** At the end: a shorter list is fitted to all its rows. */
    public void fitColumnsOfShortList(Object document) {
        lastSheet(document).filter(sheet -> sheet.getLastRowNum() < MEASURED_ROWS - 1)
                .ifPresent(ExcelExport::fitColumns);
    }

    static void fitColumns(Sheet sheet) {
        Row header = sheet.getRow(sheet.getFirstRowNum());
        for (int column = 0; header != null && column < header.getLastCellNum(); column++) {
            double characters = SheetUtil.getColumnWidth(sheet, column, false);
            if (characters > 0) {
                sheet.setColumnWidth(column, (int) Math.min(MAX_COLUMN_WIDTH, (characters + 1) * 256));
            }
        }
    }

    private static Optional<Sheet> lastSheet(Object document) {
        return document instanceof Workbook workbook && workbook.getNumberOfSheets() > 0
                ? Optional.of(workbook.getSheetAt(workbook.getNumberOfSheets() - 1)) : Optional.empty();
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
