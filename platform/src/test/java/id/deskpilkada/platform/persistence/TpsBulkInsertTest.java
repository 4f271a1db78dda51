package id.deskpilkada.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.platform.domain.tps.Coordinates;
import id.deskpilkada.platform.domain.tps.TpsDetails;
import id.deskpilkada.platform.domain.tps.TpsStatus;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The rows PostgreSQL's COPY reads: checked here with a CSV reader, since unit tests run without PostgreSQL. */
class TpsBulkInsertTest {

    private static final UUID ID = UUID.fromString("2f1c0f7e-8d7e-4c39-9b4a-7f0e6c1d2a3b");

    @Test
    void aRowWithQuotesCommasAndAPointIsOneRecordWithEveryValue() throws IOException {
        StringBuilder row = new StringBuilder();
        TpsBulkInsert.appendCsvRow(row, ID, new TpsDetails("53.71.01.1001", 7, 480,
                "Balai \"Nunbaun\", RT 01", new Coordinates(-10.1772, 123.5801)), TpsStatus.AKTIF, false,
                LocalDateTime.of(2024, 11, 27, 7, 0, 0, 5_000));
        assertThat(row.toString()).endsWith("\n");
        CSVRecord record = CSVFormat.DEFAULT.parse(new StringReader(row.toString())).getRecords().get(0);
        assertThat(record.toList()).containsExactly(ID.toString(), "53.71.01.1001", "7", "480",
                "Balai \"Nunbaun\", RT 01", "-10.1772", "123.5801", "AKTIF", "f", "2024-11-27 07:00:00.000005");
    }

    @Test
    void aTpsWithoutPointHasUnquotedEmptyCellsWhichCopyReadsAsNull() {
        StringBuilder row = new StringBuilder();
        TpsBulkInsert.appendCsvRow(row, ID, new TpsDetails("53.71.01.1001", 1, 1, "A", null), TpsStatus.AKTIF, true,
                LocalDateTime.of(2024, 11, 27, 7, 0));
        assertThat(row).hasToString(ID + ",53.71.01.1001,1,1,\"A\",,,AKTIF,t,2024-11-27 07:00:00.000000\n");
    }
}
