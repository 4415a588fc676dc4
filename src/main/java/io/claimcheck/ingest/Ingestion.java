package io.claimcheck.ingest;

import io.claimcheck.model.Document;
import io.claimcheck.model.Problem;
import java.util.List;

/**
 * What reading the inputs gave: the documents that could be read, sorted by id, and a problem for each that
 * could not. One unreadable article never stops the others.
 */
public record Ingestion(List<Document> documents, List<Problem> problems) {

    public Ingestion {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }
}
