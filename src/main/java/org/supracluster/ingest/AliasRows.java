package org.supracluster.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.supracluster.store.NetworkStore;
import org.supracluster.model.Message;

/**
 * Reads an {@code aliases} file: {@code alias,firm} (별칭, 기업), another name of a firm (an
 * English or old name) and the firm it names, by id, registration number or name. The aliases
 * are stored in the database and used by every later import (DESIGN.md). The firm must exist;
 * an alias that is already the normalised name of another firm would never be used (names come
 * first) and is an error naming both.
 */
final class AliasRows {

    private AliasRows() {
    }

    /** The file's aliases, each also added to {@code firms} so that this import's records use it. */
    static List<NetworkStore.Alias> read(CsvRows rows, String file, FirmDirectory firms, ImportReport report) {
        if (!LinkRows.requireColumns(rows, file, report, "alias", "firm")) {
            return List.of();
        }
        List<NetworkStore.Alias> out = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        rows.forEach(row -> {
            long line = row.line();
            String alias = FirmsCsv.nfc(row.get("alias"));
            String ref = FirmsCsv.nfc(row.get("firm"));
            String key = FirmNames.key(alias);
            if (key.isEmpty()) {
                report.error(file, line, "alias", alias.isEmpty() ? Message.of("ingest.alias.empty")
                        : Message.of("ingest.alias.onlyForm", Message.quoted(alias)));
                return;
            }
            if (ref.isEmpty()) {
                report.error(file, line, "firm", Message.of("ingest.alias.firmEmpty"));
                return;
            }
            FirmDirectory.Resolution firm = firms.resolve(ref);
            if (firm.id() == null) {
                report.error(file, line, "firm", firm.problem());
                return;
            }
            FirmDirectory.Resolution already = firms.resolve(alias);
            if (already.id() != null && !already.id().equals(firm.id()) && !isAliasOnly(firms, alias, already.id())) {
                report.error(file, line, "alias", Message.of("ingest.alias.namesOther", Message.quoted(alias),
                        Message.quoted(firms.name(already.id())), already.id(), Message.quoted(firms.name(firm.id())),
                        firm.id()));
                return;
            }
            Long earlier = seen.put(key, line);
            if (earlier != null) {
                report.warning(file, line, "alias", Message.of("ingest.alias.repeated", Message.quoted(alias),
                        earlier.toString(), Message.either("this line's firm", "이 행의 기업을")));
            }
            firms.alias(alias, firm.id());
            out.add(new NetworkStore.Alias(key, alias, firm.id()));
        });
        return out;
    }

    /** Whether {@code alias} finds {@code id} only through an earlier alias (which this line may replace). */
    private static boolean isAliasOnly(FirmDirectory firms, String alias, String id) {
        return !alias.equals(id) && firms.resolveWithoutAliases(alias).id() == null;
    }
}
