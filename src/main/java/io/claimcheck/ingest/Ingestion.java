package io.claimcheck.ingest;

import io.claimcheck.model.Document;
import io.claimcheck.model.Problem;
import java.util.List;

/**
 * What reading the inputs gave: the documents that could be read, sorted by id, a problem for each article or folder
 * that could not, and warnings about what was left out on purpose (a symbolic link looping back to a folder already
 * read). One unreadable article or folder never stops the others.
 */
public record Ingestion(List<Document> documents, List<Problem> problems, List<Problem> warnings) {

    public Ingestion {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public Ingestion(List<Document> documents, List<Problem> problems) {
        this(documents, problems, List.of());
    }
}
