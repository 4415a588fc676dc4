package io.claimcheck.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes one synthetic article: a headline, byline and publication date, claim paragraphs about three subjects
 * (every claim on one subject in one-subject mode) between noise paragraphs and page furniture, about 4 KB in all.
 * Article {@code i} is the planted one for subject {@code i} when that subject is planted: its claim about it states
 * the disjoint figure. An article's text depends only on the seed and its index.
 */
final class ArticleWriter {

    private static final String[] MONTHS = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
    };
    private static final String[] REPORTERS = {
        "Ana Ruiz", "Tom Okafor", "Mei Lin", "Priya Nair", "Jonas Berg", "Sara Haddad", "Luca Romano", "Grace Mensah"
    };
    private static final String[] FURNITURE = {
        "Advertisement",
        "Share this article",
        "Sign up for our newsletter",
        "Photo: 3 of 12",
        "Listen to this article",
        "Comments are closed."
    };

    private final List<SyntheticSubject> subjects;
    private final CorpusGenerator.Options options;

    ArticleWriter(List<SyntheticSubject> subjects, CorpusGenerator.Options options) {
        this.subjects = subjects;
        this.options = options;
    }

    /** The planted disagreements: subject {@code i}'s is in article {@code i}, the first that leads with it. */
    List<CorpusGenerator.Planted> planted() {
        List<CorpusGenerator.Planted> planted = new ArrayList<>();
        int width = Integer.toString(options.articles() - 1).length();
        for (SyntheticSubject s : subjects) {
            if (s.planted() && s.index() < options.articles()) {
                String id = "a" + "0".repeat(width - Integer.toString(s.index()).length()) + s.index();
                planted.add(new CorpusGenerator.Planted(s.key(), id, Phrasings.plantedFigure(s)));
            }
        }
        return planted;
    }

    /** The text of article {@code i}. */
    String article(int i) {
        SplittableRandom r = new SplittableRandom(options.seed() * 1_000_003L + i);
        int m = subjects.size();
        SyntheticSubject lead = subjects.get(i % m);
        List<String> paragraphs = new ArrayList<>();
        if (r.nextInt(4) == 0) {
            paragraphs.add(FURNITURE[r.nextInt(FURNITURE.length)]);
        }
        paragraphs.add("Floods, permits and mines: what " + lead.place() + " faces this year");
        paragraphs.add("By " + REPORTERS[r.nextInt(REPORTERS.length)]);
        paragraphs.add(
                "Published: " + MONTHS[r.nextInt(12)] + " " + (1 + r.nextInt(28)) + ", " + (2015 + r.nextInt(10)));
        List<String> claims = new ArrayList<>();
        boolean plantedHere = lead.planted() && i == lead.index();
        if (options.oneSubject()) {
            for (int k = 0; k < 5; k++) {
                claims.add(plantedHere && k == 0 ? Phrasings.planted(lead) : Phrasings.truthful(lead, r));
            }
        } else {
            claims.add(plantedHere ? Phrasings.planted(lead) : Phrasings.truthful(lead, r));
            claims.add(Phrasings.truthful(subjects.get((i * 7 + 3) % m), r));
            claims.add(Phrasings.truthful(subjects.get((i * 13 + 5) % m), r));
            if (!plantedHere) {
                claims.add(Phrasings.truthful(lead, r));
            }
        }
        for (String claim : claims) {
            paragraphs.add(claim + " " + Noise.sentence(r, lead.place()));
            paragraphs.add(Noise.paragraph(r, lead.place()));
            if (r.nextInt(5) == 0) {
                paragraphs.add(
                        r.nextBoolean() ? "READ MORE: " + Noise.headline(r) : FURNITURE[r.nextInt(FURNITURE.length)]);
            }
        }
        while (length(paragraphs) < 3600) {
            paragraphs.add(Noise.paragraph(r, lead.place()));
        }
        return String.join("\n\n", paragraphs) + "\n";
    }

    private static int length(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(String::length).sum() + 2 * paragraphs.size();
    }
}
