package io.claimcheck.cli;

import io.claimcheck.engine.RateHistory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimcheck import-rates}: monthly reference rates from a published daily history, with their citations. */
@Command(
        name = "import-rates",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the monthly exchange rates the rules compare conversions with (rules/reference/),",
            "averaged from a published daily history: the ECB's eurofxref-hist.csv (--format ecb) or one FRED",
            "series of the Federal Reserve's H.10 release (--format fred --series-pair USD/CNY for DEXCHUS).",
            "Every rate carries its citation; a month the file lacks is an error."
        })
final class ImportRatesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "FILE",
            description = "The published file (eurofxref-hist.csv, or a FRED CSV).")
    Path file;

    @Option(names = "--format", required = true, paramLabel = "ecb|fred", description = "The file's published format.")
    String format;

    @Option(
            names = "--series-pair",
            paramLabel = "BASE/QUOTE",
            description = "For --format fred: the pair the series quotes (DEXCHUS: USD/CNY; DEXSIUS: USD/SGD).")
    String seriesPair;

    @Option(
            names = "--pairs",
            split = ",",
            paramLabel = "BASE/QUOTE",
            required = true,
            description = "The pairs to write, e.g. USD/CNY,USD/SGD.")
    List<String> pairs = new ArrayList<>();

    @Option(
            names = "--months",
            split = ",",
            paramLabel = "YYYY-MM",
            required = true,
            description = "The months to write, e.g. 2019-05,2023-03.")
    List<String> months = new ArrayList<>();

    @Option(
            names = "--tolerance",
            paramLabel = "FRACTION",
            defaultValue = "0.03",
            description = "How far from the month's rate a conversion may be (default ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            required = true,
            description = "Where to write, e.g. rules/reference/fx-rates.json (replaced).")
    Path out;

    @Override
    public Integer call() throws UserError, IOException {
        List<YearMonth> ms = new ArrayList<>();
        for (String m : months) {
            try {
                ms.add(YearMonth.parse(m.strip()));
            } catch (DateTimeParseException e) {
                throw new UserError("--months " + m + ": expected YYYY-MM");
            }
        }
        if (!(tolerance >= 0 && tolerance < 1)) {
            throw new UserError("--tolerance " + tolerance + ": expected a fraction from 0 to 1");
        }
        String json;
        try {
            RateHistory history = switch (format) {
                case "ecb" -> RateHistory.readEcb(file);
                case "fred" -> {
                    if (seriesPair == null) {
                        throw new UserError("--format fred needs --series-pair (what the series quotes, e.g. USD/CNY)");
                    }
                    yield RateHistory.readFred(file, seriesPair);
                }
                default -> throw new UserError("--format " + format + ": expected ecb or fred");
            };
            json = history.referenceJson(pairs.stream().map(String::strip).toList(), ms, tolerance);
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such file");
        } catch (RateHistory.FormatException e) {
            throw new UserError(e.problem().format());
        }
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        Files.writeString(tmp, json, StandardCharsets.UTF_8);
        Files.move(
                tmp,
                out,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        spec.commandLine()
                .getOut()
                .println("Wrote " + out + " (" + pairs.size() * ms.size() + " rate(s)) from " + file);
        return ExitCode.OK.code();
    }
}
