package io.claimcheck.report;

import io.claimcheck.baseline.Finding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Element ids made from article data (document ids, claim ids, subject keys, fingerprints). Letters, digits, '_' and
 * '-' pass; every other byte becomes '.' and two hex digits, so the id is safe in an attribute and a URL fragment
 * and two different inputs never share an id (null or empty is a lone '.', which no other input gives).
 */
public final class Anchors {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Anchors() {}

    /** The id for a raw value; a fingerprint (hex) comes out unchanged. */
    public static String id(String raw) {
        if (raw == null || raw.isEmpty()) {
            return ".";
        }
        StringBuilder b = new StringBuilder(raw.length() + 8);
        for (byte x : raw.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (x & 0xff);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
                b.append(c);
            } else {
                b.append('.').append(HEX[(x >> 4) & 0xf]).append(HEX[x & 0xf]);
            }
        }
        return b.toString();
    }

    /**
     * The anchor of each finding, in the report's order: its fingerprint, and for a second finding with the same
     * fingerprint (the same figures found twice in one article) the fingerprint with "-2", "-3"… The HTML report
     * writes these ids and the Markdown report links to them.
     */
    public static List<String> findings(List<Finding> findings) {
        Set<String> used = new HashSet<>();
        List<String> anchors = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String base = id(f.discrepancy().fingerprint());
            String anchor = base;
            for (int n = 2; !used.add(anchor); n++) {
                anchor = base + "-" + n;
            }
            anchors.add(anchor);
        }
        return anchors;
    }

    public static String document(String documentId) {
        return "doc-" + id(documentId);
    }

    public static String claim(String claimId) {
        return "claim-" + id(claimId);
    }

    public static String subject(String subjectKey) {
        return "subject-" + id(subjectKey);
    }
}
