package id.deskpilkada.platform.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.domain.TpsPlan;
import id.deskpilkada.platform.domain.tps.TpsCsv;
import id.deskpilkada.platform.domain.tps.TpsImportPlan;
import id.deskpilkada.platform.domain.tps.TpsRules;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TpsGeneratorCliTest {

    private static final String KUPANG = "53.71";

    @Test
    void databaseOptionsParseAndNeedAUrl() {
        TpsGeneratorCli.Options options = TpsGeneratorCli.Options.parse(new String[] {
            "--prefix", "53,15", "--jdbc-url=jdbc:postgresql://127.0.0.1:5432/x", "--user", "u", "--password", "p",
            "--migrate"});
        assertThat(options.prefixes()).containsExactly("53", "15");
        assertThat(options.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/x");
        assertThat(options.user()).isEqualTo("u");
        assertThat(options.password()).isEqualTo("p");
        assertThat(options.migrate()).isTrue();
        assertThatThrownBy(() -> TpsGeneratorCli.Options.parse(new String[] {"--user", "u"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--jdbc-url");
        assertThatThrownBy(() -> TpsGeneratorCli.Options.parse(new String[] {"--jdbc-url"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a value");
    }

    @Test
    void insertsStraightIntoAFreshDatabaseAndReplacesItsOwnRowsOnTheNextRun() throws Exception {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        TpsPlan.Summary expected = TpsPlan.load().restrictedTo(List.of(KUPANG)).summary();
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        String first = TpsGeneratorCli.run(TpsGeneratorCli.Options.parse(new String[] {
            "--prefix", KUPANG, "--jdbc-url", url, "--user", "sa", "--password", "", "--migrate"}), print(log));

        assertThat(first).startsWith("TPS=" + expected.tps() + " voters=" + expected.voters() + " removed=0 ");
        assertThat(log.toString(StandardCharsets.UTF_8)).containsPattern("platform: [1-9]\\d* applied")
                .contains("planning 53.71", "removing 53.71", "done: " + expected.tps() + " TPS written", "committed");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*), sum(voters), min(address) from plt_tps"
                     + " where synthetic = true and status = 'AKTIF'")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(expected.tps());
            assertThat(rs.getLong(2)).isEqualTo(expected.voters());
            assertThat(rs.getString(3)).startsWith("TPS 001 ");
        }

        String second = TpsGeneratorCli.run(TpsGeneratorCli.Options.parse(new String[] {
            "--prefix", KUPANG, "--jdbc-url", url, "--user", "sa", "--password", ""}), print(new ByteArrayOutputStream()));
        assertThat(second).startsWith("TPS=" + expected.tps() + " voters=" + expected.voters()
                + " removed=" + expected.tps() + " ");
    }

    @Test
    void theCsvItWritesImportsAsItIs(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("kupang.csv");
        String summary = TpsGeneratorCli.run(TpsGeneratorCli.Options.parse(new String[] {
            "--prefix", KUPANG, "--out", out.toString()}), print(new ByteArrayOutputStream()));
        assertThat(summary).startsWith("TPS=");

        try (Reader csv = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            TpsCsv.Parsed parsed = TpsCsv.read(csv);
            TpsImportPlan plan = TpsImportPlan.of(parsed.rows(), parsed.problems(), TpsRules::isVillageCode,
                    new Scope(Set.of(KUPANG)), Map.of());
            assertThat(plan.problems()).isEmpty();
            assertThat(summary).startsWith("TPS=" + plan.added().size() + " ");
        }
    }

    private static PrintStream print(ByteArrayOutputStream sink) {
        return new PrintStream(sink, true, StandardCharsets.UTF_8);
    }
}
