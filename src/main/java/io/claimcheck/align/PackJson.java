package io.claimcheck.align;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimcheck.model.Dimension;
import io.claimcheck.model.Role;
import java.util.List;

/** The topic pack file format, as Jackson reads and writes it (documented in rules/subjects/README.md). */
final class PackJson {

    private PackJson() {}

    /** A whole pack file. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record PackFile(String pack, String description, List<SourceEntry> sources, List<SubjectEntry> subjects) {}

    /** A primary source and the names the articles give it. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record SourceEntry(String primary, List<String> aliases, String note) {}

    /** One subject. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record SubjectEntry(
            String key,
            String label,
            Dimension dimension,
            List<Role> roles,
            PeriodRule period,
            CuesEntry cues,
            String partOf,
            String shareOf,
            String note) {}

    /** A subject's cue phrases. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record CuesEntry(List<String> all, List<String> any, List<String> none, Integer within) {}
}
