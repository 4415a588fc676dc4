package io.claimcheck.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** The article text of an HTML page: the article (or main) element's text, without navigation and scripts. */
final class HtmlText {

    /** Text and headline of one page. */
    record Page(String text, String title) {}

    private static final String NOISE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "button, iframe, svg, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
    private static final String BLOCKS = "p, div, section, article, main, h1, h2, h3, h4, h5, h6, li, ul, ol, "
            + "blockquote, pre, figcaption, figure, table, tr, dt, dd, br, hr";

    private HtmlText() {}

    static Page extract(String html) {
        var doc = Jsoup.parse(html);
        String title = null;
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            title = h1.text().strip();
        } else if (!doc.title().isBlank()) {
            title = doc.title().strip();
        }
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("main, [role=main]");
        }
        if (root == null) {
            root = doc.body();
        }
        root.select(NOISE).remove();
        StringBuilder out = new StringBuilder();
        append(root, out);
        return new Page(tidy(out.toString()), title);
    }

    /** Walks the tree, putting a blank line around block elements so sentences never run together. */
    private static void append(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                out.append(t.getWholeText().replaceAll("\\s+", " "));
            } else if (child instanceof Element e) {
                boolean block = e.is(BLOCKS);
                if (block) {
                    out.append("\n\n");
                }
                append(e, out);
                if (block) {
                    out.append("\n\n");
                }
            }
        }
    }

    private static String tidy(String s) {
        return s.replaceAll("[ \\t]*\\n[ \\t]*", "\n")
                        .replaceAll("\\n{3,}", "\n\n")
                        .strip() + "\n";
    }
}
